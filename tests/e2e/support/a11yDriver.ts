/**
 * a11yDriver (`app.a11y`): accessibility checks. Covers axe-core (run through the helper; the
 * WebGL canvas is excluded, its content is offered as lists; `audit` also runs rules axe ships
 * switched off, e.g. WCAG 2.5.3 label-content-name-mismatch) and keyboard-only use: Tab,
 * what has the focus, its focus ring, and the top-bar popovers (share, export, basemap).
 */
import { tid, type AxeResults, type PageHelper } from './playwright-helper';

export type { AxeResults } from './playwright-helper';

export type Popover = 'share' | 'export' | 'basemap';

export class A11yDriver {
  readonly #ui: PageHelper;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  /** axe's violations on the page as it is now, outside the map canvas. */
  async violations(): Promise<string[]> {
    return this.#ui.axeViolations('.maplibregl-canvas');
  }

  /**
   * axe's full results on the page as it is now, outside the map canvas: every rule axe runs by
   * default (WCAG A/AA and best practices) and the rules in `enable` (switched off in axe).
   */
  async audit(options: { enable?: string[] } = {}): Promise<AxeResults> {
    return this.#ui.axe('.maplibregl-canvas', options.enable ?? []);
  }

  /** Presses a key on whatever has the focus (Tab, Enter, arrows, Escape). */
  async press(key: string): Promise<void> {
    await this.#ui.pressKey(key);
  }

  /** The test id of the focused element. */
  async focusedTestId(): Promise<string | null | undefined> {
    return this.#ui.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  }

  /** Whether the focus is on the button of a list entry (by the entry's test id). */
  async focusIsOnListButton(entryTestId: string): Promise<boolean | undefined> {
    return this.#ui.evaluate(
      (testId) => document.activeElement?.closest(`[data-testid="${testId}"]`) !== null && document.activeElement?.classList.contains('item-button'),
      entryTestId,
    );
  }

  /** The focused element's computed outline style (its focus ring). */
  async focusOutlineStyle(): Promise<string> {
    return this.#ui.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  }

  /** Waits for an element (by test id) to appear or go. */
  async waitFor(testId: string, state: 'visible' | 'detached' = 'visible'): Promise<void> {
    await this.#ui.waitFor(tid(testId), state);
  }

  /** Opens a top-bar popover and waits for its panel (and the share QR code). */
  async openPopover(popover: Popover): Promise<void> {
    await this.#ui.click(tid(`${popover}-button`));
    await this.#ui.waitFor(tid(`${popover}-panel`));
    if (popover === 'share') await this.#ui.waitFor(tid('share-qr'));
  }

  /** Closes the open popover with Escape and waits for its panel to go. */
  async closePopover(popover: Popover): Promise<void> {
    await this.#ui.pressKey('Escape');
    await this.#ui.waitFor(tid(`${popover}-panel`), 'detached');
  }
}
