/**
 * fontsDriver (`app.fonts`): which fonts draw the text. Covers canvas probes of system and
 * bundled fonts, waiting for fonts, element text by CSS selector and the fonts Chromium used.
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

  async waitForFontsReady(): Promise<void> {
    await this.#ui.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  /** The text of the first element matching a CSS selector. */
  async textOf(selector: string): Promise<string | null> {
    return this.#ui.firstTextContent(selector);
  }

  /** The fonts Chromium really used to draw the text of the first element matching `selector`. */
  async fontsUsedFor(selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
    return this.#ui.fontsUsedFor(selector);
  }
}
