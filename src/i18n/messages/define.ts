/** A module of UI strings: the Chinese text and, for every key of it, the English. */
export interface Messages<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<const Z extends Record<string, string>>(
  zh: Z,
  en: Record<keyof Z & string, string>,
): Messages<keyof Z & string> {
  return { zh, en };
}
