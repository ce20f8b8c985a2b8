/**
 * loadingDriver (`app.loading`): how the app loads. Covers holding back or failing the map
 * program's download (set up by `AppDriver.open(…, { mapCode })`), the loading/failed
 * messages and retry, the update notice (a chunk gone after a redeploy, a new version), the service worker (its control,
 * the user coming back to the tab, the deployment the page came from) and offline reloads, compression and the manifest,
 * what the first screen fetches (before the map's first idle) and the lazily loaded features' loading states.
 */
import { tid, type InterceptedRequest, type PageHelper } from './playwright-helper';

/** MapLibre's chunk, the largest download of the app. */
const MAPLIBRE_CHUNK = /\/assets\/maplibre-[\w-]+\.js$/;

/** The map module's own chunk, loaded lazily by the app. */
const MAPVIEW_CHUNK = /\/assets\/MapView-[\w-]+\.js$/;

/** `gone`: the map module's chunk answers 404, as after a redeploy removed it (until `stopFailingMapCode()`). */
export type MapCode = 'held' | 'failing' | 'gone';

export class LoadingDriver {
  readonly #ui: PageHelper;
  readonly #held: InterceptedRequest[] = [];
  #failing = false;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  /** Before the page loads: hold back the map program's download, or fail it until `stopFailingMapCode()`. */
  async interceptMapCode(how: MapCode): Promise<void> {
    this.#failing = how !== 'held';
    if (how === 'gone') {
      await this.#ui.intercept(MAPVIEW_CHUNK, (request) =>
        this.#failing ? request.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }) : request.continue(),
      );
      return;
    }
    await this.#ui.intercept(MAPLIBRE_CHUNK, (request) => {
      if (how === 'held') this.#held.push(request);
      else return this.#failing ? request.abort('internetdisconnected') : request.continue();
    });
  }

  /** How many downloads of the map program are being held back. */
  heldMapCodeRequests(): number {
    return this.#held.length;
  }

  async releaseMapCode(): Promise<void> {
    for (const request of this.#held) await request.continue();
  }

  stopFailingMapCode(): void {
    this.#failing = false;
  }

  async waitForMapCodeLoading(): Promise<void> {
    await this.#ui.waitFor(tid('map-code-loading'));
  }

  async waitForMapCodeFailed(): Promise<void> {
    await this.#ui.waitFor(tid('map-code-failed'));
  }

  async mapCodeFailedText(): Promise<string | null> {
    return this.#ui.textContent(tid('map-code-failed'));
  }

  async mapCodeFailedCount(): Promise<number> {
    return this.#ui.count(tid('map-code-failed'));
  }

  /** The failed message's retry button. */
  async retryMapCode(): Promise<void> {
    await this.#ui.click(`${tid('map-code-failed')} >> role=button`);
  }

  /** Waits for the app's update notice and returns which one it is (`chunk-failed`, `chunk-failed-again`, `new-version`). */
  async waitForUpdateNotice(): Promise<string | null> {
    await this.#ui.waitFor(tid('update-notice'));
    return this.#ui.attribute(tid('update-notice'), 'data-notice');
  }

  async updateNoticeText(): Promise<string | null> {
    return this.#ui.textContent(tid('update-notice'));
  }

  async updateNoticeCount(): Promise<number> {
    return this.#ui.count(tid('update-notice'));
  }

  /** Clicks the update notice's Reload and waits for the new page to start. */
  async reloadFromUpdateNotice(): Promise<void> {
    await this.#ui.clickAndWaitForLoad(tid('update-reload'));
  }

  /** The Content-Encoding the server sends the main script with. */
  async mainScriptEncoding(): Promise<string | null> {
    return this.#ui.evaluate(async () => {
      const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
      const response = await fetch(script!.src, { cache: 'no-store' });
      return response.headers.get('content-encoding');
    });
  }

  /** Waits until a service worker controls the page (the app registers it once the map is first idle). */
  async waitForServiceWorkerControl(): Promise<void> {
    await this.#ui.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, 60_000);
  }

  /** The user comes back to the tab (the page becomes visible again): the app looks for a new version then. */
  async returnToTab(): Promise<void> {
    await this.#ui.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  }

  /** The deployment mark of the page's index.html (`<meta name="deployment">`), or null. */
  async deploymentMark(): Promise<string | null> {
    return this.#ui.evaluate(() => document.querySelector('meta[name="deployment"]')?.getAttribute('content') ?? null);
  }

  async waitForServiceWorker(): Promise<void> {
    await this.#ui.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }

  async setOffline(offline: boolean): Promise<void> {
    await this.#ui.setOffline(offline);
  }

  /** The web-app manifest the page links, or null. */
  async manifest(): Promise<{ icons: { sizes: string }[]; start_url: string } | null> {
    return this.#ui.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (!link) return null;
      return (await (await fetch(link.href)).json()) as { icons: { sizes: string }[]; start_url: string };
    });
  }

  /** Same-origin paths (e.g. `/assets/x.js`) the page fetched before the map was first idle. */
  async firstScreenPaths(): Promise<string[]> {
    await this.#ui.waitForFunction(() => (window as unknown as { __firstIdleAt?: number }).__firstIdleAt !== undefined, undefined, 60_000);
    return this.#ui.evaluate(() => {
      const idleAt = (window as unknown as { __firstIdleAt: number }).__firstIdleAt;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= idleAt && new URL(entry.name).origin === location.origin)
        .map((entry) => new URL(entry.name).pathname);
    });
  }

  /** The text of a same-origin file, as the browser gets it. */
  async fetchText(path: string): Promise<string> {
    return this.#ui.evaluate(async (url) => (await fetch(url)).text(), path);
  }

  /** Whether a lazily loaded feature is showing its loading status or its failure (test ids `feature-loading-<id>`, `feature-failed-<id>`). */
  async featureState(id: string): Promise<'loading' | 'failed' | 'none'> {
    if ((await this.#ui.count(tid(`feature-loading-${id}`))) > 0) return 'loading';
    if ((await this.#ui.count(tid(`feature-failed-${id}`))) > 0) return 'failed';
    return 'none';
  }
}
