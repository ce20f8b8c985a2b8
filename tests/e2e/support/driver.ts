/**
 * The app as the end-to-end specs see it: `AppDriver.open()` launches a browser on the built
 * app and returns a thin composition of per-feature drivers. The page itself is private to
 * the support code (`playwright-helper.ts` is the only module that imports Playwright);
 * specs call domain actions and queries, e.g. `app.layout.chooseInList('park', 'sanjiao')`,
 * `app.workbench.importFile(file)`, and keep `expect(…)` on what they return.
 *
 * Drivers (each file's header lists what it covers):
 *   app.map        mapProbe.ts        — the map through window.__yongchuanMap (idle, features, camera, points)
 *   app.layout     layoutDriver.ts    — tabs, lists, selection, clicks/hover on the canvas, layers, distances
 *   app.tour       tourDriver.ts      — the presenter's tour
 *   app.export     exportDriver.ts    — PNG download and printed fact sheets
 *   app.workbench  workbenchDriver.ts — imports, layers, table, checks, exports, tools, feature editor
 *   app.insights   insightsDriver.ts  — industries lens, search, comparison, indicators
 *   app.language   languageDriver.ts  — language switch, html lang, visible texts
 *   app.basemap    basemapDriver.ts   — online basemaps (blank tiles), 天地图 key
 *   app.share      shareDriver.ts     — shared link, QR, the ignored-parameters notice
 *   app.a11y       a11yDriver.ts      — axe, keyboard focus, popovers
 *   app.loading    loadingDriver.ts   — map program download (held/failing), offline, compression, manifest
 *   app.security   securityDriver.ts  — injection traces, CSP probe
 *   app.fonts      fontsDriver.ts     — which fonts draw the text
 * A new feature gets its own `xxxDriver.ts` over `PageHelper`, added here as one more field.
 */
import { inject } from 'vitest';
import { A11yDriver } from './a11yDriver';
import { BasemapDriver } from './basemapDriver';
import { ExportDriver } from './exportDriver';
import { FontsDriver } from './fontsDriver';
import { InsightsDriver } from './insightsDriver';
import { LanguageDriver } from './languageDriver';
import { LayoutDriver } from './layoutDriver';
import { LoadingDriver, type MapCode } from './loadingDriver';
import { MapProbe } from './mapProbe';
import { PageHelper, tid, type LaunchOptions } from './playwright-helper';
import { SecurityDriver } from './securityDriver';
import { ShareDriver } from './shareDriver';
import { TourDriver } from './tourDriver';
import { WorkbenchDriver } from './workbenchDriver';

export type { LaunchOptions } from './playwright-helper';

export class AppDriver {
  /** Console errors and page errors. */
  readonly consoleErrors: string[];
  /** Requests outside the app's origin (data: and blob: URLs aside). */
  readonly foreignRequests: string[];
  /** Every request the page made. */
  readonly requests: string[];
  /** Messages of alert/confirm/prompt dialogs the page opened (each is dismissed). */
  readonly dialogs: string[];

  readonly map: MapProbe;
  readonly layout: LayoutDriver;
  readonly tour: TourDriver;
  readonly export: ExportDriver;
  readonly workbench: WorkbenchDriver;
  readonly insights: InsightsDriver;
  readonly language: LanguageDriver;
  readonly basemap: BasemapDriver;
  readonly share: ShareDriver;
  readonly a11y: A11yDriver;
  readonly loading: LoadingDriver;
  readonly security: SecurityDriver;
  readonly fonts: FontsDriver;

  readonly #ui: PageHelper;
  readonly #close: () => Promise<void>;

  private constructor(
    ui: PageHelper,
    close: () => Promise<void>,
    readonly baseUrl: string,
    seen: { consoleErrors: string[]; dialogs: string[]; requests: string[]; foreignRequests: string[] },
  ) {
    this.consoleErrors = seen.consoleErrors;
    this.dialogs = seen.dialogs;
    this.requests = seen.requests;
    this.foreignRequests = seen.foreignRequests;
    this.#ui = ui;
    this.#close = close;
    this.map = new MapProbe(ui);
    this.layout = new LayoutDriver(ui, this.map);
    this.tour = new TourDriver(ui, this.map);
    this.export = new ExportDriver(ui);
    this.workbench = new WorkbenchDriver(ui, this.map);
    this.insights = new InsightsDriver(ui, this.map);
    this.language = new LanguageDriver(ui);
    this.basemap = new BasemapDriver(ui, this.map);
    this.share = new ShareDriver(ui);
    this.a11y = new A11yDriver(ui);
    this.loading = new LoadingDriver(ui);
    this.security = new SecurityDriver(ui);
    this.fonts = new FontsDriver(ui);
  }

  /**
   * Opens the app at `search` in a fresh browser. `how.mapCode` holds back or fails the map
   * program's download before the page loads (see `app.loading`); `waitForMap: false`
   * returns without waiting for the map.
   */
  static async open(search = '', options: LaunchOptions = {}, how: { mapCode?: MapCode; waitForMap?: boolean } = {}): Promise<AppDriver> {
    const baseUrl = inject('baseUrl');
    const origin = new URL(baseUrl).origin;
    // The page's events land in these lists from the first request on; the driver exposes them.
    const seen = { consoleErrors: [] as string[], dialogs: [] as string[], requests: [] as string[], foreignRequests: [] as string[] };
    const { ui, close } = await PageHelper.launch(options, {
      onConsoleError: (text) => seen.consoleErrors.push(text),
      onDialog: (message) => seen.dialogs.push(message),
      onRequest: (url) => {
        seen.requests.push(url);
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) seen.foreignRequests.push(url);
      },
    });
    const driver = new AppDriver(ui, close, baseUrl, seen);
    if (how.mapCode) await driver.loading.interceptMapCode(how.mapCode);
    await ui.goto(new URL(search, baseUrl).toString());
    if (how.waitForMap !== false) await driver.waitForMapIdle();
    return driver;
  }

  async close(): Promise<void> {
    await this.#close();
  }

  /** Resolves when the map has loaded its style and data and finished any movement. */
  async waitForMapIdle(): Promise<void> {
    await this.map.waitForIdle();
  }

  /** Reloads the page (without waiting for the map). */
  async reload(): Promise<void> {
    await this.#ui.reload();
  }

  /** Goes to the app's address with no parameters (without waiting for the map). */
  async visitHome(): Promise<void> {
    await this.#ui.goto(this.baseUrl);
  }

  /** The page's current address. */
  url(): string {
    return this.#ui.url();
  }

  /** One parameter of the page's current address. */
  urlParam(name: string): string | null {
    return new URL(this.#ui.url()).searchParams.get(name);
  }

  /** Presses a key on whatever has the focus. */
  async press(key: string): Promise<void> {
    await this.#ui.pressKey(key);
  }

  /** Closes an open popover (Escape). */
  async closePopover(): Promise<void> {
    await this.#ui.pressKey('Escape');
  }

  /** The visible text of the first element with this test id, exactly as the user reads it. */
  async textOf(testId: string): Promise<string> {
    return this.#ui.firstInnerText(tid(testId));
  }

  /**
   * A screenshot for the README (`docs/…`). Tests never rewrite tracked files: it goes to
   * tests/e2e/artifacts/ unless `npm run docs:screenshots` asks for the docs themselves.
   */
  async screenshot(path: string, options: { fullPage?: boolean } = {}): Promise<void> {
    const target = process.env.DOCS_SCREENSHOTS === '1' ? path : `tests/e2e/artifacts/${path.split('/').pop()}`;
    await this.#ui.screenshot(target, options.fullPage ?? false);
  }

  /** A screenshot of the page straight to a path (test artifacts, never tracked files). */
  async screenshotTo(path: string): Promise<void> {
    await this.#ui.screenshot(path);
  }

  // ---- Results against the plan's targets (issue #15) -------------------------------

  /**
   * For `AppDriver.open(…, …, { beforeLoad })`: serves `text` as the app's committed
   * results file (the hashed asset built from geodata/plan/results.json), as if it had been
   * committed and deployed. Same origin; nothing else changes.
   */
  static servingResults(text: string): (page: Page) => Promise<unknown> {
    return (page) =>
      page.route(/\/assets\/results-[\w-]+\.json$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: text }),
      );
  }

  /** Clicks a download button and returns the file's name and bytes. */
  async downloadBytes(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  /** Opens the workbench and scrolls to its results section. */
  async openResultsWorkbench(): Promise<void> {
    await this.openWorkbench();
    await this.page.getByTestId('res-section').scrollIntoViewIfNeeded();
  }

  /** Chooses a results file (CSV or .xlsx) in the workbench and waits for its report. */
  async importResults(file: { name: string; buffer: Buffer }): Promise<string> {
    await this.page.getByTestId('res-file-input').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    const report = this.page.locator('[data-testid="res-import-report"], [data-testid="res-import-error"]').first();
    await report.waitFor({ timeout: 30_000 });
    return report.innerText();
  }

  /** Enters one result in the workbench form, as a planner types it; returns what the form says. */
  async enterResult(fields: Partial<Record<'measure' | 'year' | 'value' | 'title' | 'publisher' | 'date' | 'page' | 'url' | 'entered-by', string>>): Promise<string> {
    if (fields.measure) await this.page.getByTestId('res-form-measure').selectOption(fields.measure);
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'measure' || value === undefined) continue;
      await this.page.getByTestId(`res-form-${key}`).fill(value);
    }
    await this.page.getByTestId('res-form-save').click();
    const answer = this.page.locator('[data-testid="res-form-saved"], [data-testid="res-form-problems"]').first();
    await answer.waitFor();
    return answer.innerText();
  }

  /** Opens the indicators tab on its targets, or on the review. */
  async openIndicators(view: 'targets' | 'review'): Promise<void> {
    await this.openPanelTab('indicators');
    await this.page.getByTestId(`review-toggle-${view}`).click();
    await this.page.getByTestId(view === 'review' ? 'review-view' : 'indicators-notice').waitFor();
  }

  /** Each review row's status, by `measure@year`. */
  async reviewVerdicts(): Promise<Record<string, string>> {
    return this.page.locator('[data-testid="review-view"] [data-testid^="review-row-"]').evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute('data-testid')!.replace(/^review-row-(.*)-(\d{4})$/, '$1@$2'),
          row.getAttribute('data-verdict') ?? '',
        ]),
      ),
    );
  }

  /** Prints the review sheet with the print dialogue stubbed; resolves once print() was called. */
  async printReview(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await this.page.getByTestId('review-print').click();
    await this.page.waitForFunction(() => (window as unknown as { printed: number }).printed > 0, undefined, { timeout: 30_000 });
  }

  /** Scrolls an element into view, as a reader does. */
  async scrollTo(testId: string): Promise<void> {
    await this.page.getByTestId(testId).first().scrollIntoViewIfNeeded();
  }

  /** axe-core's violations on the page as it is (the WebGL canvas left out), one line each. */
  async axeViolations(): Promise<string[]> {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const results = await new AxeBuilder({ page: this.page }).exclude('.maplibregl-canvas').analyze();
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
  }

  /** Reloads the page and waits for the map. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForMapIdle();
  }
}
