/** Preferences kept in this browser only. localStorage may be unavailable (private mode, policy): then nothing is kept. */
export const PREF_KEYS = {
  language: 'yongchuan-map.language',
  tiandituKey: 'yongchuan-map.tianditu-key',
} as const;

export function readPref(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePref(key: string, value: string | null): void {
  try {
    if (value === null || value === '') window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Not kept; the app works the same for this visit.
  }
}
