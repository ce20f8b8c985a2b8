/**
 * data:check rejects broken data with messages naming the file, the feature and the
 * property or fault.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkJoins,
  checkKinks,
  checkPointsInDistrict,
  checkProperties,
  checkUniqueIds,
  checkWinding,
  runChecks,
  type CheckInputs,
  type CheckResult,
} from '../../scripts/data/checks';
import { isRecord, type JsonRecord } from '../../scripts/data/json';
import { LAYER_FILES, PLAN_FILES, type LayerName } from '../../scripts/data/sources';

const root = resolve(import.meta.dirname, '..', '..');
const load = (rel: string): unknown => JSON.parse(readFileSync(join(root, rel), 'utf8')) as unknown;

let clean: CheckInputs;

beforeAll(() => {
  clean = { layers: {}, plan: {} };
  for (const layer of Object.keys(LAYER_FILES) as LayerName[]) clean.layers[layer] = load(LAYER_FILES[layer]);
  for (const key of Object.keys(PLAN_FILES) as (keyof typeof PLAN_FILES)[]) clean.plan[key] = load(PLAN_FILES[key]);
});

/** A deep copy of the clean inputs to corrupt. */
function copy(): CheckInputs {
  return structuredClone(clean);
}

function feature(inputs: CheckInputs, layer: LayerName, id: string): JsonRecord {
  const data = inputs.layers[layer];
  const features = isRecord(data) && Array.isArray(data['features']) ? data['features'] : [];
  const f: unknown = features.find((x: unknown) => isRecord(x) && isRecord(x['properties']) && x['properties']['id'] === id);
  if (!isRecord(f)) throw new Error(`no ${id} in ${layer}`);
  return f;
}

function props(f: JsonRecord): JsonRecord {
  const p = f['properties'];
  if (!isRecord(p)) throw new Error('no properties');
  return p;
}

function problems(r: CheckResult): string {
  expect(r.ok).toBe(false);
  return r.problems.join('\n');
}

describe('data:check on the committed data', () => {
  it('passes every check', () => {
    const failed = runChecks(clean).filter((r) => !r.ok);
    expect(failed).toEqual([]);
  }, 60_000); // the township tiling checks union 23 detailed polygons
});

describe('data:check rejects corrupted fixtures', () => {
  it('a missing property', () => {
    const inputs = copy();
    delete props(feature(inputs, 'parks', 'gangqiao'))['nameEn'];
    expect(problems(checkProperties(inputs))).toContain("geodata/parks.geojson feature #2 (gangqiao): property 'nameEn' missing");
  });

  it('a Chinese placement note that does not match the English sentence for sentence', () => {
    const inputs = copy();
    props(feature(inputs, 'hubs', 'zhutuo-port'))['placedByZh'] = ['只有一句。'];
    expect(problems(checkProperties(inputs))).toMatch(/\(zhutuo-port\): 'placedByZh' must translate 'placedBy' sentence for sentence/);
  });

  it('every placement note of the committed layers has its Chinese', () => {
    for (const layer of ['parks', 'subparks', 'clusters', 'hubs'] as const) {
      const collection = clean.layers[layer] as { features: { properties: { id: string; placedBy?: string[]; placedByZh?: string[] } }[] };
      for (const { properties } of collection.features) {
        if (!properties.placedBy) continue;
        expect(properties.placedByZh?.length, `${layer} ${properties.id}`).toBe(properties.placedBy.length);
      }
    }
  });

  it('a self-intersecting polygon', () => {
    const inputs = copy();
    feature(inputs, 'parks', 'sanjiao')['geometry'] = {
      type: 'Polygon',
      coordinates: [[[105.86, 29.48], [105.87, 29.49], [105.87, 29.48], [105.86, 29.49], [105.86, 29.48]]],
    };
    expect(problems(checkKinks(inputs))).toMatch(
      /^geodata\/parks\.geojson feature #3 \(sanjiao\): geometry polygon 0 self-intersects at \[105\.865, 29\.485\]/m,
    );
  });

  it('a clockwise exterior ring', () => {
    const inputs = copy();
    const f = feature(inputs, 'parks', 'eco-city');
    const g = f['geometry'];
    if (!isRecord(g) || !Array.isArray(g['coordinates'])) throw new Error('bad geometry');
    const [ring] = g['coordinates'] as unknown[][];
    g['coordinates'] = [[...(ring ?? [])].reverse()];
    expect(problems(checkWinding(inputs))).toContain(
      'geodata/parks.geojson feature #0 (eco-city): geometry polygon 0 exterior ring is clockwise',
    );
  });

  it('a point outside the district', () => {
    const inputs = copy();
    feature(inputs, 'townships', '500118118000')['geometry'] = { type: 'Point', coordinates: [105.5, 29.0] };
    expect(problems(checkPointsInDistrict(inputs))).toContain(
      'geodata/townships.geojson feature #22 (500118118000): geometry point [105.5, 29] lies outside the district',
    );
  });

  it('an off-map hub inside the district', () => {
    const inputs = copy();
    feature(inputs, 'hubs', 'ckg-airport')['geometry'] = { type: 'Point', coordinates: [105.9, 29.35] };
    expect(problems(checkPointsInDistrict(inputs))).toContain(
      "geodata/hubs.geojson feature #4 (ckg-airport): property 'offMap' is true but the point lies inside the district",
    );
  });

  it('a duplicate id, within and across layers', () => {
    const inputs = copy();
    const hub = feature(inputs, 'hubs', 'zhutuo-port');
    props(hub)['id'] = 'fenghuanghu';
    hub['id'] = 'fenghuanghu';
    const text = problems(checkUniqueIds(inputs));
    expect(text).toContain(
      "geodata/hubs.geojson feature #2 (fenghuanghu): property 'id' duplicates geodata/parks.geojson feature #1 (fenghuanghu)",
    );
    const inputs2 = copy();
    const seat = feature(inputs2, 'townships', '500118002000');
    props(seat)['id'] = '500118001000';
    expect(problems(checkUniqueIds(inputs2))).toContain(
      "geodata/townships.geojson feature #1 (500118001000): property 'id' duplicates geodata/townships.geojson feature #0 (500118001000)",
    );
  });

  it('a park without a plan record, and a plan record without a park', () => {
    const inputs = copy();
    const plan = inputs.plan.parks;
    if (!Array.isArray(plan)) throw new Error('plan parks is not an array');
    inputs.plan.parks = plan.filter((r: unknown) => !(isRecord(r) && r['id'] === 'gangqiao'));
    expect(problems(checkJoins(inputs))).toContain(
      "geodata/parks.geojson feature #2 (gangqiao): property 'id' has no record in geodata/plan/parks.json",
    );
    const inputs2 = copy();
    const parks = inputs2.layers.parks;
    if (!isRecord(parks) || !Array.isArray(parks['features'])) throw new Error('bad parks');
    parks['features'] = parks['features'].filter((f: unknown) => !(isRecord(f) && isRecord(f['properties']) && f['properties']['id'] === 'sanjiao'));
    expect(problems(checkJoins(inputs2))).toMatch(/geodata\/plan\/parks\.json record #\d+ \(sanjiao\): no feature in geodata\/parks\.geojson/);
  });

  it('a cluster whose township does not exist', () => {
    const inputs = copy();
    props(feature(inputs, 'clusters', 'cluster-sanjiao'))['townshipCode'] = '500118199000';
    const text = problems(checkJoins(inputs));
    expect(text).toContain(
      "geodata/clusters.geojson feature #7 (cluster-sanjiao): property 'townshipCode' \"500118199000\" is not in geodata/townships.geojson",
    );
  });

  it('runChecks reports the failure in its summary', () => {
    const inputs = copy();
    delete props(feature(inputs, 'hubs', 'songgai-wharf'))['licence'];
    const failed = runChecks(inputs).filter((r) => !r.ok);
    expect(failed.map((r) => r.check)).toEqual(['required properties present and valid']);
    expect(failed[0]?.problems).toEqual(["geodata/hubs.geojson feature #3 (songgai-wharf): property 'licence' missing or not a non-empty string"]);
  }, 60_000);
});
