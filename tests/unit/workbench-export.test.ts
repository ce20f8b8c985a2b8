import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { bbox } from '@turf/turf';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { keptFeatures } from '../../scripts/data/kept';
import { runChecks, type CheckInputs } from '../../scripts/data/checks';
import { LAYER_FILES, PLAN_FILES, type LayerName } from '../../scripts/data/sources';
import { parks as planParks } from '../../src/data/plan';
import type { ParkShapeProps, TownshipProps } from '../../src/data/types';
import { offsetKm, superellipse } from '../../src/geo/shapes';
import { checkPolygon, planFigureKm2 } from '../../src/workbench/checks';
import { toCsvText, toGeoJsonText, toKmlText, toWkt } from '../../src/workbench/exportFormats';
import { exportCrs } from '../../src/workbench/exportCrs';
import { lineLengthKm, m2ToMu, ringAreaM2 } from '../../src/workbench/measure';
import { parkFileText } from '../../src/workbench/parkFile';
import type { WorkFeature } from '../../src/workbench/types';
import { TRUTH } from '../support/workbenchFixtures';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const parks = read(LAYER_FILES.parks) as FeatureCollection<Polygon | MultiPolygon, ParkShapeProps>;
const townships = read(LAYER_FILES.townships) as FeatureCollection<Point, TownshipProps>;

const features: WorkFeature[] = [
  { type: 'Feature', id: 'f0', properties: { name: '地块, "甲"', code: 7 }, geometry: TRUTH },
  { type: 'Feature', id: 'f1', properties: { name: 'P' }, geometry: { type: 'Point', coordinates: [105.9000004, 29.35] } },
  {
    type: 'Feature',
    id: 'f2',
    properties: {},
    geometry: { type: 'LineString', coordinates: [[105.9, 29.3], [105.95, 29.31]] },
  },
];

describe('measuring', () => {
  it('gives geodesic lengths and areas, with 亩 at 666.67 m²', () => {
    // One degree of latitude is about 110.9 km at 29°N.
    expect(lineLengthKm([[105.9, 29], [105.9, 30]])).toBeCloseTo(111.2, 0);
    expect(lineLengthKm([[105.9, 29]])).toBe(0);
    expect(ringAreaM2([[105.9, 29.3], [105.91, 29.3]])).toBe(0);
    const square = [offsetKm({ lon: 105.9, lat: 29.3 }, 0, 0), offsetKm({ lon: 105.9, lat: 29.3 }, 1, 0), offsetKm({ lon: 105.9, lat: 29.3 }, 1, 1), offsetKm({ lon: 105.9, lat: 29.3 }, 0, 1)];
    expect(ringAreaM2(square) / 1e6).toBeCloseTo(1, 2);
    expect(m2ToMu(666.67)).toBeCloseTo(1, 4);
    expect(m2ToMu(1e6)).toBeCloseTo(1500, 6);
  });
});

describe('exporting a layer', () => {
  it('writes RFC 7946 GeoJSON: 8 decimals (about 1 mm), counter-clockwise exteriors, no crs', () => {
    const clockwise: WorkFeature = { ...features[0]!, geometry: { type: 'Polygon', coordinates: [[...TRUTH.coordinates[0]!].reverse()] } };
    const out = JSON.parse(toGeoJsonText([clockwise, features[1]!])) as FeatureCollection;
    expect(out).not.toHaveProperty('crs');
    expect(out.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [105.9000004, 29.35] });
    expect(out.features[0]?.geometry).toEqual(TRUTH); // TRUTH is counter-clockwise
    expect(out.features[0]?.id).toBe('f0');
  });

  it('writes CSV that reads back with the attributes, WKT and point coordinates', () => {
    const text = toCsvText(features, exportCrs('wgs84')!);
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    expect(rows[0]?.['name']).toBe('地块, "甲"');
    expect(rows[0]?.['wkt']).toMatch(/^POLYGON \(\(105\.885 29\.34, /);
    expect(rows[1]?.['lon']).toBe('105.9000004');
    expect(rows[2]?.['wkt']).toBe('LINESTRING (105.9 29.3, 105.95 29.31)');
    expect(toWkt({ type: 'MultiPoint', coordinates: [[1, 2]] })).toBe('MULTIPOINT ((1 2))');
  });

  it('writes KML that a KML reader turns back into the same features', () => {
    const text = toKmlText(features, '图层 <1>', (f) => String(f.properties['name'] ?? f.id));
    const back = kmlToGeoJson(new DOMParser().parseFromString(text, 'text/xml') as unknown as Parameters<typeof kmlToGeoJson>[0]);
    expect(back.features).toHaveLength(3);
    expect(back.features[0]?.properties?.['name']).toBe('地块, "甲"');
    expect(back.features[0]?.geometry).toEqual(TRUTH);
    expect(back.features[2]?.geometry).toEqual(features[2]!.geometry);
  });
});

describe('checking a polygon against the layout', () => {
  const context = { parks, townships, plan: planParks, origin: { lon: 105.9, lat: 29.35 } };

  it('finds the seat inside, the overlap with 凤凰湖 and the distance to the nearest park', () => {
    const row = checkPolygon(features[0]!, 'L', undefined, context)!;
    expect(row.featureName).toBe('地块, "甲"');
    expect(row.seats).toContain('500118001000'); // 中山路街道
    // A square across the western edge of the 凤凰湖 shape overlaps it in part.
    const fenghuanghu = parks.features.find((f) => f.properties.id === 'fenghuanghu')!;
    const [w, s, , n] = bbox(fenghuanghu.geometry);
    const y = (s + n) / 2;
    const square: Polygon = { type: 'Polygon', coordinates: [[[w - 0.01, y - 0.01], [w + 0.01, y - 0.01], [w + 0.01, y + 0.01], [w - 0.01, y + 0.01], [w - 0.01, y - 0.01]]] };
    const edge = checkPolygon({ ...features[0]!, geometry: square }, 'L', undefined, context)!;
    expect(edge.overlaps.map((o) => o.parkId)).toEqual(['fenghuanghu']);
    expect(edge.overlaps[0]!.share).toBeGreaterThan(0);
    expect(edge.overlaps[0]!.share).toBeLessThan(1);
    expect(edge.nearestPark).toEqual({ parkId: 'fenghuanghu', km: 0 });
    const far = checkPolygon({ ...features[0]!, geometry: { type: 'Polygon', coordinates: [[[105.7, 29.2], [105.71, 29.2], [105.71, 29.21], [105.7, 29.2]]] } }, 'L', undefined, context)!;
    expect(far.overlaps).toEqual([]);
    expect(far.nearestPark!.km).toBeGreaterThan(1);
    expect(row.areaMu).toBeCloseTo((row.areaKm2 * 1e6) / (10000 / 15), 6);
    expect(row.replacement).toBeNull();
  });

  it('compares an outline meant to replace a park with the plan figure and the schematic shape', () => {
    const gangqiao = parks.features.find((f) => f.properties.id === 'gangqiao')!;
    const row = checkPolygon({ type: 'Feature', id: 'g', properties: {}, geometry: gangqiao.geometry }, 'L', 'gangqiao', context)!;
    expect(planFigureKm2(planParks, 'gangqiao')).toBe(12.23);
    expect(row.replacement?.planKm2).toBe(12.23);
    expect(Math.abs(row.replacement!.diffShare)).toBeLessThan(0.001);
    expect(row.replacement?.overlapShareOfSchematic).toBeCloseTo(1, 3);
    expect(row.overlaps.map((o) => o.parkId)).toEqual(['gangqiao']);
    expect(row.nearestPark).toEqual({ parkId: 'gangqiao', km: 0 });
  });
});

describe('the geodata-ready park file', () => {
  function inputsWith(parksText: string): CheckInputs {
    const inputs: CheckInputs = { layers: {}, plan: {} };
    for (const layer of Object.keys(LAYER_FILES) as LayerName[]) inputs.layers[layer] = read(LAYER_FILES[layer]);
    for (const key of Object.keys(PLAN_FILES) as (keyof typeof PLAN_FILES)[]) inputs.plan[key] = read(PLAN_FILES[key]);
    inputs.layers.parks = JSON.parse(parksText);
    return inputs;
  }

  // A different outline for 三教产业园: an ellipse around the 三教 seat, well inside the district.
  const sanjiao = parks.features.find((f) => f.properties.id === 'sanjiao')!;
  const ring = sanjiao.geometry.type === 'Polygon' ? sanjiao.geometry.coordinates[0]! : [];
  const centre = {
    lon: ring.reduce((s, p) => s + (p[0] ?? 0), 0) / ring.length,
    lat: ring.reduce((s, p) => s + (p[1] ?? 0), 0) / ring.length,
  };
  const outline = superellipse({ centre, semiMajorKm: 1.6, semiMinorKm: 1.1, exponent: 2.5, rotationDeg: 20 });
  const meta = {
    accuracy: 'official-outline' as const,
    source: '永川区规划和自然资源局, 三教产业园控制性详细规划 (2021)',
    licence: 'used with permission',
    placedBy: 'Official outline imported in the planners’ workbench.',
  };

  it('passes every check of npm run data:check', () => {
    const text = parkFileText(parks, 'sanjiao', outline, meta);
    const failed = runChecks(inputsWith(text)).filter((r) => !r.ok);
    expect(failed).toEqual([]);
  }, 60_000);

  it('keeps the project format and is kept by the build as an official outline', () => {
    const text = parkFileText(parks, 'sanjiao', outline, meta);
    const committed = readFileSync(LAYER_FILES.parks, 'utf8');
    const lines = text.split('\n');
    const before = committed.split('\n');
    expect(lines).toHaveLength(before.length);
    const changed = lines.filter((line, i) => line !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^ {4}\{"type":"Feature","id":"sanjiao","properties":\{"id":"sanjiao","name":"三教产业园"/);
    const kept = keptFeatures(text, LAYER_FILES.parks);
    expect([...kept.keys()]).toEqual(['sanjiao']);
    expect(kept.get('sanjiao')?.properties['sizedToKm2']).toBe(5.81);
  });

  it('refuses a park that is not in the file', () => {
    expect(() => parkFileText(parks, 'nope' as 'sanjiao', outline, meta)).toThrow(/no park nope/);
  });
});
