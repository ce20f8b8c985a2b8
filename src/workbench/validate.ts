/**
 * Checks one raw feature of an import and converts it to WGS-84. A feature with a
 * problem is not loaded; the problem says which feature and what is wrong, and the UI
 * says what to do. Pure: the intake worker and the unit tests call it alike.
 */
import type { Position } from 'geojson';
import { isGeometryObject } from 'geojson-validation';
import type { Transform } from './crs';
import { bboxGapKm, bboxOf, featureName, mapPositions, positionsOf, type BBox } from './geometry';
import type { ImportProblem, WorkFeature, WorkGeometry } from './types';
import { dropRepeats, ogcInvalidity } from './validity';

/** Features farther than this from the district are almost always in the wrong coordinate system. */
export const FAR_KM = 50;

const SUPPORTED = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

export interface ValidateContext {
  transform: Transform;
  districtBbox: BBox;
}

/** A loadable feature says how many repeated vertices were dropped from it (valid, but noise). */
export type Checked = { ok: true; feature: WorkFeature; repeatsDropped: number } | { ok: false; problem: ImportProblem };

function isEmpty(coordinates: unknown): boolean {
  if (!Array.isArray(coordinates)) return true;
  if (coordinates.length === 0) return true;
  if (typeof coordinates[0] === 'number') return false;
  return coordinates.every(isEmpty);
}

function finite(positions: readonly Position[]): boolean {
  return positions.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
}

function inLonLatRange(positions: readonly Position[]): boolean {
  return positions.every((p) => Math.abs(p[0] ?? NaN) <= 180 && Math.abs(p[1] ?? NaN) <= 90);
}

const swap = (p: Position): Position => [p[1] ?? NaN, p[0] ?? NaN, ...p.slice(2)];

function distinctCount(positions: readonly Position[]): number {
  return new Set(positions.map((p) => `${p[0]},${p[1]}`)).size;
}

/** Twice the signed area of a ring in squared degrees (0 for a collapsed ring). */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum;
}

function tooFewVertices(geometry: WorkGeometry): boolean {
  switch (geometry.type) {
    case 'LineString':
      return distinctCount(geometry.coordinates) < 2;
    case 'MultiLineString':
      return geometry.coordinates.some((line) => distinctCount(line) < 2);
    case 'Polygon':
      return geometry.coordinates.some((ring) => distinctCount(ring) < 3);
    case 'MultiPolygon':
      return geometry.coordinates.some((poly) => poly.some((ring) => distinctCount(ring) < 3));
    default:
      return false;
  }
}

function zeroArea(geometry: WorkGeometry): boolean {
  if (geometry.type === 'Polygon') return geometry.coordinates.some((ring) => ringArea(ring) === 0);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.some((poly) => poly.some((ring) => ringArea(ring) === 0));
  return false;
}

/** The geometry with consecutive repeated vertices dropped, and how many were. */
function withoutRepeats(geometry: WorkGeometry): { geometry: WorkGeometry; dropped: number } {
  let dropped = 0;
  const ring = (r: Position[]): Position[] => {
    const out = dropRepeats(r);
    dropped += out.dropped;
    return out.ring;
  };
  switch (geometry.type) {
    case 'LineString':
      return { geometry: { ...geometry, coordinates: ring(geometry.coordinates) }, dropped };
    case 'MultiLineString':
    case 'Polygon':
      return { geometry: { ...geometry, coordinates: geometry.coordinates.map(ring) }, dropped } as { geometry: WorkGeometry; dropped: number };
    case 'MultiPolygon':
      return { geometry: { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(ring)) }, dropped };
    default:
      return { geometry, dropped };
  }
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

function firstPosition(positions: readonly Position[]): [number, number] | undefined {
  const p = positions[0];
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [round(p[0]!), round(p[1]!)] : undefined;
}

/** geojson-validation's messages; it throws on some malformed rings (e.g. a hole in a position list), which is a finding too. */
function geometryErrors(geometry: unknown): string[] {
  try {
    return isGeometryObject(geometry, true);
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)];
  }
}

/** A record of the file that could not be read at all (a damaged Shapefile record). */
export class DamagedRecord {
  constructor(
    readonly properties: Record<string, unknown>,
    readonly detail: string,
  ) {}
}

/** Checks the raw feature at `index` and, when it is usable, returns it converted to WGS-84. */
export function checkFeature(raw: unknown, index: number, context: ValidateContext, id = `f${index}`, part?: number): Checked {
  const fail = (code: ImportProblem['code'], extra: Partial<ImportProblem> = {}): Checked => ({
    ok: false,
    problem: {
      index,
      ...(part !== undefined ? { part } : {}),
      name: featureName((raw as { properties?: unknown } | null)?.properties),
      code,
      ...extra,
    },
  });
  if (raw instanceof DamagedRecord) return fail('damaged-record', { detail: raw.detail });
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'Feature') return fail('not-a-feature');
  const feature = raw as { properties?: unknown; geometry?: unknown };
  const geometry = feature.geometry;
  if (geometry === null || geometry === undefined) return fail('null-geometry');
  if (typeof geometry !== 'object') return fail('invalid-geojson', { detail: 'geometry is not an object' });
  const type = (geometry as { type?: unknown }).type;
  // A collection with parts was split before its check (rawFeatures.ts): one that reaches here is empty.
  if (type === 'GeometryCollection') return fail('empty-geometry');
  if (typeof type !== 'string' || !SUPPORTED.has(type)) return fail('unsupported-type', { detail: String(type).slice(0, 40) });
  if (isEmpty((geometry as { coordinates?: unknown }).coordinates)) return fail('empty-geometry');
  const errors = geometryErrors(geometry);
  if (errors.length > 0) return fail('invalid-geojson', { detail: errors[0] });

  const source = geometry as WorkGeometry;
  const rawPositions = positionsOf(source);
  if (!finite(rawPositions)) return fail('bad-coordinates');
  const converted = mapPositions(source, context.transform);
  const positions = positionsOf(converted);
  const near = (ps: readonly Position[]): boolean =>
    finite(ps) && inLonLatRange(ps) && bboxGapKm(bboxOf(ps), context.districtBbox) <= FAR_KM;
  if (!near(positions)) {
    const swapped = positionsOf(mapPositions(source, (p) => context.transform(swap(p))));
    if (near(swapped)) return fail('swapped', { at: firstPosition(rawPositions) });
    if (!finite(positions) || !inLonLatRange(positions)) return fail('bad-coordinates', { at: firstPosition(rawPositions) });
    const km = bboxGapKm(bboxOf(positions), context.districtBbox);
    return fail('far-outside', { at: firstPosition(positions), detail: String(Math.round(km)) });
  }
  if (tooFewVertices(converted)) return fail('degenerate', { at: firstPosition(positions) });
  const cleaned = withoutRepeats(converted);
  if (cleaned.geometry.type === 'Polygon' || cleaned.geometry.type === 'MultiPolygon') {
    const invalid = ogcInvalidity(cleaned.geometry);
    if (invalid) return fail(invalid.code, { at: invalid.at });
  }
  // A ring folded onto itself without crossing (e.g. there and back along one line).
  if (zeroArea(converted)) return fail('degenerate', { at: firstPosition(positions) });
  const properties =
    typeof feature.properties === 'object' && feature.properties !== null ? { ...(feature.properties as Record<string, unknown>) } : {};
  return { ok: true, feature: { type: 'Feature', id, properties, geometry: cleaned.geometry }, repeatsDropped: cleaned.dropped };
}
