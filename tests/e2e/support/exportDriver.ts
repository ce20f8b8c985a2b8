/**
 * exportDriver (`app.export`): the export popover. Covers the PNG download (and reading its
 * pixels in the browser), the printed A4 fact sheets (print() stubbed) and print emulation.
 */
import { tid, type PageHelper } from './playwright-helper';

export type Sheet = { park: string } | 'layout';

const sheetId = (which: Sheet) => (which === 'layout' ? 'print-sheet-layout' : `print-sheet-park-${which.park}`);

export class ExportDriver {
  readonly #ui: PageHelper;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  async #open(): Promise<void> {
    if (!(await this.#ui.isVisible(tid('export-panel')))) await this.#ui.click(tid('export-button'));
  }

  /** Clicks the export button (opens or closes its popover). */
  /** Opens the export panel, waits for its content (loaded on first opening) and returns its text. */
  async panelText(): Promise<string> {
    await this.#open();
    await this.#ui.waitFor(tid('export-png'));
    return (await this.#ui.textContent(tid('export-panel'))) ?? '';
  }

  async clickExportButton(): Promise<void> {
    await this.#ui.click(tid('export-button'));
  }

  /** Clicks "Download PNG" and returns the downloaded file's bytes. */
  async downloadPng(): Promise<{ name: string; bytes: Buffer }> {
    await this.#open();
    const { name, bytes } = await this.#ui.download(tid('export-png'), 60_000);
    return { name, bytes };
  }

  /** The RGB colour of given pixels of a PNG, decoded by the browser. */
  async pngPixels(bytes: Buffer, points: { x: number; y: number }[]): Promise<number[][]> {
    return this.#ui.evaluate(
      async ([base64, at]) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return at.map(({ x, y }) => [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)]);
      },
      [bytes.toString('base64'), points] as const,
    );
  }

  /** Asks for a fact sheet with the browser's print dialogue stubbed; resolves once print() was called. */
  async printSheet(which: Sheet): Promise<void> {
    await this.#ui.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await this.#open();
    if (which === 'layout') {
      await this.#ui.click(tid('print-layout'));
    } else {
      await this.#ui.selectOption(tid('print-park-choice'), which.park);
      await this.#ui.click(tid('print-park'));
    }
    await this.#ui.waitForFunction(() => (window as unknown as { printed: number }).printed > 0, undefined, 60_000);
  }

  async emulatePrint(on: boolean): Promise<void> {
    await this.#ui.emulatePrint(on);
  }

  async isSheetVisible(which: Sheet): Promise<boolean> {
    return this.#ui.isVisible(tid(sheetId(which)));
  }

  async sheetText(which: Sheet): Promise<string | null> {
    return this.#ui.textContent(tid(sheetId(which)));
  }

  /** Whether the sheet's map is a drawn PNG (a data: image wider than 100 px). */
  async sheetMapIsDrawnPng(which: Sheet): Promise<boolean> {
    return this.#ui.evaluateOn(tid(sheetId(which), 'sheet-map'), (el) => {
      const img = el as HTMLImageElement;
      return img.naturalWidth > 100 && img.src.startsWith('data:image/png');
    });
  }

  /** Whether the app itself (#root) is visible, e.g. while printing. */
  async isAppVisible(): Promise<boolean> {
    return this.#ui.isVisible('#root');
  }
}
