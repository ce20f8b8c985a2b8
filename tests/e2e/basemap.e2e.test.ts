import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

/** A 1×1 transparent PNG, served instead of any real tile: tests never reach the network. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('optional online basemaps', () => {
  let app: AppDriver;
  const tileRequests: string[] = [];

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.page.route(/openstreetmap\.org|autonavi\.com|tianditu\.gov\.cn/, async (route) => {
      tileRequests.push(route.request().url());
      await route.fulfill({ status: 200, contentType: 'image/png', body: TILE, headers: { 'access-control-allow-origin': '*' } });
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('are off by default: the map makes no request outside its origin', () => {
    expect(tileRequests).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('loads OpenStreetMap tiles only after the user opts in, and records it in the link', async () => {
    await app.page.getByTestId('basemap-button').click();
    await app.page.getByTestId('basemap-osm').check();
    await app.waitForMapIdle();
    expect(tileRequests.some((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    expect(new URL(app.page.url()).searchParams.get('base')).toBe('osm');
  });

  it('shifts the project’s layers to GCJ-02 while AMap is on, and back when it is off', async () => {
    const hubPosition = () =>
      app.page.evaluate(async () => {
        const source = window.__yongchuanMap!.map.getSource('hubs') as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
        const data = await source.getData();
        const hub = data.features.find((f) => f.properties?.id === 'yongchuan-east-station');
        return (hub?.geometry as GeoJSON.Point).coordinates;
      });
    const wgs = await hubPosition();
    expect(wgs).toEqual([105.95, 29.37]);
    await app.page.getByTestId('basemap-amap').check();
    await app.waitForMapIdle();
    expect(tileRequests.some((url) => url.includes('autonavi.com'))).toBe(true);
    const gcj = await hubPosition();
    // GCJ-02 near Yongchuan: about +0.0035° east and -0.0030° north.
    expect(gcj[0]! - wgs[0]!).toBeCloseTo(0.0035, 3);
    expect(gcj[1]! - wgs[1]!).toBeCloseTo(-0.003, 3);

    // Opening a cluster flies to it as drawn on AMap (GCJ-02), not to its WGS-84 position ~0.5 km away.
    await app.closePopover();
    await app.openTab('clusters');
    await app.chooseInList('cluster', 'cluster-qingfeng');
    const landed = await app.page.evaluate(async () => {
      const map = window.__yongchuanMap!.map;
      const source = map.getSource('clusters') as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> };
      const cluster = (await source.getData()).features.find((f) => f.properties?.id === 'cluster-qingfeng');
      const { lng, lat } = map.getCenter();
      return { center: [lng, lat], drawn: (cluster?.geometry as GeoJSON.Point).coordinates };
    });
    expect(landed.center[0]).toBeCloseTo(landed.drawn[0]!, 5);
    expect(landed.center[1]).toBeCloseTo(landed.drawn[1]!, 5);

    await app.page.getByTestId('basemap-button').click();
    await app.page.getByTestId('basemap-none').check();
    await app.waitForMapIdle();
    expect(await hubPosition()).toEqual(wgs);
    expect(new URL(app.page.url()).searchParams.get('base')).toBeNull();
  });

  it('asks for a 天地图 key, keeps it in this browser only, and never puts it in the link', async () => {
    await app.page.getByTestId('basemap-tianditu').click();
    await expect(app.page.getByTestId('basemap-problem').textContent()).resolves.toContain('密钥');
    await app.page.getByTestId('tianditu-key').fill('not a key!');
    await app.page.getByTestId('tianditu-key').press('Enter');
    await expect(app.page.getByTestId('basemap-problem').textContent()).resolves.toContain('字母和数字');
    await app.page.getByTestId('tianditu-key').fill('0123456789abcdef0123456789abcdef');
    await app.page.getByTestId('tianditu-key').press('Enter');
    await app.waitForMapIdle();
    expect(tileRequests.some((url) => url.includes('tianditu.gov.cn') && url.includes('tk=0123456789abcdef'))).toBe(true);
    expect(app.page.url()).not.toContain('0123456789abcdef');
    expect(await app.page.evaluate(() => Object.values(localStorage).includes('0123456789abcdef0123456789abcdef'))).toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });
});
