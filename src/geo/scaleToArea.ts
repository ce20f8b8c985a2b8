/**
 * Scale a polygon about its centroid until its geodesic area (turf.area) matches a
 * target. Used to size schematic park shapes to the plan's area figures. Pure.
 */
import { area, centroid } from '@turf/turf';
import type { Polygon, Position } from 'geojson';

export interface ScaleResult {
  polygon: Polygon;
  factor: number;
  areaKm2: number;
}

function requireLonLat(p: Position): [number, number] {
  const lon = p[0];
  const lat = p[1];
  if (lon === undefined || lat === undefined) throw new Error('position needs two numbers');
  return [lon, lat];
}

/**
 * Scales every vertex's offset from `origin` by `factor`, in a local frame where
 * longitude offsets are weighted by cos(latitude) (so the shape keeps its proportions).
 */
export function scalePolygon(polygon: Polygon, factor: number, origin: Position): Polygon {
  const [ox, oy] = requireLonLat(origin);
  return {
    type: 'Polygon',
    coordinates: polygon.coordinates.map((ring) =>
      ring.map((p) => {
        const [x, y] = requireLonLat(p);
        return [ox + (x - ox) * factor, oy + (y - oy) * factor];
      }),
    ),
  };
}

export function areaKm2(polygon: Polygon): number {
  return area(polygon) / 1e6;
}

/**
 * Returns the polygon scaled about its centroid so that turf.area is within
 * `relTolerance` of `targetKm2` (default 1e-7). Area grows with the square of the
 * factor, so a few Newton-like steps suffice.
 */
export function scaleToArea(polygon: Polygon, targetKm2: number, relTolerance = 1e-7): ScaleResult {
  if (!(targetKm2 > 0)) throw new Error(`target area must be positive, got ${targetKm2}`);
  const start = areaKm2(polygon);
  if (!(start > 0)) throw new Error('polygon has no area');
  const origin = centroid(polygon).geometry.coordinates;
  let factor = Math.sqrt(targetKm2 / start);
  let scaled = scalePolygon(polygon, factor, origin);
  for (let i = 0; i < 20; i++) {
    const a = areaKm2(scaled);
    if (Math.abs(a - targetKm2) / targetKm2 <= relTolerance) {
      return { polygon: scaled, factor, areaKm2: a };
    }
    factor *= Math.sqrt(targetKm2 / a);
    scaled = scalePolygon(polygon, factor, origin);
  }
  throw new Error(`scaleToArea did not converge to ${targetKm2} km²`);
}
