import type { Page, Request } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './browser';

/** Domain actions on the running app, so specs read as what a user does. */
export class AppDriver {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly requests: string[] = [];

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
  ): Promise<AppDriver> {
    const browser = await launchBrowser(options);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const driver = new AppDriver(page, browser, inject('baseUrl'));
    await page.goto(new URL(search, driver.baseUrl).toString());
    await driver.waitForMapIdle();
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

  async selectedFeatureState(source: string, id: string): Promise<boolean> {
    return this.page.evaluate(
      ([src, featureId]) => Boolean(window.__yongchuanMap!.map.getFeatureState({ source: src!, id: featureId! }).selected),
      [source, id],
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

  /** Clicks the map at a longitude/latitude. */
  async clickMapAt(lon: number, lat: number): Promise<void> {
    const point = await this.page.evaluate(
      ([x, y]) => {
        const map = window.__yongchuanMap!.map;
        const p = map.project([x!, y!]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      [lon, lat],
    );
    await this.page.mouse.click(point.x, point.y);
  }

  async jumpTo(lon: number, lat: number, zoom: number): Promise<void> {
    await this.page.evaluate(([x, y, z]) => window.__yongchuanMap!.map.jumpTo({ center: [x!, y!], zoom: z! }), [lon, lat, zoom]);
    await this.waitForMapIdle();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
