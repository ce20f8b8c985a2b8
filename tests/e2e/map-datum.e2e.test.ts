import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kmBetween } from '../../src/distance/distances';
import { wgs84ToGcj02 } from '../../src/geo/gcj';
import { AppDriver } from './support/driver';
import { distanceM } from '../support/workbenchFixtures';

const hubs = JSON.parse(readFileSync('geodata/hubs.geojson', 'utf8')) as FeatureCollection<Point, { id: string }>;
const hubAt = (id: string): Position => hubs.features.find((f) => f.properties.id === id)!.geometry.coordinates;
const STATION = 'yongchuan-east-station';
const AIRPORT = 'da-an-general-airport';
const file = (name: string, text: string) => ({ name, buffer: Buffer.from(text) });

describe('under the AMap basemap (GCJ-02) everything the planner touches stays WGS-84', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.basemap.serveBlankTiles();
    await app.basemap.choose('amap');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('draws an imported WGS-84 point at 永川东站 on the station’s symbol', async () => {
    const [lon, lat] = hubAt(STATION) as [number, number];
    await app.workbench.open();
    const point = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'station' }, geometry: { type: 'Point', coordinates: [lon, lat] } }] };
    await app.workbench.importFile(file('station.geojson', JSON.stringify(point)));
    await app.workbench.addImportToMap();
    await app.map.jumpToWgs84(lon, lat, 13);
    const hub = await app.map.symbolOnPage('hubs-point', 'id', STATION);
    const mine = await app.map.symbolOnPage('work-circle', 'name', 'station');
    expect(hub).not.toBeNull();
    expect(mine).not.toBeNull();
    expect(Math.hypot(hub!.x - mine!.x, hub!.y - mine!.y)).toBeLessThan(3);
  });

  it('exports a point drawn on the station’s symbol at the station’s WGS-84 position', async () => {
    const hub = await app.map.symbolOnPage('hubs-point', 'id', STATION);
    await app.workbench.workbenchTool('wb-draw-point');
    await app.layout.clickPage(hub!);
    await app.workbench.waitForWorkLayersOnMap(['drawings']);
    await app.workbench.showInTable('drawings');
    const drawn = JSON.parse((await app.workbench.download('wb-export-geojson')).text) as FeatureCollection<Point>;
    expect(distanceM(drawn.features[0]!.geometry.coordinates, hubAt(STATION))).toBeLessThan(20);
  });

  it('measures between two hubs’ symbols their WGS-84 distance', async () => {
    const [sLon, sLat] = hubAt(STATION) as [number, number];
    const [aLon, aLat] = hubAt(AIRPORT) as [number, number];
    await app.map.jumpToWgs84((sLon + aLon) / 2, (sLat + aLat) / 2, 11);
    const from = await app.map.symbolOnPage('hubs-point', 'id', STATION);
    const to = await app.map.symbolOnPage('hubs-point', 'id', AIRPORT);
    await app.workbench.workbenchTool('wb-measure-line');
    await app.layout.clickPage(from!);
    await app.layout.clickPage(to!);
    const measured = Number((await app.workbench.measuredDistanceText()).replace(/[^0-9.]/g, ''));
    const truth = kmBetween(hubAt(STATION), hubAt(AIRPORT));
    expect(Math.abs(measured - truth) / truth).toBeLessThan(0.01);
    await app.workbench.workbenchTool('wb-measure-line');
  });

  it('frames the 港桥 fact sheet’s map on the park as drawn', async () => {
    const moves = await app.map.recordCameraMoves();
    await app.export.printSheet({ park: 'gangqiao' });
    const parks = JSON.parse(readFileSync('geodata/parks.geojson', 'utf8')) as FeatureCollection;
    const park = parks.features.find((f) => f.properties?.['id'] === 'gangqiao')!;
    const ring = (park.geometry as GeoJSON.Polygon).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    const centreWgs: Position = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
    const framed = (await moves())[0]!;
    // The camera is centred on the park where AMap draws it (GCJ-02), not ~450 m off.
    expect(distanceM(framed.center, wgs84ToGcj02(centreWgs))).toBeLessThan(60);
    expect(distanceM(framed.center, centreWgs)).toBeGreaterThan(300);
  });
});

describe('during the tour the user’s selection stays one state', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('select 凤凰湖, step on: the map’s highlight, the link and the list agree', async () => {
    await app.tour.start();
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'fenghuanghu');
    await app.tour.focusCard();
    await app.press('ArrowRight');
    await app.press('ArrowRight');
    expect(await app.tour.step()).toBe('wings');
    await app.waitForMapIdle();
    expect(await app.layout.selectionInUrl()).toBe('park:fenghuanghu');
    expect(await app.layout.listEntryOpen('park', 'fenghuanghu')).toBe(true);
    expect(await app.layout.selectedFeatureState('parks', 'fenghuanghu')).toBe(true);
    expect(await app.layout.selectedFeatureState('parks', 'gangqiao')).toBe(false);
    // The tour shows its own step with its own highlight.
    expect(await app.tour.featureState('parks', 'gangqiao')).toBe(true);
    expect(await app.tour.featureState('parks', 'fenghuanghu')).toBe(false);
  });
});
