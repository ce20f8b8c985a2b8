import { afterEach, describe, expect, it } from 'vitest';
import { parks } from '../../src/data/plan';
import { AppDriver } from './support/driver';

describe('the map loads on its own', () => {
  let app: AppDriver | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('lets a visitor read and choose parks while MapLibre is still downloading, then shows the choice on the map', async () => {
    // MapLibre's chunk, the largest download of the app, is held back.
    app = await AppDriver.open('', {}, { mapCode: 'held', waitForMap: false });
    await app.loading.waitForMapCodeLoading();
    expect(app.loading.heldMapCodeRequests()).toBe(1);

    const park = parks[1]!;
    await app.layout.openTab('parks');
    await app.layout.clickInList('park', park.id);
    await expect(app.layout.detailText('park', park.id)).resolves.toContain(`${park.target.valueYi}亿元`);
    expect(await app.map.isAbsent()).toBe(true);

    await app.loading.releaseMapCode();
    await app.waitForMapIdle();
    expect(await app.layout.selectedFeatureState('parks', park.id)).toBe(true);
    expect(await app.layout.selectionInUrl()).toBe(`park:${park.id}`);
    expect(app.consoleErrors).toEqual([]);
  });

  it('says so when the map program cannot be downloaded, keeps the panels working, and retries', async () => {
    // MapLibre's chunk fails to download (as offline) until told otherwise.
    app = await AppDriver.open('?lang=en', {}, { mapCode: 'failing', waitForMap: false });
    await app.loading.waitForMapCodeFailed();
    await expect(app.loading.mapCodeFailedText()).resolves.toContain('The map program could not be downloaded');

    await app.layout.openTab('clusters');
    await expect(app.layout.tabAriaSelected('clusters')).resolves.toBe('true');

    app.loading.stopFailingMapCode();
    await app.loading.retryMapCode();
    await app.waitForMapIdle();
    expect(new Set(await app.map.renderedFeatureIds('parks-fill')).size).toBe(parks.length);
    await expect(app.loading.mapCodeFailedCount()).resolves.toBe(0);
  });

  it('is served compressed, as a real host would serve it', async () => {
    app = await AppDriver.open();
    const encoding = await app.loading.mainScriptEncoding();
    expect(['br', 'gzip']).toContain(encoding);
  });
});
