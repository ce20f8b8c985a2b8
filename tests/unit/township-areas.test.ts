/**
 * The 23 township polygons (issue #12): valid, each holding its seat, tiling the district,
 * the parks inside the towns their sources name, the airport at its published point, and
 * townsOf/townAt on the real towns.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { area, booleanPointInPolygon, kinks, pointToPolygonDistance, polygon as turfPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeoData } from '../../src/data/geodata';
import { ALL_CHECKS, checkParksInTowns, tilingStats, type CheckInputs } from '../../scripts/data/checks';
import { sortRings } from '../../scripts/data/towns';
import { LAYER_FILES, PLAN_FILES, readAirport, type LayerName } from '../../scripts/data/sources';
import { ringSignedArea } from '../../src/geo/normalize';
import { sharePercents } from '../../src/format/townShares';
import { townAt, townsOf, type TownArea } from '../../src/geo/towns';

const root = resolve(import.meta.dirname, '..', '..');
const read = (rel: string): unknown => JSON.parse(readFileSync(join(root, rel), 'utf8')) as unknown;

type Props = Record<string, unknown> & { id: string; name: string };
const display = read(LAYER_FILES.townshipAreas) as FeatureCollection<Polygon | MultiPolygon, Props>;
const detail = read(LAYER_FILES.townshipAreasDetail) as FeatureCollection<Polygon | MultiPolygon, Props>;
const seats = read(LAYER_FILES.townships) as FeatureCollection<Point, Props>;
const district = (read(LAYER_FILES.district) as FeatureCollection<Polygon | MultiPolygon, Props>).features[0]!.geometry;
const parks = read(LAYER_FILES.parks) as FeatureCollection<Polygon | MultiPolygon, Props>;
const hubs = read(LAYER_FILES.hubs) as FeatureCollection<Point, Props>;
const placements = read(PLAN_FILES.placements) as { places: { id: string; namedTowns: string[] }[] };

const asTowns = (fc: FeatureCollection<Polygon | MultiPolygon, Props>): TownArea[] =>
  fc.features.map((f) => ({ type: 'Feature', properties: { id: f.properties.id }, geometry: f.geometry }));
const detailTowns = asTowns(detail);
const idOf = (name: string): string => {
  const f = detail.features.find((t) => t.properties.name === name);
  if (!f) throw new Error(`no town ${name}`);
  return f.properties.id;
};
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

describe('township areas', () => {
  for (const [label, fc] of [
    ['display', display],
    ['detail', detail],
  ] as const) {
    it(`${label}: 23 polygons, ids of the 23 seats, each without kinks and wound as RFC 7946 says`, () => {
      expect(fc.features).toHaveLength(23);
      expect(fc.features.map((f) => f.properties.id).sort()).toEqual(seats.features.map((f) => f.properties.id).sort());
      for (const f of fc.features) {
        for (const rings of polygonsOf(f.geometry)) {
          expect(kinks(turfPolygon(rings)).features, f.properties.name).toHaveLength(0);
          rings.forEach((ring, i) => expect(ringSignedArea(ring) > 0, `${f.properties.name} ring ${i}`).toBe(i === 0));
        }
      }
    });

    it(`${label}: each town holds its GeoNames seat (茶山竹海's within 100 m)`, () => {
      for (const seat of seats.features) {
        const town = fc.features.find((f) => f.properties.id === seat.properties.id)!;
        if (booleanPointInPolygon(seat.geometry, town.geometry)) continue;
        expect(seat.properties.name, 'only 茶山竹海 may lie outside').toBe('茶山竹海街道');
        expect(pointToPolygonDistance(seat.geometry, town.geometry, { units: 'meters' })).toBeLessThan(100);
      }
    });

    it(`${label}: gaps and overlaps inside the district under 0.5 km² in all`, () => {
      // display: against the stored district; detail: against the towns' own outer edge
      const { gapsKm2, overlapsKm2 } = tilingStats(asTowns(fc), label === 'display' ? district : undefined);
      expect(gapsKm2 + overlapsKm2).toBeLessThan(0.5);
    }, 60_000);
  }

  it('the towns add up to the district within 0.5%, display and detail alike', () => {
    const districtKm2 = area(district) / 1e6;
    for (const fc of [display, detail]) {
      const sum = fc.features.reduce((s, f) => s + area(f.geometry) / 1e6, 0);
      expect(Math.abs(sum - districtKm2) / districtKm2).toBeLessThan(0.005);
    }
    // and the derived areaKm2 is the detail polygon's area
    for (const f of detail.features) expect(Math.abs(area(f.geometry) / 1e6 - Number(f.properties['areaKm2']))).toBeLessThan(0.01);
  });

  it('clusters sit on their towns: 15 towns carry a plan 表4 cluster id and levels, 8 do not', () => {
    const withCluster = display.features.filter((f) => typeof f.properties['clusterId'] === 'string');
    expect(withCluster).toHaveLength(15);
    const qingfeng = display.features.find((f) => f.properties.name === '青峰镇')!;
    expect(qingfeng.properties).toMatchObject({ clusterId: 'cluster-qingfeng', agglomerationLevel: 'district', incubatorLevel: 'municipal' });
  });

  it('the display layer stays small (under 30 KB gzip) and the detail one is the full source', async () => {
    const { gzipSync } = await import('node:zlib');
    const text = readFileSync(join(root, LAYER_FILES.townshipAreas));
    expect(gzipSync(text).length).toBeLessThan(30_000);
    const vertices = (fc: typeof detail): number => fc.features.reduce((n, f) => n + polygonsOf(f.geometry).flat(2).length, 0);
    expect(vertices(detail)).toBeGreaterThan(5 * vertices(display));
  });
});

describe('rings sorted into outers and holes', () => {
  const square = (x: number, y: number, d: number): Position[] => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
  it('a ring inside a larger one is its hole; a separate ring is another part', () => {
    const out = sortRings([square(0.2, 0.2, 0.1), square(0, 0, 1), square(2, 0, 1)]);
    expect(out).toHaveLength(2);
    expect(out[0]).toHaveLength(2); // the big square with its hole
    expect(out[1]).toHaveLength(1);
  });
});

describe('parks inside the towns their sources name', () => {
  it('each park with named towns lies at least 90% inside them', () => {
    for (const park of parks.features) {
      const named = placements.places.find((p) => p.id === park.properties.id)!.namedTowns;
      if (named.length === 0) continue; // the eco-city: no source names a town
      const inside = townsOf(park.geometry, detailTowns)
        .filter((s) => named.includes(s.townId))
        .reduce((a, s) => a + s.share, 0);
      expect(inside, park.properties.name).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('凤凰湖 lies in both 大安 and 陈食, and the bonded zone inside it', () => {
    const shares = (id: string): Record<string, number> =>
      Object.fromEntries(townsOf(parks.features.find((f) => f.properties.id === id)!.geometry, detailTowns).map((s) => [s.townId, s.share]));
    const fh = shares('fenghuanghu');
    expect(fh[idOf('大安街道')]).toBeGreaterThan(0.25);
    expect(fh[idOf('陈食街道')]).toBeGreaterThan(0.25);
    expect((fh[idOf('中山路街道')] ?? 0)).toBeLessThan(0.1);
    const bz = shares('bonded-zone');
    expect((bz[idOf('大安街道')] ?? 0) + (bz[idOf('陈食街道')] ?? 0)).toBeGreaterThan(0.9);
  });

  it('data:check fails a park moved out of its named towns, naming the park', () => {
    const inputs: CheckInputs = { layers: {}, plan: {} };
    for (const layer of Object.keys(LAYER_FILES) as LayerName[]) inputs.layers[layer] = read(LAYER_FILES[layer]);
    for (const key of Object.keys(PLAN_FILES) as (keyof typeof PLAN_FILES)[]) inputs.plan[key] = read(PLAN_FILES[key]);
    expect(checkParksInTowns(inputs).ok).toBe(true);
    const moved = structuredClone(inputs);
    const fc = moved.layers.parks as typeof parks;
    const sanjiao = fc.features.find((f) => f.properties.id === 'sanjiao')!;
    // move 三教 about 10 km south, into 双石/中山路 country
    const shift = (g: Polygon | MultiPolygon): Polygon | MultiPolygon =>
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(([x, y]) => [x!, y! - 0.09])) }
        : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(([x, y]) => [x!, y! - 0.09]))) };
    sanjiao.geometry = shift(sanjiao.geometry);
    const r = checkParksInTowns(moved);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/\(sanjiao\): park 三教产业园 lies only \d+\.\d% inside its named towns 三教镇/);
    expect(ALL_CHECKS).toContain(checkParksInTowns); // so npm run data:check fails too
  }, 60_000);
});

describe('大安通用机场', () => {
  it('is the published point of airport-data-js@4.0.0 (YGA), classed published-point, inside 大安街道', async () => {
    // Read through the pipeline, which has airport-data-js in its own package (scripts/data).
    const yga = await readAirport();
    const hub = hubs.features.find((f) => f.properties.id === 'da-an-general-airport')!;
    expect(hub.geometry.coordinates).toEqual([yga.lon, yga.lat]);
    expect(hub.properties['accuracy']).toBe('published-point');
    expect(hub.properties['source']).toContain('airport-data-js@4.0.0');
    expect(townAt(hub.geometry.coordinates, detailTowns)).toBe(idOf('大安街道'));
    // the other hubs are not published points
    expect(hubs.features.filter((f) => f.properties['accuracy'] === 'published-point')).toHaveLength(1);
  });
});

describe('townsOf and townAt on the real towns', () => {
  let daan: string;
  let chenshi: string;
  beforeAll(() => {
    daan = idOf('大安街道');
    chenshi = idOf('陈食街道');
  });

  it('a polygon straddling 大安/陈食 is reported in both, shares adding to 100%', () => {
    // a 2 x 2 km square centred on a vertex of the 大安/陈食 boundary
    const a = detail.features.find((f) => f.properties.id === daan)!.geometry;
    const c = detail.features.find((f) => f.properties.id === chenshi)!.geometry;
    const cSet = new Set(polygonsOf(c).flat(2).map((p) => p.join(',')));
    const shared = polygonsOf(a).flat(2).filter((p) => cSet.has(p.join(',')));
    const [x, y] = shared[Math.floor(shared.length / 2)]!;
    const d = 0.01;
    const square: Polygon = { type: 'Polygon', coordinates: [[[x! - d, y! - d], [x! + d, y! - d], [x! + d, y! + d], [x! - d, y! + d], [x! - d, y! - d]]] };
    const shares = townsOf(square, detailTowns);
    const ids = shares.map((s) => s.townId);
    expect(ids).toContain(daan);
    expect(ids).toContain(chenshi);
    expect(shares.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 6);
    expect(sharePercents(shares).reduce((s, t) => s + t.percent, 0)).toBe(100);
  });

  it('points and lines', () => {
    const seat = seats.features.find((f) => f.properties.name === '青峰镇')!;
    expect(townAt(seat.geometry.coordinates, detailTowns)).toBe(seat.properties.id);
    expect(townAt({ lng: seat.geometry.coordinates[0]!, lat: seat.geometry.coordinates[1]! }, detailTowns)).toBe(seat.properties.id);
    expect(townAt([106.6, 29.7], detailTowns)).toBeNull();
    expect(townsOf(seat.geometry, detailTowns)).toEqual([{ townId: seat.properties.id, share: 1 }]);
    // a line from the 大安 seat to the 陈食 seat runs through both
    const s1 = seats.features.find((f) => f.properties.id === daan)!.geometry.coordinates;
    const s2 = seats.features.find((f) => f.properties.id === chenshi)!.geometry.coordinates;
    const line = townsOf({ type: 'LineString', coordinates: [s1, s2] }, detailTowns);
    expect(line.map((s) => s.townId)).toEqual(expect.arrayContaining([daan, chenshi]));
    expect(line.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 6);
  });

  it('sharePercents rounds to whole percentages that keep the total', () => {
    expect(sharePercents([{ townId: 'a', share: 0.625 }, { townId: 'b', share: 0.375 }])).toEqual([
      { townId: 'a', percent: 63 },
      { townId: 'b', percent: 37 },
    ]);
    expect(sharePercents([{ townId: 'a', share: 1 / 3 }, { townId: 'b', share: 1 / 3 }, { townId: 'c', share: 1 / 3 }]).reduce((s, x) => s + x.percent, 0)).toBe(100);
  });
});

describe('search finds every town', () => {
  it('each of the 23 towns is found by its Chinese and its English name, as a township', async () => {
    const { buildPlanSearchIndex } = await import('../../src/search/planEntries');
    const { rankEntries } = await import('../../src/search/rank');
    const index = buildPlanSearchIndex({ townships: seats, hubs } as unknown as Pick<GeoData, 'townships' | 'hubs'>);
    for (const town of display.features) {
      for (const query of [town.properties.name, String(town.properties['nameEn'])]) {
        const hits = rankEntries(index, query).filter((r) => r.entry.kind === 'township').map((r) => r.entry.id);
        expect(hits, query).toContain(town.properties.id);
      }
    }
  });
});

describe('the towns column of the attribute table and exports', () => {
  it('withTowns adds a towns text to each feature and keeps a feature’s own towns property', async () => {
    const { withTowns, toCsvText } = await import('../../src/workbench/exportFormats');
    const { exportCrs } = await import('../../src/workbench/exportCrs');
    const seat = seats.features.find((f) => f.properties.name === '青峰镇')!;
    const features = [
      { type: 'Feature' as const, id: 'a', properties: { name: 'at the seat' }, geometry: seat.geometry },
      { type: 'Feature' as const, id: 'b', properties: { towns: 'mine' }, geometry: seat.geometry },
    ];
    const out = withTowns(features, asTowns(display), (shares) => shares.map((s) => `${s.townId} ${Math.round(s.share * 100)}%`).join(', '));
    expect(out[0]!.properties['towns']).toBe(`${seat.properties.id} 100%`);
    expect(out[1]!.properties['towns']).toBe('mine');
    expect(features[0]!.properties).not.toHaveProperty('towns'); // the input is not changed
    expect(toCsvText(out, exportCrs('wgs84')!)).toContain(`${seat.properties.id} 100%`);
  });
});
