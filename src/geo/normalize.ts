/**
 * Coordinate hygiene for the stored layers: rounding to 6 decimals (~0.1 m), closed
 * rings without repeated vertices, and RFC 7946 winding (exterior rings counter-clockwise,
 * holes clockwise). All functions are pure.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export const COORD_DECIMALS = 6;

export function roundCoord(value: number, decimals: number = COORD_DECIMALS): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r; // no -0 in the output
}

export function roundPosition(p: Position, decimals: number = COORD_DECIMALS): Position {
  const lon = p[0];
  const lat = p[1];
  if (lon === undefined || lat === undefined) throw new Error('position needs two numbers');
  return [roundCoord(lon, decimals), roundCoord(lat, decimals)];
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Shoelace signed area of a ring in squared degrees; positive means counter-clockwise
 * (x = longitude east, y = latitude north). Works for closed or open rings.
 */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    if (!a || !b) continue;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

export function isCounterClockwise(ring: readonly Position[]): boolean {
  return ringSignedArea(ring) > 0;
}

/** Drops consecutive duplicates and closes the ring (first == last). */
export function cleanRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || !samePosition(last, p)) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && samePosition(first, last)) out.pop();
  // now open; close it
  if (out.length > 0) {
    const head = out[0];
    if (head) out.push([head[0] ?? 0, head[1] ?? 0]);
  }
  return out;
}

/** A ring is usable when it has at least 3 distinct vertices and a non-zero area. */
export function isUsableRing(ring: readonly Position[]): boolean {
  return ring.length >= 4 && ringSignedArea(ring) !== 0;
}

function orient(ring: Position[], ccw: boolean): Position[] {
  return isCounterClockwise(ring) === ccw ? ring : [...ring].reverse();
}

/** Rewinds one polygon's rings: exterior CCW, holes CW. */
export function rewindPolygonRings(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, i) => orient(ring, i === 0));
}

function normalizeRings(rings: readonly Position[][], decimals: number): Position[][] | null {
  const cleaned: Position[][] = [];
  for (const [i, ring] of rings.entries()) {
    const r = cleanRing(ring.map((p) => roundPosition(p, decimals)));
    if (!isUsableRing(r)) {
      if (i === 0) return null; // degenerate exterior: drop the whole polygon
      continue; // degenerate hole: drop the hole
    }
    cleaned.push(r);
  }
  return rewindPolygonRings(cleaned);
}

/**
 * Rounds, cleans and rewinds a Polygon or MultiPolygon. Degenerate parts of a
 * MultiPolygon are dropped; a MultiPolygon left with one part stays a MultiPolygon
 * (the geometry type is kept). Throws when nothing usable is left.
 */
export function normalizePolygonal<G extends Polygon | MultiPolygon>(
  geometry: G,
  decimals: number = COORD_DECIMALS,
): G {
  if (geometry.type === 'Polygon') {
    const rings = normalizeRings(geometry.coordinates, decimals);
    if (!rings) throw new Error('polygon has a degenerate exterior ring');
    return { type: 'Polygon', coordinates: rings } as G;
  }
  const polygons: Position[][][] = [];
  for (const polygon of geometry.coordinates) {
    const rings = normalizeRings(polygon, decimals);
    if (rings) polygons.push(rings);
  }
  if (polygons.length === 0) throw new Error('multipolygon has no usable part');
  return { type: 'MultiPolygon', coordinates: polygons } as G;
}

/** Every position of a Polygon or MultiPolygon (rings flattened, closing vertices included). */
export function allPositions(geometry: Polygon | MultiPolygon): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/** Number of distinct vertices (closing vertex of each ring not counted). */
export function vertexCount(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let n = 0;
  for (const polygon of polygons) for (const ring of polygon) n += Math.max(0, ring.length - 1);
  return n;
}

/**
 * Splits a closed ring that passes through the same vertex more than once ("pinched"
 * rings, common in simplified source outlines) into simple loops. Each returned loop is
 * closed. A ring without repeated vertices comes back unchanged as a single loop.
 */
export function splitPinchedRing(ring: readonly Position[]): Position[][] {
  const open = ring.slice(0, -1);
  const loops: Position[][] = [];
  const stack: Position[] = [];
  const seen = new Map<string, number>();
  const key = (p: Position): string => `${p[0]},${p[1]}`;
  for (const p of open) {
    const k = key(p);
    const at = seen.get(k);
    if (at !== undefined) {
      const loop = stack.splice(at);
      for (const q of loop) seen.delete(key(q));
      const head = loop[0];
      if (head) loops.push([...loop, head]);
    }
    seen.set(k, stack.length);
    stack.push(p);
  }
  const head = stack[0];
  if (head) loops.push([...stack, head]);
  return loops.filter((l) => l.length >= 4);
}
