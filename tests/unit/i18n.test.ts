import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/strings';
import { allStrings as strings, messageModules } from '../support/allMessages';

describe('UI strings', () => {
  it('has every key in both languages, none empty', () => {
    const zhKeys = Object.keys(strings.zh).sort();
    const enKeys = Object.keys(strings.en).sort();
    expect(enKeys).toEqual(zhKeys);
    for (const key of zhKeys) {
      expect(strings.zh[key]?.trim(), `zh ${key}`).toBeTruthy();
      expect(strings.en[key]?.trim(), `en ${key}`).toBeTruthy();
    }
  });

  it('has no Chinese characters left in the English strings', () => {
    const han = /\p{Script=Han}/u;
    // The language switch names the other language in that language, on purpose.
    const leaks = Object.entries(strings.en).filter(([key, text]) => key !== 'languageSwitch' && han.test(text));
    expect(leaks).toEqual([]);
  });

  it('translates in the asked language, filling placeholders', () => {
    expect(translate('zh', 'tabOverview')).toBe('总览');
    expect(translate('en', 'tabOverview')).toBe('Overview');
    expect(translate('zh', 'searchResultsCount', { count: 3 })).toMatch(/^3 个结果/);
    expect(translate('en', 'searchNoResults', { query: '$&' })).toContain('$&');
  });

  it('gives each key one module: no key defined twice', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { file, messages } of messageModules) {
      for (const key of Object.keys(messages.zh)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${file}`);
        seen.set(key, file);
      }
    }
    expect(twice).toEqual([]);
  });
});
