/**
 * PMTiles layers and the self-hosted basemap, as a planner and a deploying authority use them:
 * a generated archive of 1,000,000 parcels opened through the real file input and by a URL the
 * deployment offers; a small Protomaps-schema basemap archive named in deployment.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';
import { buildBasemapArchive, buildRasterArchive, cachedPointArchive, cachedStats } from '../support/pmtiles/archives';

const MILLION = 1_000_000;
const KINDS = ['工业', 'industrial', '仓储', 'residential', 'commercial'];
const POINTS_NAME = `points-${MILLION}-v1.pmtiles`;
let notFound: string[] = [];

describe('a PMTiles archive of a million parcels', () => {
  let app: AppDriver;
  let archive: { path: string; bytes: number };

  beforeAll(async () => {
    archive = cachedPointArchive(MILLION);
    const stats = cachedStats(archive.path);
    console.info(`1M-point archive: ${(archive.bytes / 1e6).toFixed(1)} MB, ${stats?.tiles} tiles, generated in ${((stats?.generationMs ?? 0) / 1000).toFixed(1)} s`);
    app = await AppDriver.open('', { reducedMotion: 'no-preference' });
    notFound = app.tiles.recordNotFound();
    await app.tiles.serveSiteFiles({
      'deployment.json': { text: JSON.stringify({ layers: [{ url: 'tiles/parcels.pmtiles', name: 'parcels.pmtiles' }] }) },
      'tiles/parcels.pmtiles': { path: archive.path },
    });
    // deployment.json is read at start: load again now that it is served.
    await app.reload();
    await app.waitForMapIdle();
    await app.workbench.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens through the file input, lists its layer, zoom range and bounds, and frames it', async () => {
    const started = Date.now();
    expect(await app.tiles.openFile({ path: archive.path })).toBe('open');
    await app.waitForMapIdle();
    console.info(`open to first render: ${Date.now() - started} ms`);
    await expect(app.tiles.zoomText(POINTS_NAME)).resolves.toContain('0–14');
    await expect(app.tiles.boundsText(POINTS_NAME)).resolves.toContain('105.640');
    expect(await app.tiles.sourceLayerName(POINTS_NAME)).toBe('parcels');
    expect(await app.tiles.sourceLayerGeometry(POINTS_NAME)).toBe('Point');
    await expect(app.tiles.sourceLayerText(POINTS_NAME)).resolves.toContain('1,000,000');
    // Framed on the archive: the district's box is in view.
    const view = await app.map.bounds();
    expect(view[0][0]).toBeLessThan(105.7);
    expect(view[1][0]).toBeGreaterThan(106.0);
  });

  it('draws features at two zooms: thinned at the district’s, every parcel at a street’s', async () => {
    const wide = await app.tiles.renderedFeatures();
    expect(wide.length).toBeGreaterThan(1000);
    await app.map.jumpTo(105.905, 29.355, 14.5);
    await app.map.waitForTilesLoaded(30_000);
    const close = await app.tiles.renderedFeatures();
    expect(close.length).toBeGreaterThan(500);
    // Close up the features are others than the district view's sample, and carry their attributes.
    const wideIds = new Set(wide.map((f) => f.properties.id));
    expect(close.filter((f) => !wideIds.has(f.properties.id)).length).toBeGreaterThan(100);
    for (const f of close.slice(0, 50)) expect(f.properties.kind).toBe(KINDS[Number(f.properties.id) % KINDS.length]);
    await app.screenshot('docs/pmtiles-million-z14.png');
  });

  it('shows a clicked feature’s attributes', async () => {
    const features = (await app.tiles.renderedFeatures()).filter((f) => f.at);
    const box = (await app.layout.mapBox())!;
    const target = features.find((f) => f.at!.x > box.x + 200 && f.at!.x < box.x + box.width - 300 && f.at!.y > box.y + 100 && f.at!.y < box.y + box.height - 100)!;
    expect(target).toBeDefined();
    await app.layout.clickPage(target.at!);
    const shown = await app.tiles.inspectedAttributes();
    // The topmost feature under the pointer: a real parcel, its attributes as generated.
    expect(Number(shown.id)).toBeGreaterThanOrEqual(0);
    expect(Number(shown.id)).toBeLessThan(MILLION);
    expect(shown.kind).toBe(KINDS[Number(shown.id) % KINDS.length]);
    expect(Number(shown.area)).toBeGreaterThanOrEqual(200);
  });

  it('draws every drag while panning, and reads only the tiles it draws (no full decode)', async () => {
    const drags = await app.tiles.panDrags(3);
    const intervals = drags.flatMap((d) => d.intervals).sort((a, b) => a - b);
    const median = intervals[Math.floor(intervals.length / 2)] ?? 0;
    console.info(`pan: ${drags.map((d) => d.frames).join(', ')} frames per drag, median ${median.toFixed(1)} ms, p95 ${(intervals[Math.floor(intervals.length * 0.95)] ?? 0).toFixed(1)} ms between frames`);
    // Each drag moved the camera and was drawn while it moved (how many frames depends on the machine).
    for (const drag of drags) {
      expect(drag.moved).toBe(true);
      expect(drag.frames).toBeGreaterThan(0);
    }
    await app.waitForMapIdle();
    const read = await app.tiles.bytesRead(POINTS_NAME); // once the entry's counter has caught up
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(archive.bytes / 4);
    const heap = await app.tiles.heapUsedMb();
    console.info(`read ${(read / 1e6).toFixed(1)} MB of ${(archive.bytes / 1e6).toFixed(1)} MB; JS heap ${heap.toFixed(0)} MB`);
    // A decode of a million features into GeoJSON alone would take several hundred MB.
    expect(heap).toBeLessThan(150);
  });

  it('hides PMTiles layers under AMap with a notice, and shows them again after', async () => {
    await app.basemap.serveBlankTiles();
    await app.basemap.choose('amap');
    expect((await app.map.styleLayerIds()).filter((id) => id.startsWith('tiles-'))).toEqual([]);
    await expect(app.tiles.datumHiddenText()).resolves.toContain('GCJ-02');
    await app.basemap.choose('none');
    await app.tiles.waitForLayersOnMap(10_000);
    expect(await app.tiles.datumHiddenCount()).toBe(0);
  });

  it('opens the same archive from the URL the deployment offers, by range requests', async () => {
    const foreignBefore = app.foreignRequests.length; // AMap's (blank, routed) tiles of the test before
    const url = new URL('tiles/parcels.pmtiles', app.baseUrl).toString();
    expect(await app.tiles.openOffered(url, 'parcels.pmtiles')).toBe('open');
    await app.map.jumpTo(105.84, 29.4, 13);
    const fromUrl = (await app.tiles.renderedFeatures()).filter((f) => f.layer.includes('-parcels-'));
    expect(new Set(fromUrl.map((f) => f.layer)).size).toBe(2); // the file's layer and the URL's
    expect(await app.tiles.bytesRead('parcels.pmtiles')).toBeLessThan(archive.bytes / 4);
    expect(app.foreignRequests.slice(foreignBefore)).toEqual([]);
  });

  it('after a reload, reopens the URL layer and says the local file is needed again', async () => {
    await app.tiles.waitForSaved(); // the layers are in IndexedDB
    await app.reload();
    await app.waitForMapIdle();
    await app.workbench.open();
    expect(await app.tiles.waitForLayer('parcels.pmtiles')).toBe('open');
    expect(await app.tiles.waitForLayer(POINTS_NAME)).toBe('needs-file');
    await expect(app.tiles.needsFileText()).resolves.toContain(POINTS_NAME);
    // Choosing the file again brings it back in the same entry.
    expect(await app.tiles.openFile({ path: archive.path })).toBe('open');
    expect(await app.tiles.entryCount(POINTS_NAME)).toBe(1);
  });

  it('refuses a file that is not PMTiles with a reason, in both languages, and opens a raster overlay', async () => {
    expect(await app.tiles.openFile({ name: 'not-really.pmtiles', buffer: Buffer.from('{"type":"FeatureCollection"}') })).toBe('failed');
    await expect(app.tiles.errorText('not-really.pmtiles')).resolves.toContain('不是 PMTiles 文件');
    await app.language.switch();
    await expect(app.tiles.errorText('not-really.pmtiles')).resolves.toContain('not a PMTiles file');
    await app.language.switch();
    expect(await app.tiles.openFile({ name: 'overlay.pmtiles', buffer: buildRasterArchive() })).toBe('open');
    await expect(app.tiles.firstDetailTerm('overlay.pmtiles')).resolves.toContain('PNG');
    expect((await app.map.styleLayerIds()).some((id) => id.endsWith('-raster'))).toBe(true);
    // Dropped on the map, a .pmtiles file opens here and is not taken for a GeoJSON import.
    await app.tiles.dropOnMap('dropped.pmtiles', buildRasterArchive());
    expect(await app.tiles.waitForLayer('dropped.pmtiles')).toBe('open');
    expect(await app.tiles.importErrorCount()).toBe(0);
    expect(await app.tiles.importReviewCount()).toBe(0);
    expect(await app.tiles.dropZoneClass()).not.toContain('dragging');
    expect(notFound).toEqual([]);
    expect(app.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

describe('the self-hosted basemap', () => {
  it('is absent from the basemap menu with the default, empty deployment.json', async () => {
    const app = await AppDriver.open();
    try {
      expect(await app.basemap.choices()).not.toContain('local');
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('with a basemap archive in deployment.json, is offered first and draws roads and water under the layout', async () => {
    const app = await AppDriver.open('', {}, { waitForMap: false });
    try {
      await app.tiles.serveSiteFiles({
        'deployment.json': { text: JSON.stringify({ basemap: { url: 'basemap.pmtiles', attribution: '© OpenStreetMap contributors · Protomaps (test)' } }) },
        'basemap.pmtiles': { buffer: buildBasemapArchive() },
      });
      await app.reload();
      await app.waitForMapIdle();
      expect((await app.basemap.choices())[0]).toBe('local');
      await app.basemap.choose('local');
      await app.map.jumpTo(105.93, 29.36, 12.5);
      await app.map.waitForTilesLoaded(30_000);
      const drawn = await app.basemap.localDrawn();
      expect(drawn.roads).toContain('highway');
      expect(drawn.water).toBeGreaterThan(0);
      // Under the layout: every basemap layer is below the district's own fill.
      expect(drawn.lastLocal).toBeLessThan(drawn.districtFill);
      expect(app.urlParam('base')).toBe('local');
      await app.basemap.openAttribution();
      await expect(app.basemap.attributionText()).resolves.toContain('Protomaps (test)');
      expect(app.foreignRequests).toEqual([]);
      await app.screenshot('docs/local-basemap.png');
    } finally {
      await app.close();
    }
  });
});
