import { describe, expect, it } from 'vitest';
import { strings, translate } from '../../src/i18n/strings';

describe('UI strings', () => {
  it('has every key in both languages, none empty', () => {
    const zhKeys = Object.keys(strings.zh).sort();
    const enKeys = Object.keys(strings.en).sort();
    expect(enKeys).toEqual(zhKeys);
    for (const key of zhKeys) {
      expect(strings.zh[key as keyof typeof strings.zh].trim(), `zh ${key}`).not.toBe('');
      expect(strings.en[key as keyof typeof strings.en].trim(), `en ${key}`).not.toBe('');
    }
  });

  it('has no Chinese characters left in the English strings', () => {
    const han = /\p{Script=Han}/u;
    // The language switch names the other language in that language, on purpose.
    const leaks = Object.entries(strings.en).filter(([key, text]) => key !== 'languageSwitch' && han.test(text));
    expect(leaks).toEqual([]);
  });

  it('translates through i18next in the asked language', () => {
    expect(translate('zh', 'tabOverview')).toBe('总览');
    expect(translate('en', 'tabOverview')).toBe('Overview');
  });
});
