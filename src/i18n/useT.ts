import { useAppStore } from '../state/store';
import { translate, type StringKey } from './strings';

/** The current language and a translator for UI strings. */
export function useT(): { t: (key: StringKey) => string; language: 'zh' | 'en' } {
  const language = useAppStore((state) => state.language);
  return { t: (key) => translate(language, key), language };
}
