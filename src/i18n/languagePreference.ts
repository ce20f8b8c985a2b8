import type { Language } from './strings';

function asLanguage(value: string | null | undefined): Language | null {
  return value === 'zh' || value === 'en' ? value : null;
}

/**
 * The language to start in: a link's choice, else the one remembered in this browser,
 * else the browser's first language (Chinese for any zh-*, English for any other).
 */
export function initialLanguage(
  fromLink: string | null | undefined,
  remembered: string | null | undefined,
  browserLanguages: readonly string[],
): Language {
  const chosen = asLanguage(fromLink) ?? asLanguage(remembered);
  if (chosen) return chosen;
  const first = browserLanguages[0];
  if (!first) return 'zh';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
