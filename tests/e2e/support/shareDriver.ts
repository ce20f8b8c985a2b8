/**
 * shareDriver (`app.share`): links. Covers the share popover's link and QR code, and the
 * notice that names the parameters of a link the app ignored.
 */
import { tid, type PageHelper } from './playwright-helper';

export class ShareDriver {
  readonly #ui: PageHelper;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  /** Opens the share panel and reads the link it offers. */
  async sharedLink(): Promise<string> {
    if (!(await this.#ui.isVisible(tid('share-panel')))) await this.#ui.click(tid('share-button'));
    await this.#ui.waitFor(tid('share-qr'));
    return this.#ui.inputValue(tid('share-url'));
  }

  /** Opens the share panel and waits for its QR code. */
  async openPanel(): Promise<void> {
    await this.#ui.click(tid('share-button'));
    await this.#ui.waitFor(tid('share-qr'));
  }

  async qrSource(): Promise<string | null> {
    return this.#ui.attribute(tid('share-qr'), 'src');
  }

  async waitForUrlNotice(): Promise<void> {
    await this.#ui.waitFor(tid('url-notice'));
  }

  async urlNoticeText(): Promise<string | null> {
    return this.#ui.textContent(tid('url-notice'));
  }

  async urlNoticeCount(): Promise<number> {
    return this.#ui.count(tid('url-notice'));
  }

  /** "知道了": dismisses the notice. */
  async dismissUrlNotice(): Promise<void> {
    await this.#ui.clickRole('button', '知道了');
  }
}
