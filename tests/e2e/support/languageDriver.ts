/**
 * languageDriver (`app.language`): the UI language. Covers the language switch (by test id, or
 * by its visible name as voice control does), the document's lang, and the visible texts (with
 * whether each sits inside text marked zh-CN).
 */
import { tid, type PageHelper } from './playwright-helper';

export type VisibleText = { text: string; zh: boolean; where: string };

export class LanguageDriver {
  readonly #ui: PageHelper;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  async switch(): Promise<void> {
    await this.#ui.click(tid('language-switch'));
  }

  /**
   * Clicks the language button by its accessible name, as a voice-control user saying
   * "click English" does (WCAG 2.5.3: the name holds the visible text).
   */
  async switchByName(name: string): Promise<void> {
    await this.#ui.clickRole('button', name, { exact: true });
  }

  async htmlLang(): Promise<string> {
    return this.#ui.evaluate(() => document.documentElement.lang);
  }

  /** Visible text nodes, each with whether it sits inside an element marked lang="zh-CN". */
  async visibleTexts(): Promise<VisibleText[]> {
    return this.#ui.evaluate(() => {
      const out: { text: string; zh: boolean; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('script, style')) continue;
        if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        const rect = parent.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const testId = parent.closest('[data-testid]')?.getAttribute('data-testid') ?? parent.className;
        out.push({ text, zh: parent.closest('[lang="zh-CN"]') !== null, where: String(testId) });
      }
      return out;
    });
  }
}
