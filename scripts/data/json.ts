import type { MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Small type guards for reading JSON without `any`. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`${what}: invalid JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
}

export function asRecord(value: unknown, what: string): JsonRecord {
  if (!isRecord(value)) throw new Error(`${what}: expected an object`);
  return value;
}

export function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what}: expected an array`);
  return value;
}

export function asString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what}: expected a string`);
  return value;
}

export function asNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${what}: expected a number`);
  return value;
}

export function isNumberPair(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number'
  );
}

// ---- Geometry guards (Point, Polygon, MultiPolygon: the types the layers use) ----

function isPosition(v: unknown): v is Position {
  return Array.isArray(v) && v.length >= 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
}
function isRing(v: unknown): v is Position[] {
  return Array.isArray(v) && v.every(isPosition);
}
function isRings(v: unknown): v is Position[][] {
  return Array.isArray(v) && v.length > 0 && v.every(isRing);
}

/** The geometry if it is a well-formed Point, Polygon or MultiPolygon, else null. */
export function readGeometry(v: unknown): Point | Polygon | MultiPolygon | null {
  if (!isRecord(v)) return null;
  const c = v['coordinates'];
  switch (v['type']) {
    case 'Point':
      return isPosition(c) ? { type: 'Point', coordinates: c } : null;
    case 'Polygon':
      return isRings(c) ? { type: 'Polygon', coordinates: c } : null;
    case 'MultiPolygon':
      return Array.isArray(c) && c.length > 0 && c.every(isRings) ? { type: 'MultiPolygon', coordinates: c } : null;
    default:
      return null;
  }
}

