/**
 * Preferences kept in this browser (localStorage: they are read synchronously at start-up,
 * before the first paint). Each is checked when read back, like every kept record: a value
 * that is not one the app writes is ignored. localStorage may be unavailable (private mode,
 * policy): then nothing is kept and the app works the same for this visit.
 */
export const PREF_KEYS = {
  language: 'yongchuan-map.language',
  tiandituKey: 'yongchuan-map.tianditu-key',
} as const;

type PrefKey = (typeof PREF_KEYS)[keyof typeof PREF_KEYS];

const valid: Record<PrefKey, (value: string) => boolean> = {
  [PREF_KEYS.language]: (value) => value === 'zh' || value === 'en',
  // A 天地图 key is 32 hexadecimal characters; anything printable and short is let through for the user to correct.
  [PREF_KEYS.tiandituKey]: (value) => value.length <= 200 && /^[\x21-\x7e]*$/.test(value),
};

export function readPref(key: PrefKey): string | null {
  try {
    const value = window.localStorage.getItem(key);
    return value !== null && valid[key](value) ? value : null;
  } catch {
    return null;
  }
}

export function writePref(key: PrefKey, value: string | null): void {
  try {
    if (value === null || value === '') window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Not kept; the app works the same for this visit.
  }
}
