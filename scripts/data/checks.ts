/**
 * The checks behind `npm run data:check`, as pure functions over parsed JSON.
 * Every problem names the file, the feature (index and id) and the property or the
 * geometric fault, e.g. "geodata/parks.geojson feature #2 (gangqiao): property 'nameEn' missing".
 */
import {
  area,
  feature,
  featureCollection,
  intersect,
  kinks,
  pointToPolygonDistance,
  polygon as turfPolygon,
  union,
} from '@turf/turf';
import { townsOf, type TownArea } from '../../src/geo/towns';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { valid as geojsonValid } from 'geojson-validation';
import type { Accuracy, AreaKind, ClusterLevel, HubKind, ParkId, ParkRole } from '../../src/data/types';
import { overlapKm2, pointInside, polygonWithin, type Polygonal } from '../../src/geo/inside';
import { COORD_DECIMALS, ringSignedArea, roundCoord } from '../../src/geo/normalize';
import { isRecord, readGeometry, type JsonRecord } from './json';
import { LAYER_FILES, PLAN_FILES, type LayerName } from './sources';
import { checkResultsFile } from '../../src/results/schema';
import { locatedProblemText } from '../../src/results/problemText';

export interface CheckResult {
  check: string;
  ok: boolean;
  problems: string[];
}

export interface CheckInputs {
  /** Parsed geodata/<layer>.geojson; undefined when the file is missing. */
  layers: Partial<Record<LayerName, unknown>>;
  /** Parsed geodata/plan/*.json; undefined when missing. */
  plan: Partial<Record<keyof typeof PLAN_FILES, unknown>>;
  /** Files that could not be read or parsed, with the reason. */
  unreadable?: string[];
  /** The name to report for the results file when another one is checked (`data:check --results <file>`). */
  resultsFileName?: string;
}

export const DISTRICT_TARGET_KM2 = 1580;
export const DISTRICT_TOLERANCE = 0.01;
export const SCHEMATIC_TOLERANCE = 0.02;

// Runtime copies of the vocabularies in src/data/types.ts; Record<…, true> makes the
// compiler insist that every member is listed.
const ACCURACY: Record<Accuracy, true> = {
  surveyed: true,
  'official-outline': true,
  'web-map-outline': true,
  'gazetteer-point': true,
  'published-point': true,
  'approximate-point': true,
  'reference-point': true,
  schematic: true,
};
const PARK_ID: Record<ParkId, true> = { 'eco-city': true, fenghuanghu: true, gangqiao: true, sanjiao: true, 'bonded-zone': true };
const PARK_ROLE: Record<ParkRole, true> = { city: true, core: true, wing: true, zone: true };
const AREA_KIND: Record<AreaKind, true> = {
  'total-planned': true,
  'first-phase': true,
  approved: true,
  'built-2020': true,
  'planned-2021-2025': true,
  'built-up-2025': true,
  'sub-park': true,
};
const CLUSTER_LEVEL: Record<ClusterLevel, true> = { municipal: true, district: true };
const HUB_KIND: Record<HubKind, true> = {
  'rail-station': true,
  airport: true,
  'general-aviation': true,
  port: true,
  wharf: true,
  city: true,
};

function oneOf<T extends string>(vocabulary: Record<T, true>, value: unknown): value is T {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(vocabulary, value);
}

// ---- Reading features tolerantly ---------------------------------------------------

type Geom = Point | Polygon | MultiPolygon;

export interface FeatureRef {
  layer: LayerName;
  file: string;
  index: number;
  id: string;
  props: JsonRecord;
  featureId: unknown;
  /** null when the geometry is missing or malformed (reported by the GeoJSON check). */
  geometry: Geom | null;
}

export function featuresOf(layer: LayerName, data: unknown): FeatureRef[] {
  const file = LAYER_FILES[layer];
  if (!isRecord(data) || !Array.isArray(data['features'])) return [];
  return data['features'].map((f: unknown, index: number): FeatureRef => {
    const feature = isRecord(f) ? f : {};
    const props = isRecord(feature['properties']) ? feature['properties'] : {};
    const pid = props['id'];
    const fid = feature['id'];
    const id = typeof pid === 'string' ? pid : typeof fid === 'string' || typeof fid === 'number' ? String(fid) : '?';
    return { layer, file, index, id, props, featureId: fid, geometry: readGeometry(feature['geometry']) };
  });
}

export function where(f: FeatureRef): string {
  return `${f.file} feature #${f.index} (${f.id})`;
}

function allFeatures(inputs: CheckInputs): FeatureRef[] {
  return (Object.keys(LAYER_FILES) as LayerName[]).flatMap((layer) => featuresOf(layer, inputs.layers[layer]));
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function isPolygonal(g: Geom | null): g is Polygon | MultiPolygon {
  return g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon');
}

function fmt(p: Position): string {
  return `[${roundCoord(p[0] ?? NaN)}, ${roundCoord(p[1] ?? NaN)}]`;
}

function result(check: string, problems: string[]): CheckResult {
  return { check, ok: problems.length === 0, problems };
}

function districtGeometry(inputs: CheckInputs): Polygonal | null {
  const d = featuresOf('district', inputs.layers.district)[0];
  return d && isPolygonal(d.geometry) ? d.geometry : null;
}

// ---- Checks ------------------------------------------------------------------------

/** All layer and plan files are present and parse. */
export function checkFiles(inputs: CheckInputs): CheckResult {
  const problems = [...(inputs.unreadable ?? [])];
  for (const layer of Object.keys(LAYER_FILES) as LayerName[]) {
    if (inputs.layers[layer] === undefined && !problems.some((p) => p.startsWith(LAYER_FILES[layer]))) {
      problems.push(`${LAYER_FILES[layer]}: file missing`);
    }
  }
  for (const key of Object.keys(PLAN_FILES) as (keyof typeof PLAN_FILES)[]) {
    if (inputs.plan[key] === undefined && !problems.some((p) => p.startsWith(PLAN_FILES[key]))) {
      problems.push(`${PLAN_FILES[key]}: file missing`);
    }
  }
  return result('files present and parse as JSON', problems);
}

/** geojson-validation accepts every layer; RFC 7946: no `crs` member; expected geometry types. */
export function checkGeoJson(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  const types: Record<LayerName, readonly string[]> = {
    district: ['Polygon', 'MultiPolygon'],
    neighbours: ['Polygon', 'MultiPolygon'],
    townships: ['Point'],
    townshipAreas: ['Polygon', 'MultiPolygon'],
    townshipAreasDetail: ['Polygon', 'MultiPolygon'],
    parks: ['Polygon', 'MultiPolygon'],
    subparks: ['Point', 'Polygon', 'MultiPolygon'],
    clusters: ['Point'],
    hubs: ['Point'],
  };
  for (const layer of Object.keys(LAYER_FILES) as LayerName[]) {
    const data = inputs.layers[layer];
    if (data === undefined) continue;
    const file = LAYER_FILES[layer];
    for (const e of geojsonValid(data, true)) problems.push(`${file}: invalid GeoJSON: ${e}`);
    if (!isRecord(data) || data['type'] !== 'FeatureCollection') {
      problems.push(`${file}: not a FeatureCollection`);
      continue;
    }
    if ('crs' in data) problems.push(`${file}: has a 'crs' member (RFC 7946 GeoJSON is always WGS-84; remove it)`);
    const raw = Array.isArray(data['features']) ? data['features'] : [];
    for (const f of featuresOf(layer, data)) {
      const rf: unknown = raw[f.index];
      if (isRecord(rf) && 'crs' in rf) problems.push(`${where(f)}: has a 'crs' member`);
      const gtype = isRecord(rf) && isRecord(rf['geometry']) ? rf['geometry']['type'] : undefined;
      if (!f.geometry) problems.push(`${where(f)}: geometry missing or malformed`);
      else if (!types[layer].includes(String(gtype))) {
        problems.push(`${where(f)}: geometry type ${String(gtype)} not allowed in this layer (${types[layer].join('/')})`);
      }
    }
  }
  return result('GeoJSON valid (geojson-validation), no crs, expected geometry types', problems);
}

/** Coordinates stored with at most 6 decimals. */
export function checkPrecision(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  for (const f of allFeatures(inputs)) {
    if (!f.geometry) continue;
    const positions = f.geometry.type === 'Point' ? [f.geometry.coordinates] : polygonsOf(f.geometry).flat(2);
    const bad = positions.find((p) => p.some((n) => roundCoord(n, COORD_DECIMALS) !== n));
    if (bad) problems.push(`${where(f)}: geometry coordinate [${bad[0]}, ${bad[1]}] has more than ${COORD_DECIMALS} decimals`);
  }
  return result(`coordinates rounded to ${COORD_DECIMALS} decimals`, problems);
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function checkWinding(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  for (const f of allFeatures(inputs)) {
    if (!isPolygonal(f.geometry)) continue;
    polygonsOf(f.geometry).forEach((rings, p) => {
      rings.forEach((ring, r) => {
        const ccw = ringSignedArea(ring) > 0;
        if (r === 0 && !ccw) {
          problems.push(`${where(f)}: geometry polygon ${p} exterior ring is clockwise (RFC 7946: counter-clockwise)`);
        }
        if (r > 0 && ccw) {
          problems.push(`${where(f)}: geometry polygon ${p} hole ${r} is counter-clockwise (RFC 7946: clockwise)`);
        }
      });
    });
  }
  return result('RFC 7946 winding (exterior rings counter-clockwise, holes clockwise)', problems);
}

/** No self-intersections (turf.kinks on each polygon). */
export function checkKinks(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  for (const f of allFeatures(inputs)) {
    if (!isPolygonal(f.geometry)) continue;
    polygonsOf(f.geometry).forEach((rings, p) => {
      let found: Position[];
      try {
        found = kinks(turfPolygon(rings)).features.map((k) => k.geometry.coordinates);
      } catch (e) {
        problems.push(`${where(f)}: geometry polygon ${p} cannot be tested (${e instanceof Error ? e.message : String(e)})`);
        return;
      }
      const first = found[0];
      if (first) {
        problems.push(`${where(f)}: geometry polygon ${p} self-intersects at ${fmt(first)} (${found.length} intersection(s))`);
      }
    });
  }
  return result('no self-intersections (turf.kinks)', problems);
}

/** Every point lies inside the district, except off-map hubs (which must lie outside). */
export function checkPointsInDistrict(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  const district = districtGeometry(inputs);
  if (!district) return result('points inside the district', ['geodata/district.geojson: no usable district polygon']);
  for (const f of allFeatures(inputs)) {
    if (f.geometry?.type !== 'Point') continue;
    const inside = pointInside(f.geometry.coordinates, district);
    const offMap = f.layer === 'hubs' && f.props['offMap'] === true;
    if (!offMap && !inside) problems.push(`${where(f)}: geometry point ${fmt(f.geometry.coordinates)} lies outside the district`);
    if (offMap && inside) problems.push(`${where(f)}: property 'offMap' is true but the point lies inside the district`);
  }
  return result('points inside the district (off-map hubs outside)', problems);
}

/** Park and sub-park shapes lie inside the district; sub-parks inside their parent. */
export function checkShapesInside(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  const district = districtGeometry(inputs);
  if (!district) return result('park shapes inside the district', ['geodata/district.geojson: no usable district polygon']);
  const parks = featuresOf('parks', inputs.layers.parks);
  for (const f of [...parks, ...featuresOf('subparks', inputs.layers.subparks)]) {
    if (isPolygonal(f.geometry) && !polygonWithin(f.geometry, district)) {
      problems.push(`${where(f)}: geometry is not entirely inside the district`);
    }
  }
  for (const f of featuresOf('subparks', inputs.layers.subparks)) {
    const parent = parks.find((p) => p.id === f.props['parentId']);
    if (!parent || !isPolygonal(parent.geometry) || !f.geometry) continue; // reported by the join check
    const inside =
      f.geometry.type === 'Point' ? pointInside(f.geometry.coordinates, parent.geometry) : polygonWithin(f.geometry, parent.geometry);
    if (!inside) problems.push(`${where(f)}: geometry is not inside its parent ${parent.id} (property 'parentId')`);
  }
  return result('park and sub-park shapes inside the district and their parent', problems);
}

/** Parks do not overlap, except the bonded zone, which lies inside (or touches) 凤凰湖. */
export function checkParkOverlaps(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  const parks = featuresOf('parks', inputs.layers.parks).filter((f) => isPolygonal(f.geometry));
  const allowed = (a: string, b: string): boolean =>
    (a === 'bonded-zone' && b === 'fenghuanghu') || (a === 'fenghuanghu' && b === 'bonded-zone');
  for (const [i, a] of parks.entries()) {
    for (const b of parks.slice(i + 1)) {
      if (!isPolygonal(a.geometry) || !isPolygonal(b.geometry) || allowed(a.id, b.id)) continue;
      const km2 = overlapKm2(a.geometry, b.geometry);
      if (km2 > 1e-6) problems.push(`${where(a)}: geometry overlaps ${where(b)} by ${km2.toFixed(3)} km²`);
    }
  }
  return result('park shapes do not overlap (bonded zone may lie in 凤凰湖)', problems);
}

type PropRule = (value: unknown) => string | null;

const str: PropRule = (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'missing or not a non-empty string');
const sentences: PropRule = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s !== '') ? null : 'missing or not a list of sentences';
const positive: PropRule = (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? null : 'missing or not a positive number');
const bool: PropRule = (v) => (typeof v === 'boolean' ? null : 'missing or not true/false');
const vocab =
  <T extends string>(vocabulary: Record<T, true>): PropRule =>
  (v) =>
    oneOf(vocabulary, v) ? null : v === undefined ? 'missing' : `has value ${JSON.stringify(v)}, not one of ${Object.keys(vocabulary).join('/')}`;
const optional =
  (rule: PropRule): PropRule =>
  (v) =>
    v === undefined ? null : rule(v);
const matches =
  (re: RegExp, what: string): PropRule =>
  (v) =>
    typeof v === 'string' && re.test(v) ? null : `missing or not ${what}`;

const COMMON: Record<string, PropRule> = {
  id: str,
  name: str,
  nameEn: str,
  source: str,
  licence: str,
  accuracy: vocab(ACCURACY),
};

const TOWNSHIP_AREA_RULES: Record<string, PropRule> = {
  code: matches(/^500118\d{3}$/, 'a 9-digit NBS code of Yongchuan'),
  type: vocab({ subdistrict: true, town: true }),
  clusterId: optional(str),
  agglomerationLevel: optional(vocab(CLUSTER_LEVEL)),
  incubatorLevel: optional(vocab(CLUSTER_LEVEL)),
  areaKm2: positive,
};

export const LAYER_RULES: Record<LayerName, Record<string, PropRule>> = {
  district: {},
  neighbours: {},
  townships: {
    code: matches(/^500118\d{6}$/, 'a 12-digit code of Yongchuan'),
    type: vocab({ subdistrict: true, town: true }),
    geonameId: positive,
  },
  townshipAreas: TOWNSHIP_AREA_RULES,
  townshipAreasDetail: TOWNSHIP_AREA_RULES,
  parks: {
    id: vocab(PARK_ID),
    role: vocab(PARK_ROLE),
    wing: optional(vocab({ north: true, south: true })),
    sizedBy: vocab(AREA_KIND),
    sizedToKm2: positive,
    placedBy: sentences,
    placedByZh: optional(sentences),
  },
  subparks: {
    parentId: vocab(PARK_ID),
    sizedToKm2: optional(positive),
    placedBy: sentences,
    placedByZh: optional(sentences),
  },
  clusters: {
    townshipCode: matches(/^500118\d{6}$/, 'a 12-digit code of Yongchuan'),
    agglomerationLevel: vocab(CLUSTER_LEVEL),
    incubatorLevel: vocab(CLUSTER_LEVEL),
    placedBy: optional(sentences),
    placedByZh: optional(sentences),
  },
  hubs: {
    kind: vocab(HUB_KIND),
    offMap: bool,
    uncertaintyM: positive,
    placedBy: sentences,
    placedByZh: optional(sentences),
  },
};

/** Required properties per layer, with their types and vocabularies. */
export function checkProperties(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  for (const f of allFeatures(inputs)) {
    const rules = { ...COMMON, ...LAYER_RULES[f.layer] };
    for (const [key, rule] of Object.entries(rules)) {
      const problem = rule(f.props[key]);
      if (problem) problems.push(`${where(f)}: property '${key}' ${problem}`);
    }
    if (f.featureId !== undefined && f.featureId !== f.props['id']) {
      problems.push(`${where(f)}: property 'id' differs from the feature's id ${JSON.stringify(f.featureId)}`);
    }
    if (f.layer === 'townships' && f.props['code'] !== f.props['id']) {
      problems.push(`${where(f)}: property 'id' differs from property 'code'`);
    }
    if (f.layer === 'subparks' && f.props['accuracy'] === 'schematic' && isPolygonal(f.geometry) && f.props['sizedToKm2'] === undefined) {
      problems.push(`${where(f)}: property 'sizedToKm2' missing (required for a schematic polygon)`);
    }
    const en = f.props['placedBy'];
    const zh = f.props['placedByZh'];
    if (Array.isArray(zh) && (!Array.isArray(en) || zh.length !== en.length)) {
      problems.push(`${where(f)}: 'placedByZh' must translate 'placedBy' sentence for sentence`);
    }
  }
  return result('required properties present and valid', problems);
}

/**
 * Layers whose features are the same places as another layer's, and so share its ids:
 * a township's area has its seat's id (the join is checked by checkTownshipAreas).
 */
const SAME_PLACES: Partial<Record<LayerName, LayerName>> = { townshipAreas: 'townships', townshipAreasDetail: 'townships' };

/** No duplicate ids within a layer or across layers (township areas share their seat's id). */
export function checkUniqueIds(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  const seen = new Map<string, FeatureRef>();
  const inLayer = new Map<string, FeatureRef>();
  for (const f of allFeatures(inputs)) {
    if (f.id === '?') continue;
    const key = `${f.layer}\u0000${f.id}`;
    const again = inLayer.get(key);
    if (again) {
      problems.push(`${where(f)}: property 'id' duplicates ${where(again)}`);
      continue;
    }
    inLayer.set(key, f);
    if (SAME_PLACES[f.layer]) continue;
    const first = seen.get(f.id);
    if (first) problems.push(`${where(f)}: property 'id' duplicates ${where(first)}`);
    else seen.set(f.id, f);
  }
  return result('ids unique within and across layers (township areas share their seat’s id)', problems);
}

function planList(data: unknown, key: string): JsonRecord[] {
  const list = Array.isArray(data) ? data : isRecord(data) ? data[key] : undefined;
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function planWhere(file: string, index: number, id: unknown): string {
  return `${file} record #${index} (${typeof id === 'string' ? id : '?'})`;
}

/** Joins both ways between the plan files and the layers. */
export function checkJoins(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  const join = (
    layer: LayerName,
    planKey: keyof typeof PLAN_FILES,
    compare: (f: FeatureRef, r: JsonRecord) => string[],
  ): void => {
    if (inputs.layers[layer] === undefined || inputs.plan[planKey] === undefined) return;
    const features = featuresOf(layer, inputs.layers[layer]);
    const records = planList(inputs.plan[planKey], planKey);
    const planFile = PLAN_FILES[planKey];
    for (const f of features) {
      const r = records.find((x) => x['id'] === f.id);
      if (!r) problems.push(`${where(f)}: property 'id' has no record in ${planFile}`);
      else for (const p of compare(f, r)) problems.push(`${where(f)}: ${p}`);
    }
    records.forEach((r, i) => {
      if (!features.some((f) => f.id === r['id'])) problems.push(`${planWhere(planFile, i, r['id'])}: no feature in ${LAYER_FILES[layer]}`);
    });
  };
  const zh = (r: JsonRecord): unknown => (isRecord(r['name']) ? r['name']['zh'] : undefined);
  const same = (f: FeatureRef, prop: string, expected: unknown, planProp: string): string[] =>
    f.props[prop] === expected
      ? []
      : [`property '${prop}' is ${JSON.stringify(f.props[prop])} but the plan's '${planProp}' is ${JSON.stringify(expected)}`];

  join('parks', 'parks', (f, r) => {
    const out = [...same(f, 'name', zh(r), 'name.zh'), ...same(f, 'role', r['role'], 'role')];
    if (f.props['wing'] !== r['wing']) out.push(...same(f, 'wing', r['wing'], 'wing'));
    out.push(...same(f, 'sizedBy', r['shapeSizedBy'], 'shapeSizedBy'));
    const areas = Array.isArray(r['areas']) ? r['areas'].filter(isRecord) : [];
    const figures = areas.filter((a) => a['kind'] === r['shapeSizedBy']).map((a) => a['valueKm2']);
    if (!figures.includes(f.props['sizedToKm2'])) {
      out.push(`property 'sizedToKm2' is ${JSON.stringify(f.props['sizedToKm2'])} but the plan's ${String(r['shapeSizedBy'])} figure is ${JSON.stringify(figures[0])}`);
    }
    return out;
  });
  join('subparks', 'subparks', (f, r) => [...same(f, 'name', zh(r), 'name.zh'), ...same(f, 'parentId', r['parentId'], 'parentId')]);
  join('clusters', 'clusters', (f, r) => [
    ...same(f, 'townshipCode', r['townshipCode'], 'townshipCode'),
    ...same(f, 'agglomerationLevel', r['agglomerationLevel'], 'agglomerationLevel'),
    ...same(f, 'incubatorLevel', r['incubatorLevel'], 'incubatorLevel'),
  ]);

  // Sub-parks' parents and clusters' townships exist in the layers.
  const parkIds = new Set(featuresOf('parks', inputs.layers.parks).map((f) => f.id));
  for (const f of featuresOf('subparks', inputs.layers.subparks)) {
    if (inputs.layers.parks !== undefined && !parkIds.has(String(f.props['parentId']))) {
      problems.push(`${where(f)}: property 'parentId' ${JSON.stringify(f.props['parentId'])} is not in ${LAYER_FILES.parks}`);
    }
  }
  const codes = new Set(featuresOf('townships', inputs.layers.townships).map((f) => f.props['code']));
  for (const f of featuresOf('clusters', inputs.layers.clusters)) {
    if (inputs.layers.townships !== undefined && !codes.has(f.props['townshipCode'])) {
      problems.push(`${where(f)}: property 'townshipCode' ${JSON.stringify(f.props['townshipCode'])} is not in ${LAYER_FILES.townships}`);
    }
  }
  return result('joins: plan parks/sub-parks/clusters <-> layers, cluster townships exist', problems);
}

/** Each schematic polygon's area is within 2% of its sizedToKm2. */
export function checkSchematicAreas(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  for (const f of [...featuresOf('parks', inputs.layers.parks), ...featuresOf('subparks', inputs.layers.subparks)]) {
    if (f.props['accuracy'] !== 'schematic' || !isPolygonal(f.geometry)) continue;
    const target = f.props['sizedToKm2'];
    if (typeof target !== 'number' || !(target > 0)) continue; // reported by the property check
    const km2 = area(f.geometry) / 1e6;
    if (Math.abs(km2 - target) / target > SCHEMATIC_TOLERANCE) {
      problems.push(
        `${where(f)}: geometry area ${km2.toFixed(3)} km² is not within ${SCHEMATIC_TOLERANCE * 100}% of property 'sizedToKm2' ${target}`,
      );
    }
  }
  return result(`schematic polygons within ${SCHEMATIC_TOLERANCE * 100}% of sizedToKm2`, problems);
}

/** The district: one feature, 500118, area within 1% of 1580 km². */
export function checkDistrict(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  const features = featuresOf('district', inputs.layers.district);
  if (inputs.layers.district !== undefined && features.length !== 1) {
    problems.push(`${LAYER_FILES.district}: ${features.length} features, expected 1`);
  }
  const d = features[0];
  if (d) {
    if (d.id !== '500118') problems.push(`${where(d)}: property 'id' is not 500118`);
    if (isPolygonal(d.geometry)) {
      const km2 = area(d.geometry) / 1e6;
      if (Math.abs(km2 - DISTRICT_TARGET_KM2) / DISTRICT_TARGET_KM2 > DISTRICT_TOLERANCE) {
        problems.push(`${where(d)}: geometry area ${km2.toFixed(1)} km² is not within 1% of ${DISTRICT_TARGET_KM2} km²`);
      }
    }
  }
  return result(`district area within ${DISTRICT_TOLERANCE * 100}% of ${DISTRICT_TARGET_KM2} km²`, problems);
}

/** 23 township-level units: 7 subdistricts (001-007) and 16 towns (100-118). */
export function checkTownshipSet(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  if (inputs.layers.townships === undefined) return result('23 township-level units', problems);
  const features = featuresOf('townships', inputs.layers.townships);
  const sub = features.filter((f) => f.props['type'] === 'subdistrict').length;
  const town = features.filter((f) => f.props['type'] === 'town').length;
  if (features.length !== 23 || sub !== 7 || town !== 16) {
    problems.push(`${LAYER_FILES.townships}: ${features.length} features (${sub} subdistricts, ${town} towns), expected 23 (7 + 16)`);
  }
  return result('23 township-level units (7 subdistricts, 16 towns)', problems);
}

/** A park must lie at least this share inside the towns its placement sources name. */
export const PARK_IN_TOWNS_MIN = 0.9;
/** Gaps plus overlaps between the township areas, inside the district, km². */
export const TOWN_GAPS_OVERLAPS_MAX_KM2 = 0.5;

function townAreasOf(inputs: CheckInputs, layer: 'townshipAreas' | 'townshipAreasDetail'): TownArea[] {
  return featuresOf(layer, inputs.layers[layer]).flatMap((f) =>
    isPolygonal(f.geometry) ? [{ type: 'Feature' as const, properties: { id: f.id }, geometry: f.geometry }] : [],
  );
}

/**
 * Each park lies >= 90% inside the towns geodata/plan/placements.json names for it
 * (township-areas-detail), and its stored `towns` shares match its shape.
 */
export function checkParksInTowns(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  const towns = townAreasOf(inputs, 'townshipAreasDetail');
  if (towns.length === 0) return result('parks inside their named towns', [`${LAYER_FILES.townshipAreasDetail}: no town polygons`]);
  const places = planList(inputs.plan.placements, 'places');
  const names = new Map(towns.map((t) => [t.properties.id, String(featuresOf('townshipAreasDetail', inputs.layers.townshipAreasDetail).find((f) => f.id === t.properties.id)?.props['name'] ?? t.properties.id)]));
  for (const f of featuresOf('parks', inputs.layers.parks)) {
    if (!isPolygonal(f.geometry)) continue;
    const place = places.find((p) => p['id'] === f.id);
    const named = place && Array.isArray(place['namedTowns']) ? place['namedTowns'].filter((x): x is string => typeof x === 'string') : null;
    if (!named) {
      problems.push(`${where(f)}: no record with namedTowns in ${PLAN_FILES.placements}`);
      continue;
    }
    const shares = townsOf(f.geometry, towns);
    if (named.length > 0) {
      const inside = shares.filter((s) => named.includes(s.townId)).reduce((a, s) => a + s.share, 0);
      if (inside < PARK_IN_TOWNS_MIN) {
        problems.push(
          `${where(f)}: park ${String(f.props['name'])} lies only ${(inside * 100).toFixed(1)}% inside its named towns ` +
            `${named.map((id) => names.get(id) ?? id).join('/')} (needs ${PARK_IN_TOWNS_MIN * 100}%); it lies in ` +
            shares.map((s) => `${names.get(s.townId) ?? s.townId} ${(s.share * 100).toFixed(1)}%`).join(', '),
        );
      }
    }
    // `towns` is derived by the build; a planner's file may leave it out (the build adds it).
    if (f.props['towns'] === undefined) continue;
    const stored = Array.isArray(f.props['towns']) ? f.props['towns'].filter(isRecord) : [];
    for (const s of shares.filter((x) => x.share >= 0.001)) {
      const st = stored.find((x) => x['townId'] === s.townId);
      const v = st ? st['share'] : undefined;
      if (typeof v !== 'number' || Math.abs(v - s.share) > 0.002) {
        problems.push(`${where(f)}: property 'towns' gives ${names.get(s.townId) ?? s.townId} ${JSON.stringify(v)}, the shape ${s.share.toFixed(3)}`);
      }
    }
  }
  return result(`parks at least ${PARK_IN_TOWNS_MIN * 100}% inside the towns their sources name (${PLAN_FILES.placements})`, problems);
}

/**
 * The township areas: 23 in each layer, joined to the seats (same ids, names, type;
 * code = the seat's code without its '000'), each seat inside its own town (茶山竹海's
 * within 100 m), gaps plus overlaps under 0.5 km², towns' total within 0.5% of the district.
 */
export function checkTownshipAreas(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  const seats = featuresOf('townships', inputs.layers.townships);
  const district = districtGeometry(inputs);
  for (const layer of ['townshipAreas', 'townshipAreasDetail'] as const) {
    if (inputs.layers[layer] === undefined) continue;
    const file = LAYER_FILES[layer];
    const features = featuresOf(layer, inputs.layers[layer]);
    if (features.length !== 23) problems.push(`${file}: ${features.length} features, expected 23`);
    for (const f of features) {
      const seat = seats.find((s) => s.id === f.id);
      if (!seat) {
        problems.push(`${where(f)}: property 'id' is not a seat in ${LAYER_FILES.townships}`);
        continue;
      }
      for (const key of ['name', 'nameEn', 'type'] as const) {
        if (f.props[key] !== seat.props[key]) problems.push(`${where(f)}: property '${key}' differs from the seat's ${JSON.stringify(seat.props[key])}`);
      }
      if (`${String(f.props['code'])}000` !== seat.props['code']) problems.push(`${where(f)}: property 'code' is not the seat's code without '000'`);
      if (isPolygonal(f.geometry) && seat.geometry?.type === 'Point' && !pointInside(seat.geometry.coordinates, f.geometry)) {
        const km = pointToPolygonDistance(seat.geometry.coordinates, f.geometry, { units: 'kilometers' });
        if (f.id !== '500118004000' || km > 0.1) {
          problems.push(`${where(f)}: the seat ${fmt(seat.geometry.coordinates)} lies outside the town (${(km * 1000).toFixed(0)} m)`);
        }
      }
      if (isPolygonal(f.geometry) && typeof f.props['areaKm2'] === 'number' && layer === 'townshipAreasDetail') {
        const km2 = area(f.geometry) / 1e6;
        if (Math.abs(km2 - f.props['areaKm2']) > 0.01) problems.push(`${where(f)}: property 'areaKm2' ${f.props['areaKm2']} but the polygon has ${km2.toFixed(3)} km²`);
      }
    }
    const towns = townAreasOf(inputs, layer);
    // The stored district is the dissolve of the display towns; the detail towns are
    // measured against their own outer edge (the detail dissolve, holes filled).
    if (towns.length > 0 && (district || layer === 'townshipAreasDetail')) {
      const { gapsKm2, overlapsKm2, sumKm2, edge } = tilingStats(towns, layer === 'townshipAreas' ? (district ?? undefined) : undefined);
      if (gapsKm2 + overlapsKm2 >= TOWN_GAPS_OVERLAPS_MAX_KM2) {
        problems.push(`${file}: gaps ${gapsKm2.toFixed(3)} km² + overlaps ${overlapsKm2.toFixed(3)} km² inside the district (limit ${TOWN_GAPS_OVERLAPS_MAX_KM2} km²)`);
      }
      const districtKm2 = edge ? area(edge) / 1e6 : 0;
      if (layer === 'townshipAreas' && Math.abs(sumKm2 - districtKm2) / districtKm2 > 0.005) {
        problems.push(`${file}: the towns add up to ${sumKm2.toFixed(1)} km², the district is ${districtKm2.toFixed(1)} km² (limit 0.5%)`);
      }
    }
  }
  return result('township areas: 23, joined to the seats, seats inside, tile the district (gaps + overlaps < 0.5 km²)', problems);
}

function filled(g: Polygonal): Polygonal {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.slice(0, 1) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.slice(0, 1)) };
}

/** The union of the towns with every hole filled: the edge they tile. */
export function outerEdge(towns: readonly TownArea[]): Polygonal | null {
  const covered = union(featureCollection(towns.map((t) => feature(t.geometry))));
  return covered ? filled(covered.geometry) : null;
}

/**
 * Gaps (area inside the edge covered by no town), overlaps (area covered more than once,
 * counted (k−1) times where k towns cover it: the towns' summed area minus their union) and
 * the towns' summed area, km². Without `district`, the edge is the towns' own outer edge
 * (their union with holes filled). One union, at most one intersection.
 */
export function tilingStats(
  towns: readonly TownArea[],
  district?: Polygonal,
): { gapsKm2: number; overlapsKm2: number; sumKm2: number; edge: Polygonal | null } {
  const sum = towns.reduce((s, t) => s + area(t.geometry) / 1e6, 0);
  const covered = union(featureCollection(towns.map((t) => feature(t.geometry))));
  if (!covered) return { gapsKm2: district ? area(district) / 1e6 : 0, overlapsKm2: 0, sumKm2: sum, edge: district ?? null };
  const coveredKm2 = area(covered) / 1e6;
  const edge = district ?? filled(covered.geometry);
  const insideKm2 = district
    ? (() => {
        const inside = intersect(featureCollection([feature(district), covered]));
        return inside ? area(inside) / 1e6 : 0;
      })()
    : coveredKm2;
  const gaps = area(edge) / 1e6 - insideKm2;
  return { gapsKm2: Math.max(0, gaps), overlapsKm2: Math.max(0, sum - coveredKm2), sumKm2: sum, edge };
}

/**
 * The plan package's results.json (PLAN_FILES.results) follows src/results/schema.ts: every entry names a measure the
 * plan sets a target for, in the plan's unit, with a source (title, publisher, date, page or
 * URL) and who entered it; one entry per measure and year.
 */
export function checkResults(inputs: CheckInputs): CheckResult {
  const file = inputs.resultsFileName ?? PLAN_FILES.results;
  if (inputs.plan.results === undefined) return result('results: sourced, known measures, the plan\'s units', []);
  const { problems } = checkResultsFile(inputs.plan.results);
  return result(
    'results: sourced, known measures, the plan\'s units',
    problems.map((problem) => `${file} ${locatedProblemText(problem, 'en')}`),
  );
}

/** Layers whose shapes must carry a label point (neighbours carry one only where they are seen). */
const LABELLED: ReadonlySet<LayerName> = new Set<LayerName>(['parks', 'subparks']);

/** Label points (labelLon, labelLat, set by the build: scripts/data/labels.ts) lie inside their shapes. */
export function checkLabelPoints(inputs: CheckInputs): CheckResult {
  const problems: string[] = [];
  for (const f of allFeatures(inputs)) {
    const lon = f.props['labelLon'];
    const lat = f.props['labelLat'];
    const has = lon !== undefined || lat !== undefined;
    if (!isPolygonal(f.geometry)) {
      if (has) problems.push(`${where(f)}: a label point on a shape that is not a polygon`);
      continue;
    }
    if (!has) {
      if (LABELLED.has(f.layer)) problems.push(`${where(f)}: no label point (labelLon, labelLat): run npm run data:build`);
      continue;
    }
    if (typeof lon !== 'number' || typeof lat !== 'number') problems.push(`${where(f)}: labelLon and labelLat must both be numbers`);
    else if (!pointInside([lon, lat], f.geometry)) problems.push(`${where(f)}: label point ${fmt([lon, lat])} lies outside the shape`);
  }
  return result('label points inside their shapes', problems);
}

export const ALL_CHECKS: readonly ((inputs: CheckInputs) => CheckResult)[] = [
  checkFiles,
  checkGeoJson,
  checkPrecision,
  checkWinding,
  checkKinks,
  checkPointsInDistrict,
  checkShapesInside,
  checkParkOverlaps,
  checkProperties,
  checkUniqueIds,
  checkJoins,
  checkSchematicAreas,
  checkDistrict,
  checkTownshipSet,
  checkTownshipAreas,
  checkParksInTowns,
  checkLabelPoints,
  checkResults,
];

/** Runs every check; a check that throws is reported as failed, never crashes the run. */
export function runChecks(inputs: CheckInputs): CheckResult[] {
  return ALL_CHECKS.map((check) => {
    try {
      return check(inputs);
    } catch (e) {
      return result(check.name, [`check crashed: ${e instanceof Error ? e.message : String(e)}`]);
    }
  });
}
