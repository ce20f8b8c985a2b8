import { useCallback } from 'react';
import { useAppStore } from '../state/store';
import { translate, type Language, type StringKey } from './strings';

/** The current language and a translator for UI strings. */
export function useT(): { t: (key: StringKey, values?: Record<string, string | number>) => string; language: Language } {
  const language = useAppStore((state) => state.language);
  const t = useCallback(
    (key: StringKey, values?: Record<string, string | number>) => translate(language, key, values),
    [language],
  );
  return { t, language };
}
