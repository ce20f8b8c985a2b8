/**
 * The committed geodata is exactly what the build produces, and its key numbers hold.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLayers, type BuildOutput } from '../../scripts/data/pipeline';
import { LAYER_FILES, readInputs, type BuildInputs } from '../../scripts/data/sources';

const root = resolve(import.meta.dirname, '..', '..');
const read = (rel: string): string => readFileSync(join(root, rel), 'utf8');
const parse = <G extends Polygon | MultiPolygon | Point>(rel: string): FeatureCollection<G, Record<string, unknown>> =>
  JSON.parse(read(rel)) as FeatureCollection<G, Record<string, unknown>>;

let inputs: BuildInputs;
let built: BuildOutput;

beforeAll(async () => {
  inputs = await readInputs(root);
  built = await buildLayers(inputs);
}, 60_000);

describe('geodata build', () => {
  it('committed files equal a fresh build, byte for byte', () => {
    for (const file of Object.values(LAYER_FILES)) {
      expect(built.files[file], `${file} is stale: run npm run data:build`).toBe(read(file));
    }
  });

  it('is deterministic', async () => {
    expect((await buildLayers(inputs)).files).toEqual(built.files);
  });

  it('district: 500118, one ring (the towns leave no hole), area within 1% of 1580 km²', () => {
    const district = parse<Polygon>(LAYER_FILES.district).features[0];
    expect(district?.properties['id']).toBe('500118');
    expect(district?.geometry.type).toBe('Polygon');
    expect(district?.geometry.coordinates).toHaveLength(1);
    expect(built.summary.districtVertices).toBeGreaterThan(300);
    const km2 = area(district?.geometry ?? { type: 'Polygon', coordinates: [] }) / 1e6;
    expect(Math.abs(km2 - 1580) / 1580).toBeLessThan(0.01);
  });

  it('all 23 township seats lie inside the boundary', () => {
    const district = parse<Polygon>(LAYER_FILES.district).features[0];
    const seats = parse<Point>(LAYER_FILES.townships).features;
    expect(seats).toHaveLength(23);
    for (const s of seats) {
      expect(booleanPointInPolygon(s.geometry, district?.geometry ?? { type: 'Polygon', coordinates: [] }), String(s.properties['name'])).toBe(true);
    }
  });

  it('each schematic polygon is within 2% of its named figure', () => {
    const figures: Record<string, number> = {
      fenghuanghu: 34.66,
      gangqiao: 12.23,
      sanjiao: 5.81,
      'eco-city': 7.3,
      'bonded-zone': 1.11,
      'fenghuanghu-new-materials': 5,
    };
    const shapes = [...parse<Polygon>(LAYER_FILES.parks).features, ...parse<Polygon | Point>(LAYER_FILES.subparks).features];
    for (const [id, km2] of Object.entries(figures)) {
      const f = shapes.find((s) => s.properties['id'] === id);
      expect(f?.properties['accuracy'], id).toBe('schematic');
      expect(f?.properties['sizedToKm2'], id).toBe(km2);
      const g = f?.geometry;
      if (!g || g.type === 'Point') throw new Error(`${id} is not a polygon`);
      expect(Math.abs(area(g) / 1e6 - km2) / km2, id).toBeLessThan(0.02);
    }
  });

  it('keeps a park outline a planner marked official-outline', async () => {
    const parks = JSON.parse(built.files[LAYER_FILES.parks]) as FeatureCollection<Polygon, Record<string, unknown>>;
    const sanjiao = parks.features.find((f) => f.properties['id'] === 'sanjiao');
    if (!sanjiao) throw new Error('no sanjiao');
    const official = {
      ...sanjiao,
      properties: { ...sanjiao.properties, accuracy: 'official-outline', source: 'test outline', licence: 'test' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [[[105.86, 29.48], [105.875, 29.48], [105.875, 29.495], [105.86, 29.495], [105.86, 29.48]]],
      },
    };
    parks.features = parks.features.map((f) => (f === sanjiao ? official : f));
    const rebuilt = await buildLayers({ ...inputs, existing: { ...inputs.existing, parks: JSON.stringify(parks) } });
    const out = JSON.parse(rebuilt.files[LAYER_FILES.parks]) as FeatureCollection<Polygon, Record<string, unknown>>;
    const kept = out.features.find((f) => f.properties['id'] === 'sanjiao');
    expect(kept?.properties['accuracy']).toBe('official-outline');
    expect(kept?.properties['source']).toBe('test outline');
    expect(kept?.geometry).toEqual(official.geometry);
    expect(rebuilt.summary.kept).toEqual(['sanjiao']);
    // the other parks are regenerated unchanged
    expect(out.features.filter((f) => f.properties['id'] !== 'sanjiao')).toEqual(
      parks.features.filter((f) => f.properties['id'] !== 'sanjiao'),
    );
  });
});
