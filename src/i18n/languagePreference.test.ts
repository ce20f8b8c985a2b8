import { describe, expect, it } from 'vitest';
import { initialLanguage } from './languagePreference';

describe('initialLanguage', () => {
  it('prefers the link, then the remembered choice, then the browser', () => {
    expect(initialLanguage('en', 'zh', ['zh-CN'])).toBe('en');
    expect(initialLanguage(null, 'en', ['zh-CN'])).toBe('en');
    expect(initialLanguage(null, null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(initialLanguage(null, null, ['zh-TW'])).toBe('zh');
    expect(initialLanguage('fr', 'de', ['ZH'])).toBe('zh');
  });

  it('defaults to Chinese when the browser says nothing', () => {
    expect(initialLanguage(undefined, undefined, [])).toBe('zh');
  });
});
