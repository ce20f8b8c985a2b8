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
 *   app.basemap    basemapDriver.ts   — basemaps (blank tiles, menu, 天地图 key, the self-hosted 'local' one)
 *   app.share      shareDriver.ts     — shared link, QR, the ignored-parameters notice
 *   app.a11y       a11yDriver.ts      — axe, keyboard focus, popovers
 *   app.loading    loadingDriver.ts   — map program download (held/failing), offline, compression, manifest
 *   app.security   securityDriver.ts  — injection traces, CSP probe
 *   app.fonts      fontsDriver.ts     — which fonts draw the text
 *   app.results    resultsDriver.ts   — results against the targets: template, import, form, review, print
 *   app.tiles      tilesDriver.ts     — PMTiles layers: deployment files, opening archives, entries, drawn tiles, panning, heap
 *   app.keep       keepDriver.ts      — kept work: records written into IndexedDB, backups offered, another tab, take over
 *   app.planViews  planViewsDriver.ts — the package's extra views: a park's key projects (detail, sheet), the regional view
 * `app.openSecondTab()` opens the app in a second tab of the same browser (same storage).
 * A new feature gets its own `xxxDriver.ts` over `PageHelper`, added here as one more field.
 */
import { inject } from 'vitest';
import { A11yDriver } from './a11yDriver';
import { BasemapDriver } from './basemapDriver';
import { ExportDriver } from './exportDriver';
import { FontsDriver } from './fontsDriver';
import { InsightsDriver } from './insightsDriver';
import { KeepDriver } from './keepDriver';
import { LanguageDriver } from './languageDriver';
import { LayoutDriver } from './layoutDriver';
import { LoadingDriver, type MapCode } from './loadingDriver';
import { PlanViewsDriver } from './planViewsDriver';
import { MapProbe } from './mapProbe';
import { PageHelper, tid, type LaunchOptions } from './playwright-helper';
import { ResultsDriver } from './resultsDriver';
import { SecurityDriver } from './securityDriver';
import { ShareDriver } from './shareDriver';
import { TilesDriver } from './tilesDriver';
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
  readonly results: ResultsDriver;
  readonly tiles: TilesDriver;
  readonly keep: KeepDriver;
  readonly planViews: PlanViewsDriver;

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
    this.results = new ResultsDriver(ui);
    this.tiles = new TilesDriver(ui, baseUrl);
    this.keep = new KeepDriver(ui);
    this.planViews = new PlanViewsDriver(ui, this.map);
  }

  /**
   * Opens the app at `search` in a fresh browser. `how.mapCode` holds back or fails the map
   * program's download before the page loads (see `app.loading`); `how.committedResults`
   * serves that text as the app's committed results file (see `app.results`; the service worker
   * is then blocked unless `options.serviceWorkers` says otherwise, so that a reload cannot take
   * the shipped file from its precache);
   * `waitForMap: false` returns without waiting for the map; `baseUrl` opens another served
   * build than the test build (e.g. the production build, which has no map hook).
   */
  static async open(
    search = '',
    options: LaunchOptions = {},
    how: { mapCode?: MapCode; committedResults?: string; waitForMap?: boolean; baseUrl?: string } = {},
  ): Promise<AppDriver> {
    const baseUrl = how.baseUrl ?? inject('baseUrl');
    const { seen, events } = AppDriver.#watch(baseUrl);
    const launch = how.committedResults !== undefined ? { serviceWorkers: 'block' as const, ...options } : options;
    const { ui, close } = await PageHelper.launch(launch, events);
    const driver = new AppDriver(ui, close, baseUrl, seen);
    if (how.mapCode) await driver.loading.interceptMapCode(how.mapCode);
    if (how.committedResults !== undefined) await driver.results.serveCommitted(how.committedResults);
    await ui.goto(new URL(search, baseUrl).toString());
    if (how.waitForMap !== false) await driver.waitForMapIdle();
    return driver;
  }

  /** The lists a page's events land in from its first request on (the driver exposes them), and the listeners that fill them. */
  static #watch(baseUrl: string) {
    const origin = new URL(baseUrl).origin;
    const seen = { consoleErrors: [] as string[], dialogs: [] as string[], requests: [] as string[], foreignRequests: [] as string[] };
    const events = {
      onConsoleError: (text: string) => seen.consoleErrors.push(text),
      onDialog: (message: string) => seen.dialogs.push(message),
      onRequest: (url: string) => {
        seen.requests.push(url);
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) seen.foreignRequests.push(url);
      },
    };
    return { seen, events };
  }

  async close(): Promise<void> {
    await this.#close();
  }

  /** The app in a second tab of the same browser (sharing its storage), at `search`; closing it closes only that tab. */
  async openSecondTab(search = ''): Promise<AppDriver> {
    const { seen, events } = AppDriver.#watch(this.baseUrl);
    const { ui, close } = await this.#ui.openTab(events);
    const driver = new AppDriver(ui, close, this.baseUrl, seen);
    await ui.goto(new URL(search, this.baseUrl).toString());
    await driver.waitForMapIdle();
    return driver;
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

  /** Waits until the page's address has this value (null: none) for the parameter (the link is updated a moment after a change). */
  async waitForUrlParam(name: string, value: string | null): Promise<void> {
    await this.#ui.waitForFunction(([n, v]) => new URL(window.location.href).searchParams.get(n) === v, [name, value] as const);
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
   * A screenshot (for the README: `docs/…`). Tests never rewrite tracked files: it goes to
   * .tmp/e2e-artifacts/ unless `npm run docs:screenshots` asks for the docs themselves.
   */
  async screenshot(path: string, options: { fullPage?: boolean } = {}): Promise<void> {
    const forDocs = process.env.DOCS_SCREENSHOTS === '1' && path.startsWith('docs/');
    const target = forDocs ? path : `.tmp/e2e-artifacts/${path.split('/').pop()}`;
    await this.#ui.screenshot(target, options.fullPage ?? false);
  }

  /** A screenshot of the page straight to a path (test artifacts, never tracked files). */
  async screenshotTo(path: string): Promise<void> {
    await this.#ui.screenshot(path);
  }
}
