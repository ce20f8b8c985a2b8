/**
 * Containment, overlap and distance helpers for points and polygons (lon/lat, WGS-84).
 * Pure wrappers over turf plus a small local-frame distance for "is it near?" tests.
 */
import {
  area,
  booleanPointInPolygon,
  featureCollection,
  feature,
  intersect,
  lineIntersect,
} from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { toLocalKm, type LonLat } from './shapes';

export type Polygonal = Polygon | MultiPolygon;

/** True when the point lies strictly inside (boundary excluded). */
export function pointInside(point: Position, polygon: Polygonal): boolean {
  return booleanPointInPolygon(point, polygon, { ignoreBoundary: true });
}

function ringsOf(geometry: Polygonal): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * True when the boundary of `a` crosses or touches the boundary of `b` anywhere.
 * (Each geometry is passed to turf as one feature, so the parts of one MultiPolygon
 * touching each other are not counted.)
 */
export function boundariesIntersect(a: Polygonal, b: Polygonal): boolean {
  return lineIntersect(a, b).features.length > 0;
}

/**
 * True when `inner` lies entirely inside `outer`: every vertex strictly inside and the
 * boundaries never meet.
 */
export function polygonWithin(inner: Polygonal, outer: Polygonal): boolean {
  for (const ring of ringsOf(inner)) {
    for (const p of ring) if (!pointInside(p, outer)) return false;
  }
  return !boundariesIntersect(inner, outer);
}

/** Area of the intersection of two polygons in km² (0 when disjoint or only touching). */
export function overlapKm2(a: Polygonal, b: Polygonal): number {
  const inter = intersect(featureCollection([feature(a), feature(b)]));
  return inter ? area(inter) / 1e6 : 0;
}

function segmentDistanceKm(
  p: { eastKm: number; northKm: number },
  a: { eastKm: number; northKm: number },
  b: { eastKm: number; northKm: number },
): number {
  const dx = b.eastKm - a.eastKm;
  const dy = b.northKm - a.northKm;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p.eastKm - a.eastKm) * dx + (p.northKm - a.northKm) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = a.eastKm + t * dx - p.eastKm;
  const y = a.northKm + t * dy - p.northKm;
  return Math.sqrt(x * x + y * y);
}

/**
 * Smallest distance in km between the boundaries of two polygons, in a local
 * equirectangular frame around `origin` (accurate to well under 1% over tens of km).
 * 0 when the polygons overlap or touch.
 */
export function boundaryDistanceKm(a: Polygonal, b: Polygonal, origin: LonLat): number {
  if (boundariesIntersect(a, b)) return 0;
  const ra = ringsOf(a).map((r) => r.map((p) => toLocalKm(origin, p)));
  const rb = ringsOf(b).map((r) => r.map((p) => toLocalKm(origin, p)));
  let best = Infinity;
  const scan = (points: typeof ra, rings: typeof rb): void => {
    for (const ring of points) {
      for (const p of ring) {
        for (const other of rings) {
          for (let i = 0; i + 1 < other.length; i++) {
            const s = other[i];
            const e = other[i + 1];
            if (s && e) best = Math.min(best, segmentDistanceKm(p, s, e));
          }
        }
      }
    }
  };
  scan(ra, rb);
  scan(rb, ra);
  return best;
}

/** Distance in km from a point to the nearest boundary of a polygon (local frame). */
export function pointToBoundaryKm(point: Position, polygon: Polygonal, origin: LonLat): number {
  const p = toLocalKm(origin, point);
  let best = Infinity;
  for (const ring of ringsOf(polygon)) {
    const local = ring.map((q) => toLocalKm(origin, q));
    for (let i = 0; i + 1 < local.length; i++) {
      const s = local[i];
      const e = local[i + 1];
      if (s && e) best = Math.min(best, segmentDistanceKm(p, s, e));
    }
  }
  return best;
}
