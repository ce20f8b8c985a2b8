import { booleanPointInPolygon, distance, point } from '@turf/turf';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

const towns = JSON.parse(readFileSync('geodata/township-areas.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { id: string; name: string }>;
const symbols = ['clusters', 'townships', 'hubs', 'subparks'].flatMap(
  (name) => (JSON.parse(readFileSync(`geodata/${name}.geojson`, 'utf8')) as FeatureCollection).features,
);
const parks = JSON.parse(readFileSync('geodata/parks.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const clusters = JSON.parse(readFileSync('geodata/plan/clusters.json', 'utf8')) as { id: string; directionsText: string }[];

/** A point inside the town, at least `km` from every point symbol and outside every park. */
function clearPointIn(townName: string, km: number): Position {
  const town = towns.features.find((f) => f.properties.name === townName)!;
  const ring = (town.geometry.type === 'Polygon' ? town.geometry.coordinates[0] : town.geometry.coordinates[0]![0])!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const points = symbols.filter((f) => f.geometry.type === 'Point').map((f) => (f.geometry as Point).coordinates);
  let best: { at: Position; clear: number } | null = null;
  for (let x = Math.min(...xs); x <= Math.max(...xs); x += 0.004) {
    for (let y = Math.min(...ys); y <= Math.max(...ys); y += 0.004) {
      if (!booleanPointInPolygon(point([x, y]), town) || parks.features.some((p) => booleanPointInPolygon(point([x, y]), p))) continue;
      const clear = Math.min(...points.map((p) => distance(point([x, y]), point(p))));
      if (!best || clear > best.clear) best = { at: [x, y], clear };
    }
  }
  if (!best || best.clear < km) throw new Error(`no point in ${townName} ${km} km clear of symbols`);
  return best.at;
}

describe('the 23 镇街 on the map', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open('?lang=zh');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('draws every township’s area and names them under the layout', async () => {
    expect(new Set(await app.map.renderedFeatureIds('township-areas-fill')).size).toBe(23);
    expect((await app.map.renderedFeatureIds('townships-label')).length).toBeGreaterThan(15);
    await app.screenshot('docs/screenshot-towns-desktop.png');
  });

  it('answers which 镇街 a click anywhere in the district is: inside 青峰镇, away from any symbol, opens 青峰镇 with its cluster', async () => {
    const [lon, lat] = clearPointIn('青峰镇', 1) as [number, number];
    await app.map.jumpToWgs84(lon, lat, 12);
    await app.layout.clickPage(await app.map.pagePointOf(lon, lat));
    await app.waitForMapIdle();
    const qingfeng = towns.features.find((f) => f.properties.name === '青峰镇')!.properties.id;
    expect(await app.layout.selectionInUrl()).toBe(`township:${qingfeng}`);
    const detail = (await app.layout.detailText('township', qingfeng)) ?? '';
    expect(detail).toContain('青峰镇');
    // The plan's 表4 levels (区级 agglomeration, 市级 incubator) and its industry directions.
    expect(detail).toContain('区级');
    expect(detail).toContain('市级');
    expect(detail).toContain(clusters.find((c) => c.id === 'cluster-qingfeng')!.directionsText);
    expect(await app.layout.selectedFeatureState('township-areas', qingfeng)).toBe(true);
  });

  it('made no request outside its origin and logged no console error', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('the 镇街 on a phone', () => {
  it('shows town boundaries and names under the layout at 390×844', async () => {
    const phone = await AppDriver.open('?lang=zh', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      expect(new Set(await phone.map.renderedFeatureIds('township-areas-fill')).size).toBe(23);
      await phone.screenshot('docs/screenshot-towns-phone.png');
    } finally {
      await phone.close();
    }
  });
});
