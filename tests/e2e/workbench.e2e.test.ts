import { area } from '@turf/turf';
import { mkdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';
import {
  distanceM,
  manyPointsGeoJson,
  polygon4544GeoJson,
  polygon4544ShapefileZip,
  polygonGcj02GeoJson,
  problemsGeoJson,
  TRUTH,
} from '../support/workbenchFixtures';
import { dbfBytes, definitionOf, encode, ESRI_WKT, projectPolygon, shapefileParts, zipShapefile } from '../support/workbenchFiles';

const XIAN80_PRJ = ESRI_WKT.xian80;
import { definitionFromWgs84 } from '../../src/workbench/crs';

const file = (name: string, text: string | Uint8Array) => ({ name, buffer: Buffer.from(text) });
const townships = JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')) as FeatureCollection;
const parks = JSON.parse(readFileSync('geodata/parks.geojson', 'utf8')) as FeatureCollection;
const sanjiaoShape = parks.features.find((f) => f.id === 'sanjiao')!.geometry as Polygon;

/** Every vertex of the truth has an exported vertex within `toleranceM`, and the areas agree to 0.1%. */
function expectOnTruth(exported: string, toleranceM: number): void {
  const collection = JSON.parse(exported) as FeatureCollection<Polygon>;
  const polygon = collection.features[0]!.geometry;
  const ring = polygon.coordinates[0]!;
  for (const p of TRUTH.coordinates[0]!) {
    expect(Math.min(...ring.map((q: Position) => distanceM(p, q)))).toBeLessThan(toleranceM);
  }
  expect(Math.abs(area(polygon) - area(TRUTH)) / area(TRUTH)).toBeLessThan(0.001);
}

describe('the planners’ workbench on a laptop', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.workbench.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('loads the workbench code only when the tab is opened', async () => {
    // The first page load fetched no parser or drawing code; opening the tab did.
    const workbenchChunks = app.requests.filter((url) => /\/(runtime|Workbench)-[\w-]+\.js$/.test(url));
    expect(workbenchChunks.length).toBeGreaterThan(0);
    expect(app.foreignRequests).toEqual([]);
  });

  it('imports a GeoJSON in EPSG:4544 onto the WGS-84 truth within 1 m, area within 0.1%', async () => {
    await app.workbench.importFile(file('parcel-4544.geojson', polygon4544GeoJson()));
    expect(await app.workbench.detectedCrsText()).toContain('EPSG:4544');
    await app.workbench.addImportToMap();
    await app.workbench.showInTable('parcel-4544');
    expectOnTruth((await app.workbench.download('wb-export-geojson')).text, 1);
  });

  it('imports the same polygon as a zipped Shapefile, reading its .prj', async () => {
    await app.workbench.importFile(file('parcel-4544.zip', await polygon4544ShapefileZip()));
    const detected = await app.workbench.detectedCrsText();
    expect(detected).toContain('EPSG:4544');
    expect(detected).toContain('.prj');
    await app.workbench.addImportToMap();
    await app.workbench.showInTable('parcel-4544-2');
    expectOnTruth((await app.workbench.download('wb-export-geojson')).text, 1);
  });

  it('shifts a GCJ-02 file back by about 480 m once the user says it is GCJ-02', async () => {
    const text = polygonGcj02GeoJson();
    await app.workbench.importFile(file('web-map.geojson', text));
    expect(await app.workbench.detectedCrsText()).toContain('WGS-84');
    await app.workbench.chooseCrs('gcj02');
    await app.workbench.waitForText('GCJ-02（由您选择）');
    await app.workbench.addImportToMap();
    await app.workbench.showInTable('web-map');
    const exported = (await app.workbench.download('wb-export-geojson')).text;
    const raw = (JSON.parse(text) as FeatureCollection<Polygon>).features[0]!.geometry.coordinates[0]![0]!;
    const back = (JSON.parse(exported) as FeatureCollection<Polygon>).features[0]!.geometry.coordinates[0]!;
    const moved = Math.min(...back.map((q) => distanceM(raw, q)));
    expect(moved).toBeGreaterThan(400);
    expect(moved).toBeLessThan(560);
    expectOnTruth(exported, 3);
  });

  it('offers both readings of a UTM 48N Shapefile with no .prj, with where each puts it, and adds only once one is chosen', async () => {
    const geometry = projectPolygon(TRUTH, definitionFromWgs84(definitionOf(32648)));
    const parts = await shapefileParts([{ type: 'Feature', properties: { code: 'U-1' }, geometry }]);
    await app.workbench.importFile(file('parcel-utm.zip', zipShapefile('parcel-utm', parts)));
    expect(await app.workbench.crsCandidateCount()).toBe(2);
    expect(await app.workbench.crsCandidatesText()).toMatch(/相差约 1,[23]\d\d 米/);
    expect(await app.workbench.crsCandidateText(1)).toContain('UTM zone 48N');
    await expect(app.workbench.isAddToMapDisabled()).resolves.toBe(true);
    await app.workbench.chooseCrsCandidate('epsg:32648');
    await app.workbench.waitForCrsChosen();
    expect(await app.workbench.detectedCrsText()).toContain('EPSG:32648');
    await app.workbench.addImportToMap();
    await app.workbench.showInTable('parcel-utm');
    expectOnTruth((await app.workbench.download('wb-export-geojson')).text, 1);
  });

  it('reads a Xian 1980 Gauss-Krüger .prj through the EPSG table the worker loads from the app itself', async () => {
    const geometry = projectPolygon(TRUTH, definitionFromWgs84(definitionOf(2380)));
    const parts = await shapefileParts([{ type: 'Feature', properties: { code: 'X-1' }, geometry }]);
    await app.workbench.importFile(file('parcel-xian80.zip', zipShapefile('parcel-xian80', { ...parts, prj: XIAN80_PRJ })));
    expect(await app.workbench.detectedCrsText()).toContain('Xian 1980 / 3-degree Gauss-Kruger CM 105E (EPSG:2380)');
    // A code the table does not hold: the review stays, with the reason.
    await app.workbench.applyEpsgCode('99999');
    expect(await app.workbench.rereadError()).toContain('epsg:99999');
    expect(await app.workbench.detectedCrsText()).toContain('EPSG:2380');
    await app.workbench.addImportToMap();
    await app.workbench.showInTable('parcel-xian80');
    expectOnTruth((await app.workbench.download('wb-export-geojson')).text, 1);
    expect(app.foreignRequests).toEqual([]);
  });

  it('does not add a file naming a system it cannot read until the user confirms one', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::99999' } },
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105.9, 29.35] } }],
    });
    await app.workbench.importFile(file('odd-crs.geojson', text));
    expect(await app.workbench.reviewTextContent()).toContain('urn:ogc:def:crs:EPSG::99999');
    await expect(app.workbench.isAddToMapDisabled()).resolves.toBe(true);
    await app.workbench.chooseCrs('wgs84');
    await app.workbench.waitForCrsChosen();
    await expect(app.workbench.isAddToMapDisabled()).resolves.toBe(false);
    await app.workbench.discardImport();
  });

  it('reads Chinese attributes of a .dbf that declares GBK only in its language-driver byte, with a live preview per encoding', async () => {
    const parts = await shapefileParts([{ type: 'Feature', properties: { x: 1 }, geometry: TRUTH }]);
    const dbf = dbfBytes(['NAME'], [[encode('简体中文地块', 'gbk')]], 0x4d);
    await app.workbench.importFile(file('gbk.zip', zipShapefile('gbk', { ...parts, dbf })));
    expect(await app.workbench.encodingText()).toContain('语言驱动');
    expect(await app.workbench.previewText()).toContain('简体中文地块');
    await app.workbench.chooseEncoding('big5');
    await app.workbench.waitForEncodingChosen();
    expect(await app.workbench.previewText()).not.toContain('简体中文地块');
    await app.workbench.discardImport();
  });

  it('reports a self-intersection, swapped coordinates and a null geometry by index, and loads the rest', async () => {
    await app.workbench.importFile(file('mixed.geojson', problemsGeoJson()));
    expect(await app.workbench.problemCount()).toBe(3);
    const listed = (await app.workbench.problems()).map(({ index, code, text }) => [index, code, text]);
    expect(listed.map(([index, code]) => [index, code])).toEqual([
      ['1', 'self-intersection'],
      ['2', 'swapped'],
      ['3', 'null-geometry'],
    ]);
    expect(listed[0]![2]).toContain('自相交地块');
    expect(listed[0]![2]).toContain('索引 1');
    expect(listed[1]![2]).toContain('经纬度顺序颠倒');
    expect(listed[2]![2]).toContain('无几何');
    expect(await app.workbench.reviewSummary()).toContain('2 个要素可以载入，3 个有问题');
    await app.workbench.addImportToMap();
    await expect(app.workbench.layerCountText('mixed')).resolves.toContain('2 个要素');
  });

  it('imports a KML file dropped onto the map', async () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>大安通用机场附近</name><Point><coordinates>105.98,29.36</coordinates></Point></Placemark></Document></kml>`;
    await app.workbench.dropFileOnMap('sites.kml', kml);
    expect(await app.workbench.detectedCrsText()).toContain('KML 规定为 WGS-84');
    expect(await app.workbench.reviewSummary()).toContain('全部 1 个要素');
    await app.workbench.discardImport();
    expect(await app.workbench.workLayerIds()).not.toContain('sites');
  });

  it('loads 100 000 points off the main thread while the page keeps answering', async () => {
    const big = file('many-points.geojson', manyPointsGeoJson(100_000));
    // Watch for a frame drawn, and clicks handled, while the import's progress is on screen.
    await app.workbench.startWatchingFramesAndClicks();
    await app.workbench.startImport(big);
    await app.workbench.waitForProgress();
    await app.workbench.workbenchTool('wb-measure-line');
    await app.workbench.waitForReview(60_000);
    const { drewFrame, clicks } = await app.workbench.framesAndClicks();
    // The page drew a frame and handled a click while the file was being read and checked.
    expect(drewFrame).toBe(true);
    expect(clicks).toEqual([true]);
    await expect(app.workbench.toolPressed('wb-measure-line')).resolves.toBe('true');
    await app.workbench.workbenchTool('wb-measure-line');
    expect(await app.workbench.reviewSummary()).toContain('100000');
    await app.workbench.addImportToMap();
    await expect(app.workbench.layerCountText('many-points')).resolves.toContain('100,000');
  });
});

describe('the workbench keeps work, measures and draws', () => {
  let app: AppDriver;
  // A square of about 1.5 km in the open country west of the old city.
  const corners: [number, number][] = [
    [105.8, 29.3],
    [105.815, 29.3],
    [105.815, 29.313],
    [105.8, 29.313],
  ];

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.workbench.open();
    await app.map.jumpTo(105.8075, 29.3065, 12.5);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('measures a distance and an area live, with undo of the last point and clear', async () => {
    await app.workbench.workbenchTool('wb-measure-line');
    await app.workbench.clickMapAt(...corners[0]!);
    await app.workbench.clickMapAt(...corners[1]!);
    await app.workbench.leaveMap(); // leave the map so the live point drops out
    const distance = await app.workbench.measuredDistanceText();
    // 0.015° of longitude at 29.3°N is about 1.457 km.
    expect(Number(distance.replace(/[^\d.]/g, ''))).toBeCloseTo(1.457, 1);
    await app.workbench.undoMeasurePoint();
    await expect(app.workbench.measuredPointsText()).resolves.toContain('1 个点');
    await app.workbench.clearMeasure();

    await app.workbench.workbenchTool('wb-measure-area');
    for (const corner of corners) await app.workbench.clickMapAt(...corner);
    await app.workbench.leaveMap();
    const areaText = await app.workbench.measuredAreaText();
    // About 1.457 km × 1.441 km = 2.10 km², i.e. about 3150 亩.
    const [km2, mu] = areaText.split('·').map((part) => Number(part.replace(/[^\d.]/g, '')));
    expect(km2).toBeCloseTo(2.1, 1);
    expect(mu! / 1500).toBeCloseTo(km2!, 1);
    await app.workbench.clearMeasure();
    await expect(app.workbench.toolPressed('wb-measure-area')).resolves.toBe('false');
  });

  it('draws a polygon on the map into My drawings', async () => {
    await app.workbench.workbenchTool('wb-draw-polygon');
    for (const corner of corners) await app.workbench.clickMapAt(...corner);
    await app.workbench.clickMapAt(...corners[0]!); // closing on the first point finishes the polygon
    await app.workbench.waitForLayer('drawings');
    await expect(app.workbench.layerCountText('drawings')).resolves.toContain('1 个要素');
    await expect(app.workbench.featureName()).resolves.toContain('我的绘制');
  });

  it('saves attribute edits, undoes and redoes them', async () => {
    await app.workbench.setAttribute('name', '西区地块');
    await app.workbench.saveAttributes();
    await expect(app.workbench.featureName()).resolves.toBe('西区地块');
    await app.workbench.undo();
    await expect(app.workbench.featureName()).resolves.not.toBe('西区地块');
    await app.workbench.redo();
    await expect(app.workbench.featureName()).resolves.toBe('西区地块');
  });

  it('leaves earlier work untouched when an import fails', async () => {
    await app.workbench.importFile(file('broken.geojson', '{"type": "FeatureCollection", "features": ['));
    const error = (await app.workbench.importError()) ?? '';
    expect(error).toContain('broken.geojson');
    expect(error).toContain('原有工作未改动');
    expect(await app.workbench.workLayerIds()).toEqual(['drawings']);
  });

  it('brings back an imported layer and a drawn polygon after a reload', async () => {
    await app.workbench.importFile(file('parcel-4544.geojson', polygon4544GeoJson()));
    await app.workbench.addImportToMap();
    await app.workbench.waitForSaved();
    await app.reload();
    await app.waitForMapIdle();
    // The saved layers are drawn on the map before the workbench tab is opened.
    await app.workbench.waitForWorkLayersOnMap(['drawings', 'parcel-4544']);
    await app.workbench.open();
    expect(await app.workbench.workLayerIds()).toEqual(['drawings', 'parcel-4544']);
    await app.workbench.showInTable('drawings');
    const drawn = JSON.parse((await app.workbench.download('wb-export-geojson')).text) as FeatureCollection<Polygon>;
    expect(drawn.features[0]?.properties?.['name']).toBe('西区地块');
    const ring = drawn.features[0]!.geometry.coordinates[0]!;
    for (const corner of corners) expect(Math.min(...ring.map((q) => distanceM(corner, q)))).toBeLessThan(30);
    await app.workbench.showInTable('parcel-4544');
    expectOnTruth((await app.workbench.download('wb-export-geojson')).text, 1);
  });

  it('checks an outline against the parks and township seats and exports the table', async () => {
    await app.workbench.check('parcel-4544');
    const text = (await app.workbench.firstCheckRowText()) ?? '';
    expect(text).toContain('凤凰湖产业园');
    expect(text).toContain('中山路街道');
    const km2 = Number((await app.workbench.firstCheckRowKm2()) ?? '');
    expect(Math.abs(km2 - area(TRUTH) / 1e6)).toBeLessThan(0.001);
    const csv = await app.workbench.download('wb-export-checks');
    expect(csv.name).toMatch(/checks\.csv$/);
    expect(csv.text).toContain('凤凰湖产业园');
  });

  it('shows any layer in a sortable, filterable table linked to the map selection', async () => {
    await app.workbench.showInTable('plan:townships');
    await expect(app.workbench.tableCountText()).resolves.toContain('23 / 23');
    await app.workbench.filterTable('松溉');
    await app.workbench.waitForRowCount(1);
    await app.workbench.chooseRow('only');
    expect(await app.layout.selectionInUrl()).toBe('township:500118107000');
    await expect(app.layout.tabAriaSelected('workbench')).resolves.toBe('true');
    await app.workbench.filterTable('');
    await app.workbench.sortBy('geonameId');
    await app.workbench.sortBy('geonameId'); // descending
    const ids = await app.workbench.rowIds();
    const expected = townships.features
      .map((f) => f.properties as { id: string; geonameId: number })
      .sort((a, b) => b.geonameId - a.geonameId)
      .map((p) => p.id);
    expect(ids).toEqual(expected);
    const csv = await app.workbench.download('wb-export-csv');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(24);
    const kml = await app.workbench.download('wb-export-kml');
    expect(kml.text.match(/<Placemark/g)).toHaveLength(23);
  });

  it('redraws a park outline and exports a geodata-ready parks.geojson', async () => {
    await app.workbench.copyParkOutline('sanjiao');
    // Drag one vertex of the copied outline about 400 m north.
    const vertex = sanjiaoShape.coordinates[0]![0]!;
    await app.map.jumpTo(vertex[0]!, vertex[1]!, 14);
    const from = await app.map.pagePointOfDrawn(vertex[0]!, vertex[1]!);
    const to = await app.map.pagePointOfDrawn(vertex[0]!, vertex[1]! + 0.0036);
    await app.workbench.drag(from, to);
    await app.workbench.finishEdit();
    await expect(app.workbench.linkedPark()).resolves.toBe('sanjiao');
    await expect(app.workbench.parkPrechecksText()).resolves.toContain('预检通过');
    await app.workbench.setParkSource('测试来源 2024', 'CC0');
    const parksFile = await app.workbench.download('wb-park-download');
    expect(parksFile.name).toBe('parks.geojson');
    const collection = JSON.parse(parksFile.text) as FeatureCollection;
    const sanjiao = collection.features.find((f) => f.id === 'sanjiao');
    expect(sanjiao?.properties?.['accuracy']).toBe('official-outline');
    expect(sanjiao?.properties?.['source']).toBe('测试来源 2024');
    expect(collection.features).toHaveLength(5);
    const ring = (sanjiao!.geometry as Polygon).coordinates[0]!;
    const moved: Position = [vertex[0]!, vertex[1]! + 0.0036];
    expect(Math.min(...ring.map((q) => distanceM(moved, q)))).toBeLessThan(40);
    expect(Math.min(...ring.map((q) => distanceM(vertex, q)))).toBeGreaterThan(100);
  });

  it('asks before clearing all work', async () => {
    await app.workbench.clearAll();
    expect(await app.workbench.workLayerIds()).toEqual(['drawings', 'parcel-4544']);
    await app.workbench.confirmClearAll();
    expect(await app.workbench.workLayerIds()).toEqual([]);
    await app.workbench.undo();
    expect(await app.workbench.workLayerIds()).toEqual(['drawings', 'parcel-4544']);
  });

  it('cancels a long import and keeps the earlier work', async () => {
    const big = file('cancel-me.geojson', manyPointsGeoJson(100_000));
    await app.workbench.startImport(big);
    await app.workbench.cancelImport();
    expect(await app.workbench.workLayerIds()).toEqual(['drawings', 'parcel-4544']);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('workbench screenshots', () => {
  for (const [label, options] of [
    ['desktop', { viewport: { width: 1366, height: 768 } }],
    ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
  ] as const) {
    it(`saves the workbench with an import under review and a checked layer (${label})`, async () => {
      const app = await AppDriver.open('', options);
      try {
        mkdirSync('.tmp/e2e-artifacts', { recursive: true });
        await app.workbench.open();
        await app.workbench.importFile(file('parcel-4544.geojson', polygon4544GeoJson()));
        await app.workbench.addImportToMap();
        await app.workbench.check('parcel-4544');
        await app.waitForMapIdle();
        await app.screenshot(`.tmp/e2e-artifacts/workbench-${label}-checked.png`);
        await app.workbench.importFile(file('mixed.geojson', problemsGeoJson()));
        await app.workbench.scrollTo('wb-review');
        await app.screenshot(`.tmp/e2e-artifacts/workbench-${label}-review.png`);
        await app.workbench.scrollTo('wb-table-section');
        await app.screenshot(`.tmp/e2e-artifacts/workbench-${label}-table.png`);
        await app.map.jumpTo(105.91, 29.37, 11);
        await app.workbench.workbenchTool('wb-measure-area');
        await app.workbench.scrollToTool('wb-measure-area');
        for (const [x, y] of [[105.88, 29.35], [105.94, 29.345], [105.945, 29.39], [105.885, 29.395]] as const) await app.workbench.clickMapAt(x, y);
        await app.waitForMapIdle();
        await app.screenshot(`.tmp/e2e-artifacts/workbench-${label}-measure.png`);
        expect(app.consoleErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
