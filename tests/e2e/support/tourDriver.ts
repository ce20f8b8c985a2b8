/**
 * tourDriver (`app.tour`): the presenter's tour. Covers starting, the current step, the
 * caption, autoplay, focusing the card, exiting, the tour's own map highlight, and waiting
 * until a step is framed (the card measured, the map idle). What the card, legend and panel
 * cover is measured by `app.layout.presentationLayout()`.
 */
import type { MapProbe } from './mapProbe';
import { tid, type Box, type PageHelper } from './playwright-helper';

export class TourDriver {
  readonly #ui: PageHelper;
  readonly #map: MapProbe;

  constructor(ui: PageHelper, map: MapProbe) {
    this.#ui = ui;
    this.#map = map;
  }

  async start(): Promise<void> {
    await this.#ui.click(tid('tour-button'));
    await this.#ui.waitFor(tid('tour'));
  }

  async step(): Promise<string | null> {
    return this.#ui.attribute(tid('tour'), 'data-step');
  }

  /** Clicks the card's exit button and waits until the card has gone. */
  async exit(): Promise<void> {
    await this.#ui.click(tid('tour-exit'));
    await this.#ui.waitFor(tid('tour'), 'detached');
  }

  /** The card's full-screen button: enters (or leaves) full screen and waits until the browser has. */
  async toggleFullscreen(): Promise<boolean> {
    const was = await this.#ui.evaluate(() => document.fullscreenElement !== null);
    await this.#ui.click(tid('tour-fullscreen'));
    await this.#ui.waitForFunction((before) => (document.fullscreenElement !== null) !== before, was);
    return !was;
  }

  /** Clicks the card's exit button (without waiting). */
  async clickExit(): Promise<void> {
    await this.#ui.click(tid('tour-exit'));
  }

  async waitForClosed(): Promise<void> {
    await this.#ui.waitFor(tid('tour'), 'detached');
  }

  async captionText(): Promise<string | null> {
    return this.#ui.textContent(tid('tour-caption'));
  }

  async captionBox(): Promise<Box | null> {
    return this.#ui.box(tid('tour-caption'));
  }

  async togglePlay(): Promise<void> {
    await this.#ui.click(tid('tour-play'));
  }

  async playPressed(): Promise<string | null> {
    return this.#ui.attribute(tid('tour-play'), 'aria-pressed');
  }

  /** Puts the keyboard focus on the tour card, as a presenter clicking it does. */
  async focusCard(): Promise<void> {
    await this.#ui.focus(tid('tour'));
  }

  /** Whether the tour's current step highlights a feature on the map. */
  async featureState(source: string, id: string): Promise<boolean> {
    return Boolean(await this.#map.featureState(source, id, 'tour'));
  }

  // ---- Presentation: the step framed in the free map area (issue #13) ----

  /** Waits until the tour step is framed: the card has been laid out and measured, and the map is idle. */
  async waitForFramed(): Promise<void> {
    // A ResizeObserver reports its first observation after the next layout, in the same rendering step
    // as the app's own observers of the card: once it has, the app has measured the card and framed the step.
    await this.#ui.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const card = document.querySelector('[data-testid="tour"]');
          if (!card) return resolve();
          const observer = new ResizeObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(card);
        }),
    );
    await this.#map.waitForIdle();
  }

  /** Whether the given parks are drawn above the tour card (in view, not under it). */
  async parksInViewAboveCard(parkIds: string[]): Promise<boolean> {
    return this.#map.parksDrawnAbove('[data-testid="tour"]', parkIds);
  }
}
