import type { Page, Request } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './browser';

/** Domain actions on the running app, so specs read as what a user does. */
export class AppDriver {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly requests: string[] = [];
  /** Messages of alert/confirm/prompt dialogs the page opened (each is dismissed). */
  readonly dialogs: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly browser: LaunchedBrowser,
    readonly baseUrl: string,
  ) {
    const origin = new URL(baseUrl).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request: Request) => {
      const url = request.url();
      this.requests.push(url);
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) this.foreignRequests.push(url);
    });
  }

  static async open(
    search = '',
    options: Parameters<typeof launchBrowser>[0] = {},
    /** `beforeLoad` runs before the page is requested (e.g. to hold back a file); `waitForMap: false` returns without waiting for the map. */
    how: { beforeLoad?: (page: Page) => Promise<unknown>; waitForMap?: boolean } = {},
  ): Promise<AppDriver> {
    const browser = await launchBrowser(options);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const driver = new AppDriver(page, browser, inject('baseUrl'));
    await how.beforeLoad?.(page);
    await page.goto(new URL(search, driver.baseUrl).toString());
    if (how.waitForMap !== false) await driver.waitForMapIdle();
    return driver;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** Resolves when the map has loaded its style and data and finished any movement. */
  async waitForMapIdle(): Promise<void> {
    await this.page.waitForFunction(() => window.__yongchuanMap !== undefined, undefined, { timeout: 60_000 });
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__yongchuanMap!.map;
          const done = () => resolve();
          if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
            // Still wait for one idle so the latest state has rendered.
            map.once('idle', done);
            map.triggerRepaint();
          } else {
            map.once('idle', done);
          }
        }),
    );
  }

  async styleLayerIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__yongchuanMap!.map.getStyle().layers.map((layer) => layer.id));
  }

  async renderedFeatureIds(layerId: string): Promise<string[]> {
    return this.page.evaluate(
      (id) =>
        window.__yongchuanMap!.map
          .queryRenderedFeatures({ layers: [id] })
          .map((feature) => String(feature.properties.id)),
      layerId,
    );
  }

  async openTab(tab: 'overview' | 'parks' | 'clusters' | 'workbench'): Promise<void> {
    await this.page.getByTestId(`tab-${tab}`).click();
  }

  /** Opens an entry of a list by clicking it, as a user does. */
  async chooseInList(kind: string, id: string): Promise<void> {
    await this.page.getByTestId(`item-${kind}-${id}`).locator('.item-button').click();
    await this.waitForMapIdle();
  }

  async selectionInUrl(): Promise<string | null> {
    return new URL(this.page.url()).searchParams.get('sel');
  }

  /** Whether the user's selection highlights a feature on the map. */
  async selectedFeatureState(source: string, id: string): Promise<boolean> {
    return this.featureStateFlag(source, id, 'selected');
  }

  /** Whether the tour's current step highlights a feature on the map. */
  async tourFeatureState(source: string, id: string): Promise<boolean> {
    return this.featureStateFlag(source, id, 'tour');
  }

  private async featureStateFlag(source: string, id: string, key: 'selected' | 'tour' | 'hover'): Promise<boolean> {
    return this.page.evaluate(
      ([src, featureId, flag]) => Boolean(window.__yongchuanMap!.map.getFeatureState({ source: src!, id: featureId! })[flag!]),
      [source, id, key],
    );
  }

  /**
   * A point on the canvas, in page coordinates, where a click hits only the given park's
   * shape (no point symbol or sub-park on top of it).
   */
  async clearPointOnPark(parkId: string): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate((id) => {
      const map = window.__yongchuanMap!.map;
      const canvas = map.getCanvas().getBoundingClientRect();
      const others = ['clusters-circle', 'clusters-ring', 'subparks-point', 'subparks-fill', 'hubs-point', 'townships-dot'];
      for (let y = 10; y < canvas.height - 10; y += 6) {
        for (let x = 10; x < canvas.width - 10; x += 6) {
          const hits = map.queryRenderedFeatures([x, y]);
          const park = hits.find((f) => f.layer.id === 'parks-fill' && f.properties.id === id);
          const blocked = hits.some((f) => others.includes(f.layer.id));
          if (park && !blocked) {
            // Keep clear of the edges of the shape, where a label might sit.
            const around = [
              [x + 6, y],
              [x - 6, y],
              [x, y + 6],
              [x, y - 6],
            ].every(([px, py]) =>
              map.queryRenderedFeatures([px!, py!]).some((f) => f.layer.id === 'parks-fill' && f.properties.id === id),
            );
            if (around) return { x: canvas.left + x, y: canvas.top + y };
          }
        }
      }
      return null;
    }, parkId);
    if (!point) throw new Error(`no clear point on park ${parkId} in the current view`);
    return point;
  }

  /** The fonts Chromium really used to draw the text of the first element matching `selector`. */
  async fontsUsedFor(selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
    const client = await this.page.context().newCDPSession(this.page);
    try {
      await client.send('DOM.enable');
      await client.send('CSS.enable');
      const { root } = await client.send('DOM.getDocument');
      const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts;
    } finally {
      await client.detach();
    }
  }

  /** Opens the share panel and reads the link it offers. */
  async sharedLink(): Promise<string> {
    const panel = this.page.getByTestId('share-panel');
    if (!(await panel.isVisible())) await this.page.getByTestId('share-button').click();
    await this.page.getByTestId('share-qr').waitFor();
    return this.page.getByTestId('share-url').inputValue();
  }

  async closePopover(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  async switchLanguage(): Promise<void> {
    await this.page.getByTestId('language-switch').click();
  }

  async htmlLang(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  // ---- Tour ------------------------------------------------------------------------

  async startTour(): Promise<void> {
    await this.page.getByTestId('tour-button').click();
    await this.page.getByTestId('tour').waitFor();
  }

  async tourStep(): Promise<string | null> {
    return this.page.getByTestId('tour').getAttribute('data-step');
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  // ---- Export and print ------------------------------------------------------------

  private async openExport(): Promise<void> {
    if (!(await this.page.getByTestId('export-panel').isVisible())) await this.page.getByTestId('export-button').click();
  }

  /** Clicks "Download PNG" and returns the downloaded file's bytes. */
  async downloadPng(): Promise<{ name: string; bytes: Buffer }> {
    await this.openExport();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.page.getByTestId('export-png').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /** The RGB colour of given pixels of a PNG, decoded by the browser. */
  async pngPixels(bytes: Buffer, points: { x: number; y: number }[]): Promise<number[][]> {
    return this.page.evaluate(
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
  async printSheet(which: { park: string } | 'layout'): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await this.openExport();
    if (which === 'layout') {
      await this.page.getByTestId('print-layout').click();
    } else {
      await this.page.getByTestId('print-park-choice').selectOption(which.park);
      await this.page.getByTestId('print-park').click();
    }
    await this.page.waitForFunction(() => (window as unknown as { printed: number }).printed > 0, undefined, { timeout: 60_000 });
  }

  async emulatePrint(on: boolean): Promise<void> {
    await this.page.emulateMedia({ media: on ? 'print' : 'screen' });
  }

  // ---- Language checks --------------------------------------------------------------

  /** Visible text nodes, each with whether it sits inside an element marked lang="zh-CN". */
  async visibleTexts(): Promise<{ text: string; zh: boolean; where: string }[]> {
    return this.page.evaluate(() => {
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

  // ---- untrusted input ----

  /**
   * Signs that text was treated as markup: the `window.__xss` flag hostile payloads set,
   * elements they would create, inline event handlers and javascript: links anywhere in
   * the document. These show an injection even where the CSP stops the script itself.
   */
  async injectionTraces(): Promise<{ xss: unknown; injectedElements: string[]; handlers: string[]; scriptLinks: string[] }> {
    return this.page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        xss: (window as unknown as { __xss?: unknown }).__xss,
        injectedElements: [...document.querySelectorAll('img[src="x"], body script:not([src]), svg[onload], iframe')].map((e) => e.outerHTML),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
        scriptLinks: all.flatMap((e) =>
          [...e.attributes]
            .filter((a) => ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) && /^\s*javascript:/i.test(a.value))
            .map((a) => `${e.tagName} ${a.name}=${a.value}`),
        ),
      };
    });
  }

  /** The page's visible text inside an element, exactly as the user reads it. */
  async textOf(testId: string): Promise<string> {
    return this.page.getByTestId(testId).first().innerText();
  }

  // ---- planners' workbench ----

  /** Opens the workbench tab and waits until its code has loaded. */
  async openWorkbench(): Promise<void> {
    await this.openTab('workbench');
    await this.page.getByTestId('workbench').waitFor({ timeout: 30_000 });
  }

  /** Chooses a file in the import's file input, as the file picker does, and waits for the review or an error. */
  async importFile(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('wb-file-input').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    await this.page.locator('[data-testid="wb-review"], [data-testid="wb-import-error"], [data-testid="wb-import-cancelled"]').first().waitFor({ timeout: 60_000 });
  }

  /** Drops a text file onto the map, as dragging it from the desktop does. */
  async dropFileOnMap(name: string, text: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content!], fileName!, { type: 'application/octet-stream' }));
        return data;
      },
      [name, text],
    );
    const map = this.page.getByTestId('map');
    await map.dispatchEvent('dragover', { dataTransfer: transfer });
    await map.dispatchEvent('drop', { dataTransfer: transfer });
    await this.page.locator('[data-testid="wb-review"], [data-testid="wb-import-error"]').first().waitFor({ timeout: 60_000 });
  }

  async detectedCrsText(): Promise<string> {
    return (await this.page.getByTestId('wb-crs-detected').textContent()) ?? '';
  }

  /** Overrides the detected coordinate system and waits for the file to be read again. */
  async chooseCrs(crs: string): Promise<void> {
    await this.page.getByTestId('wb-crs-select').selectOption(crs);
    await this.page.waitForFunction(
      (value) => (document.querySelector('[data-testid="wb-crs-select"]') as HTMLSelectElement | null)?.value === value,
      crs,
      { timeout: 60_000 },
    );
  }

  async addImportToMap(): Promise<void> {
    await this.page.getByTestId('wb-add-to-map').click();
    await this.page.getByTestId('wb-import-added').waitFor();
  }

  /** Clicks an export button and returns the downloaded file's text. */
  async download(testId: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** Shows a layer (a workbench layer id, or plan:<layer>) in the attribute table. */
  async showInTable(value: string): Promise<void> {
    await this.page.getByTestId('wb-table-layer').selectOption(value.startsWith('plan:') ? value : `work:${value}`);
  }

  async workLayerIds(): Promise<string[]> {
    return this.page.locator('[data-testid^="wb-layer-"]').evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-testid')!.replace('wb-layer-', '')).filter((id) => id !== 'count'),
    );
  }

  // ---- The map's datum (what is drawn where) --------------------------------------------

  /** Switches the basemap in its menu (tiles never reach the network: see `serveBlankTiles`). */
  async chooseBasemap(id: 'none' | 'local' | 'osm' | 'amap'): Promise<void> {
    await this.page.getByTestId('basemap-button').click();
    await this.page.getByTestId(`basemap-${id}`).check();
    await this.closePopover();
    await this.waitForMapIdle();
  }

  /** Answers every tile request with a blank tile, so an online basemap can be on offline. */
  async serveBlankTiles(): Promise<void> {
    const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    await this.page.route(/openstreetmap\.org|autonavi\.com|tianditu\.gov\.cn/, (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: tile, headers: { 'access-control-allow-origin': '*' } }),
    );
  }

  /** Where a rendered feature's symbol sits on the page (a point layer's feature, by a property). */
  async symbolOnPage(layerId: string, property: string, value: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate(
      ([layer, key, wanted]) => {
        const map = window.__yongchuanMap!.map;
        const feature = map.queryRenderedFeatures({ layers: [layer!] }).find((f) => String(f.properties[key!]) === wanted);
        if (!feature || feature.geometry.type !== 'Point') return null;
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        const p = map.project([lon, lat]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      [layerId, property, value],
    );
  }

  /** Clicks the page at a point (e.g. a symbol found with `symbolOnPage`). */
  async clickPage(point: { x: number; y: number }): Promise<void> {
    await this.page.mouse.click(point.x, point.y);
  }

  /** Records every camera jump the map makes from now on (centre and zoom, in the map's own datum). */
  async recordCameraJumps(): Promise<() => Promise<{ center: [number, number]; zoom: number }[]>> {
    await this.page.evaluate(() => {
      const map = window.__yongchuanMap!.map;
      const jumps: { center: [number, number]; zoom: number }[] = [];
      (window as unknown as { cameraJumps: typeof jumps }).cameraJumps = jumps;
      const original = map.jumpTo.bind(map);
      map.jumpTo = (options, data) => {
        const c = options.center as { lng: number; lat: number } | [number, number] | undefined;
        if (c) jumps.push({ center: Array.isArray(c) ? c : [c.lng, c.lat], zoom: options.zoom ?? map.getZoom() });
        return original(options, data);
      };
    });
    return () => this.page.evaluate(() => (window as unknown as { cameraJumps: { center: [number, number]; zoom: number }[] }).cameraJumps);
  }

  async workbenchTool(testId: 'wb-draw-point' | 'wb-draw-polygon' | 'wb-measure-line' | 'wb-measure-area'): Promise<void> {
    await this.page.getByTestId(testId).click();
  }

  async measuredDistanceText(): Promise<string> {
    return (await this.page.getByTestId('wb-measure-distance-value').textContent()) ?? '';
  }

  /** Whether a list entry is open (its details shown). */
  async listEntryOpen(kind: string, id: string): Promise<boolean> {
    return (await this.page.getByTestId(`item-${kind}-${id}`).locator('.item-button').getAttribute('aria-expanded')) === 'true';
  }

  /** Waits until the map draws features of each of the planner's layers (by layer id). */
  async waitForWorkLayersOnMap(layerIds: string[]): Promise<void> {
    await this.page.waitForFunction(
      (ids) => {
        const keys = window.__yongchuanMap!.map.querySourceFeatures('work').map((f) => String(f.properties['__key']));
        return ids.every((id) => keys.some((key) => key.startsWith(`${id}/`)));
      },
      layerIds,
      { timeout: 30_000 },
    );
  }

  /** Where a WGS-84 longitude/latitude is on the page, in the map's current view and datum. */
  async pagePointOf(lon: number, lat: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ([x, y]) => {
        const hook = window.__yongchuanMap!;
        const p = hook.project([x!, y!]);
        const rect = hook.map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      [lon, lat],
    );
  }

  /** Moves the mouse over the map at a longitude/latitude. */
  async hoverMapAt(lon: number, lat: number): Promise<void> {
    const point = await this.pagePointOf(lon, lat);
    await this.page.mouse.move(point.x, point.y, { steps: 3 });
  }

  /** Clicks the map at a longitude/latitude. */
  async clickMapAt(lon: number, lat: number): Promise<void> {
    const point = await this.pagePointOf(lon, lat);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Moves the camera to a WGS-84 position, in whatever datum the map draws in. */
  async jumpToWgs84(lon: number, lat: number, zoom: number): Promise<void> {
    await this.page.evaluate(
      ([x, y, z]) => {
        const hook = window.__yongchuanMap!;
        const p = hook.project([x!, y!]);
        hook.map.jumpTo({ center: hook.map.unproject([p.x, p.y]), zoom: z! });
      },
      [lon, lat, zoom],
    );
    await this.waitForMapIdle();
  }

  /** Puts the keyboard focus on the tour card, as a presenter clicking it does. */
  async focusTourCard(): Promise<void> {
    await this.page.getByTestId('tour').focus();
  }

  async jumpTo(lon: number, lat: number, zoom: number): Promise<void> {
    await this.page.evaluate(([x, y, z]) => window.__yongchuanMap!.map.jumpTo({ center: [x!, y!], zoom: z! }), [lon, lat, zoom]);
    await this.waitForMapIdle();
  }

  /**
   * A screenshot for the README (`docs/…`). Tests never rewrite tracked files: it goes to
   * tests/e2e/artifacts/ unless `npm run docs:screenshots` asks for the docs themselves.
   */
  async screenshot(path: string, options: { fullPage?: boolean } = {}): Promise<void> {
    const target = process.env.DOCS_SCREENSHOTS === '1' ? path : `tests/e2e/artifacts/${path.split('/').pop()}`;
    await this.page.screenshot({ path: target, fullPage: options.fullPage ?? false });
  }

  // ---- Industries, search, comparison, indicators ----------------------------------

  async openPanelTab(tab: 'industries' | 'compare' | 'indicators'): Promise<void> {
    await this.page.getByTestId(`tab-${tab}`).click();
    await this.page.getByTestId(`tabpanel-${tab}`).waitFor();
  }

  /** Toggles an industry in the industry lens, as a user does, and waits for the map. */
  async toggleIndustry(id: string): Promise<void> {
    await this.page.getByTestId(`industry-toggle-${id}`).click();
    await this.waitForMapIdle();
  }

  /** The hosts the lens lists, as `kind:id`. */
  async listedHosts(): Promise<string[]> {
    const ids = await this.page.getByTestId('industry-hosts').locator('[data-testid^="host-"]').evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-testid') ?? ''),
    );
    return ids.map((id) => id.replace(/^host-(park|subpark|cluster|other-towns)-/, '$1:'));
  }

  /** The lens's feature-state of each given feature of a source. */
  async lensStates(source: string, ids: string[]): Promise<Record<string, { host: boolean; dim: boolean }>> {
    return this.page.evaluate(
      ([src, featureIds]) =>
        Object.fromEntries(
          featureIds.map((id) => {
            const map = window.__yongchuanMap!.map;
            const host = Boolean(map.getFeatureState({ source: src, id }).lensHost);
            // The style fades every place that is not a host while the lens is on.
            return [id, { host, dim: Boolean(map.getGlobalState().lensActive) && !host }];
          }),
        ),
      [source, ids] as const,
    );
  }

  /** Types into the search box and returns the offered options as `kind:id`, in order. */
  async search(text: string): Promise<string[]> {
    const input = this.page.getByTestId('search-input');
    await input.fill('');
    await input.fill(text);
    await this.page.getByTestId('search-results').waitFor({ state: 'visible' });
    return this.searchOptions();
  }

  async searchOptions(): Promise<string[]> {
    const ids = await this.page.locator('[role="option"]').evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-testid') ?? ''),
    );
    return ids.map((id) => id.replace(/^search-option-(park|subpark|industry|cluster|township|hub)-/, '$1:'));
  }

  /** Chooses the places to compare by their check boxes. */
  async compare(ids: string[]): Promise<void> {
    await this.openPanelTab('compare');
    for (const id of ids) await this.page.getByTestId(`compare-choose-${id}`).check();
    await this.page.getByTestId('compare-table').waitFor();
  }

  /** Clicks the CSV export and returns the downloaded file's bytes and name. */
  async downloadComparisonCsv(): Promise<{ bytes: Buffer; fileName: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('compare-download').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { bytes: Buffer.concat(chunks), fileName: download.suggestedFilename() };
  }

  // ---- PMTiles layers and the local basemap (wt-pmtiles) -------------------------------------

  /**
   * Serves files at the app's own origin, as a deployment folder would (deployment.json, archives),
   * answering HTTP range requests as a static server does. Nothing leaves the origin.
   */
  async serveSiteFiles(files: Record<string, { text: string } | { path: string } | { buffer: Buffer }>): Promise<void> {
    const { readFileSync, statSync, openSync, readSync, closeSync } = await import('node:fs');
    const origin = new URL(this.baseUrl);
    for (const [name, content] of Object.entries(files)) {
      const url = new URL(name, origin).toString();
      await this.page.route(url, async (route) => {
        const request = route.request();
        if ('text' in content) {
          await route.fulfill({ status: 200, contentType: 'application/json', body: content.text });
          return;
        }
        const size = 'path' in content ? statSync(content.path).size : content.buffer.length;
        const read = (start: number, end: number): Buffer => {
          if ('buffer' in content) return content.buffer.subarray(start, end + 1);
          const out = Buffer.alloc(end - start + 1);
          const fd = openSync(content.path, 'r');
          try {
            readSync(fd, out, 0, out.length, start);
          } finally {
            closeSync(fd);
          }
          return out;
        };
        const headers = { 'accept-ranges': 'bytes', 'content-type': 'application/octet-stream' };
        if (request.method() === 'HEAD') {
          await route.fulfill({ status: 200, headers: { ...headers, 'content-length': String(size) }, body: '' });
          return;
        }
        const range = /bytes=(\d+)-(\d*)/.exec(request.headers()['range'] ?? '');
        if (!range) {
          await route.fulfill({ status: 200, headers, body: 'path' in content ? readFileSync(content.path) : content.buffer });
          return;
        }
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
        await route.fulfill({ status: 206, headers: { ...headers, 'content-range': `bytes ${start}-${end}/${size}` }, body: read(start, end) });
      });
    }
  }

  /** Chooses a .pmtiles file in the workbench's PMTiles file input and waits until it is open or refused. */
  async openPmtilesFile(file: { path: string } | { name: string; buffer: Buffer }): Promise<string> {
    const input = this.page.getByTestId('tl-file-input');
    if ('path' in file) await input.setInputFiles(file.path);
    else await input.setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    const name = 'path' in file ? file.path.split('/').pop()! : file.name;
    return this.waitForTileLayer(name);
  }

  /** Waits until the PMTiles layer of this name is open or has failed; returns its status. */
  async waitForTileLayer(name: string): Promise<string> {
    const entry = this.page.locator(`[data-testid^="tl-layer-"][data-name="${name}"]`);
    await entry.and(this.page.locator('[data-status="open"], [data-status="failed"], [data-status="needs-file"], [data-status="needs-permission"]')).waitFor({ timeout: 60_000 });
    return (await entry.getAttribute('data-status')) ?? '';
  }

  /** Drops a binary file onto the map, as dragging it from the desktop does. */
  async dropBytesOnMap(name: string, buffer: Buffer): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, base64]) => {
        const bytes = Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], fileName!, { type: 'application/octet-stream' }));
        return data;
      },
      [name, buffer.toString('base64')],
    );
    const map = this.page.getByTestId('map');
    await map.dispatchEvent('dragover', { dataTransfer: transfer });
    await map.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** Opens one of the layers the deployment offers, by its address. */
  async openOfferedPmtiles(url: string, name: string): Promise<string> {
    await this.page.locator(`[data-testid="tl-open-offered"][data-url="${url}"]`).click();
    return this.waitForTileLayer(name);
  }

  /** Features the map draws now from PMTiles layers (optionally of one style layer), with their attributes. */
  async renderedTileFeatures(): Promise<{ layer: string; properties: Record<string, unknown>; at: { x: number; y: number } | null }[]> {
    return this.page.evaluate(() => {
      const map = window.__yongchuanMap!.map;
      const layers = map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('tiles-'));
      const rect = map.getCanvas().getBoundingClientRect();
      return map.queryRenderedFeatures({ layers }).map((f) => {
        const point = f.geometry.type === 'Point' ? map.project(f.geometry.coordinates as [number, number]) : null;
        return { layer: f.layer.id, properties: { ...f.properties }, at: point ? { x: rect.left + point.x, y: rect.top + point.y } : null };
      });
    });
  }

  /** Attributes the workbench shows for the clicked PMTiles feature. */
  async inspectedAttributes(): Promise<Record<string, string>> {
    await this.page.getByTestId('tl-inspect').waitFor({ timeout: 10_000 });
    return this.page.getByTestId('tl-attribute').evaluateAll((rows) =>
      Object.fromEntries(rows.map((row) => [row.getAttribute('data-key') ?? '', row.getAttribute('data-value') ?? ''])),
    );
  }

  /**
   * Drags the map around for `ms` milliseconds as a user pans, counting animation frames and
   * their intervals (the 100k-point import test's method).
   */
  async panAndCountFrames(ms: number): Promise<{ frames: number; intervals: number[] }> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __pan: { frames: number; last: number; intervals: number[]; running: boolean } };
      w.__pan = { frames: 0, last: performance.now(), intervals: [], running: true };
      const tick = (now: number) => {
        const pan = w.__pan;
        if (!pan.running) return;
        pan.frames++;
        pan.intervals.push(now - pan.last);
        pan.last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const box = (await this.page.getByTestId('map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const started = Date.now();
    let step = 0;
    while (Date.now() - started < ms) {
      const dx = step % 2 === 0 ? 220 : -220;
      await this.page.mouse.move(cx, cy);
      await this.page.mouse.down();
      await this.page.mouse.move(cx + dx, cy + (step % 3) * 40 - 40, { steps: 12 });
      await this.page.mouse.up();
      step++;
    }
    const result = await this.page.evaluate(() => {
      const w = window as unknown as { __pan: { frames: number; intervals: number[]; running: boolean } };
      w.__pan.running = false;
      return { frames: w.__pan.frames, intervals: w.__pan.intervals.slice(1) };
    });
    // MapLibre ends a mouse drag on the next move without a button (headless Chromium sends no other cue).
    await this.page.mouse.move(cx + 5, cy + 5, { steps: 2 });
    return result;
  }

  /** The page's JavaScript heap in use, in MB (Chromium's own figure). */
  async heapUsedMb(): Promise<number> {
    const client = await this.page.context().newCDPSession(this.page);
    try {
      await client.send('Performance.enable');
      await client.send('HeapProfiler.collectGarbage');
      const { metrics } = await client.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
    } finally {
      await client.detach();
    }
  }

  /** The ids of the basemap menu's choices, in the order it offers them. */
  async basemapChoices(): Promise<string[]> {
    await this.page.getByTestId('basemap-button').click();
    const ids = await this.page.locator('input[name="basemap"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await this.closePopover();
    return ids;
  }
}
