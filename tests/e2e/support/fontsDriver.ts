/**
 * fontsDriver (`app.fonts`): which fonts draw the text. Covers canvas probes of system and
 * bundled fonts, waiting for fonts (all, or one bundled face), element text by CSS selector and
 * the fonts Chromium used (for an element, or for the element holding a given text).
 */
import type { PageHelper } from './playwright-helper';

export class FontsDriver {
  readonly #ui: PageHelper;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  /** Whether a system "Noto Sans CJK SC" draws 永 and 凤 alike (i.e. there is no such font: both are boxes). */
  async systemCjkFontMissing(): Promise<boolean> {
    return this.#ui.evaluate(() => {
      const draw = (character: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 40;
        const context = canvas.getContext('2d')!;
        context.font = '32px "Noto Sans CJK SC", sans-serif';
        context.fillText(character, 2, 32);
        return canvas.toDataURL();
      };
      return draw('永') === draw('凤');
    });
  }

  /** How many faces of the bundled "Noto Sans SC" have loaded, and whether MapLibre's font stack draws five characters distinctly. */
  async bundledFontProbe(): Promise<{ loaded: number; distinct: boolean }> {
    return this.#ui.evaluate(() => {
      const faces = [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Noto Sans SC');
      const draw = (character: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 40;
        const context = canvas.getContext('2d')!;
        // The same font stack MapLibre uses for ideographs.
        context.font = '32px "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans SC", sans-serif';
        context.fillText(character, 2, 32);
        return canvas.toDataURL();
      };
      return {
        loaded: faces.filter((face) => face.status === 'loaded').length,
        distinct: new Set(['凤', '凰', '湖', '永', '川']).size === new Set(['凤', '凰', '湖', '永', '川'].map(draw)).size,
      };
    });
  }

  /** Waits until a face of the given family (e.g. the bundled Latin "Noto Sans") has loaded. */
  async waitForFaceLoaded(family: string): Promise<void> {
    await this.#ui.waitForFunction(
      (wanted) => [...document.fonts].some((face) => face.family.replace(/"/g, '') === wanted && face.status === 'loaded'),
      family,
    );
  }

  async waitForFontsReady(): Promise<void> {
    await this.#ui.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  /** The text of the first element matching a CSS selector. */
  async textOf(selector: string): Promise<string | null> {
    return this.#ui.firstTextContent(selector);
  }

  /** The fonts Chromium used to draw the first element whose own text contains `text` (within `scope`). */
  async fontsUsedForText(text: string, scope = 'body'): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
    const found = await this.#ui.evaluate(
      ([wanted, within]) => {
        const walker = document.createTreeWalker(document.querySelector(within!)!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.textContent?.includes(wanted!) && node.parentElement) {
            node.parentElement.setAttribute('data-font-probe', '');
            return true;
          }
        }
        return false;
      },
      [text, scope],
    );
    if (!found) throw new Error(`no text "${text}" in ${scope}`);
    try {
      return await this.#ui.fontsUsedFor('[data-font-probe]');
    } finally {
      await this.#ui.evaluate(() => document.querySelector('[data-font-probe]')?.removeAttribute('data-font-probe'));
    }
  }

  /** The fonts Chromium really used to draw the text of the first element matching `selector`. */
  async fontsUsedFor(selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
    return this.#ui.fontsUsedFor(selector);
  }
}
