import type { Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { parks } from '../../src/data/plan';
import { AppDriver } from './support/driver';

/** MapLibre's chunk, the largest download of the app. */
const MAPLIBRE_CHUNK = /\/assets\/maplibre-[\w-]+\.js$/;

describe('the map loads on its own', () => {
  let app: AppDriver | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('lets a visitor read and choose parks while MapLibre is still downloading, then shows the choice on the map', async () => {
    const held: Route[] = [];
    app = await AppDriver.open('', {}, {
      beforeLoad: (page) => page.route(MAPLIBRE_CHUNK, (route) => void held.push(route)),
      waitForMap: false,
    });
    const page = app.page;
    await page.getByTestId('map-code-loading').waitFor();
    expect(held.length).toBe(1);

    const park = parks[1]!;
    await app.openTab('parks');
    await page.getByTestId(`item-park-${park.id}`).locator('.item-button').click();
    const detail = page.getByTestId(`park-detail-${park.id}`);
    await expect(detail.textContent()).resolves.toContain(`${park.target.valueYi}亿元`);
    expect(await page.evaluate(() => window.__yongchuanMap === undefined)).toBe(true);

    for (const route of held) await route.continue();
    await app.waitForMapIdle();
    expect(await app.selectedFeatureState('parks', park.id)).toBe(true);
    expect(await app.selectionInUrl()).toBe(`park:${park.id}`);
    expect(app.consoleErrors).toEqual([]);
  });

  it('says so when the map program cannot be downloaded, keeps the panels working, and retries', async () => {
    let failing = true;
    app = await AppDriver.open('?lang=en', {}, {
      beforeLoad: (page) =>
        page.route(MAPLIBRE_CHUNK, (route) => (failing ? route.abort('internetdisconnected') : route.continue())),
      waitForMap: false,
    });
    const page = app.page;
    const message = page.getByTestId('map-code-failed');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain('The map program could not be downloaded');

    await app.openTab('clusters');
    await expect(page.getByTestId('tab-clusters').getAttribute('aria-selected')).resolves.toBe('true');

    failing = false;
    await message.getByRole('button').click();
    await app.waitForMapIdle();
    expect(new Set(await app.renderedFeatureIds('parks-fill')).size).toBe(parks.length);
    await expect(message.count()).resolves.toBe(0);
  });

  it('is served compressed, as a real host would serve it', async () => {
    app = await AppDriver.open();
    const encoding = await app.page.evaluate(async () => {
      const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
      const response = await fetch(script!.src, { cache: 'no-store' });
      return response.headers.get('content-encoding');
    });
    expect(['br', 'gzip']).toContain(encoding);
  });
});
