import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

describe('optional online basemaps', () => {
  let app: AppDriver;
  /** Every tile request is answered with a blank tile: tests never reach the network. */
  let tileRequests: string[] = [];

  beforeAll(async () => {
    app = await AppDriver.open();
    tileRequests = await app.basemap.serveBlankTiles();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('are off by default: the map makes no request outside its origin', () => {
    expect(tileRequests).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('loads OpenStreetMap tiles only after the user opts in, and records it in the link', async () => {
    await app.basemap.openMenu();
    await app.basemap.pick('osm');
    expect(tileRequests.some((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    expect(app.urlParam('base')).toBe('osm');
  });

  it('shifts the project’s layers to GCJ-02 while AMap is on, and back when it is off', async () => {
    const hubPosition = async () => (await app.map.sourcePoint('hubs', 'yongchuan-east-station'))!;
    const wgs = await hubPosition();
    expect(wgs).toEqual([105.95, 29.37]);
    await app.basemap.pick('amap');
    expect(tileRequests.some((url) => url.includes('autonavi.com'))).toBe(true);
    const gcj = await hubPosition();
    // GCJ-02 near Yongchuan: about +0.0035° east and -0.0030° north.
    expect(gcj[0]! - wgs[0]!).toBeCloseTo(0.0035, 3);
    expect(gcj[1]! - wgs[1]!).toBeCloseTo(-0.003, 3);

    // Opening a cluster flies to it as drawn on AMap (GCJ-02), not to its WGS-84 position ~0.5 km away.
    await app.closePopover();
    await app.layout.openTab('clusters');
    await app.layout.chooseInList('cluster', 'cluster-qingfeng');
    const landed = { center: await app.map.centre(), drawn: (await app.map.sourcePoint('clusters', 'cluster-qingfeng'))! };
    expect(landed.center[0]).toBeCloseTo(landed.drawn[0]!, 5);
    expect(landed.center[1]).toBeCloseTo(landed.drawn[1]!, 5);

    await app.basemap.openMenu();
    await app.basemap.pick('none');
    expect(await hubPosition()).toEqual(wgs);
    expect(app.urlParam('base')).toBeNull();
  });

  it('asks for a 天地图 key, keeps it in this browser only, and never puts it in the link', async () => {
    await app.basemap.pickTianditu();
    await expect(app.basemap.problemText()).resolves.toContain('密钥');
    await app.basemap.enterTiandituKey('not a key!');
    await expect(app.basemap.problemText()).resolves.toContain('字母和数字');
    await app.basemap.enterTiandituKey('0123456789abcdef0123456789abcdef');
    await app.waitForMapIdle();
    expect(tileRequests.some((url) => url.includes('tianditu.gov.cn') && url.includes('tk=0123456789abcdef'))).toBe(true);
    expect(app.url()).not.toContain('0123456789abcdef');
    expect(await app.basemap.isStoredLocally('0123456789abcdef0123456789abcdef')).toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('a link that names an online basemap', () => {
  let app: AppDriver | undefined;

  afterAll(async () => {
    await app?.close();
  });

  it('shows the choice and contacts no other site until the visitor clicks Load', async () => {
    app = await AppDriver.open('?base=amap');
    // Every request since the first is recorded: none has left the origin.
    expect(app.foreignRequests).toEqual([]);
    const offer = await app.basemap.linkedOffer();
    expect(offer).toContain('高德地图');
    expect(offer).toContain('is.autonavi.com');
    // The link still names the basemap while the visitor decides.
    expect(app.urlParam('base')).toBe('amap');
    expect(app.foreignRequests).toEqual([]);

    const tiles = await app.basemap.serveBlankTiles();
    await app.basemap.answerLinkedOffer('load');
    expect(tiles.some((url) => url.includes('autonavi.com'))).toBe(true);
    expect(await app.basemap.linkedOffer()).toBeNull();
    expect(app.urlParam('base')).toBe('amap');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
    app = undefined;
  });

  it('stays offline when the visitor says so, and the link stops naming the basemap', async () => {
    app = await AppDriver.open('?base=osm&lang=en');
    expect(await app.basemap.linkedOffer()).toContain('OpenStreetMap');
    await expect(app.basemap.linkedOffer()).resolves.toContain('load it?');
    await app.basemap.answerLinkedOffer('stay');
    expect(await app.basemap.linkedOffer()).toBeNull();
    await app.waitForUrlParam('base', null);
    expect(app.foreignRequests).toEqual([]);
  });
});
