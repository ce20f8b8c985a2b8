/**
 * Label points, computed once by the data build and stored in the shapes' properties
 * (`labelLon`, `labelLat`), so the app draws one label per shape without computing anything.
 * A label point is the pole of inaccessibility (mapbox/polylabel) of the shape's largest polygon:
 * inside the shape whatever its form, concave outlines included, as far from its edge as can be.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { area, bboxClip, booleanPointInPolygon, polygon as turfPolygon } from '@turf/turf';
import polylabel from 'polylabel';
import { COORD_DECIMALS, roundCoord } from '../../src/geo/normalize';

/** How closely the pole is searched for, in degrees (about 10 m). */
const PRECISION = 1e-4;

/** Points a label must keep clear of (the symbols drawn over a shape), and by how much, in degrees. */
export interface LabelClearance {
  avoid: readonly Position[];
  degrees: number;
}

const polygonsOf = (geometry: Polygon | MultiPolygon): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

function largest(polygons: readonly Position[][][]): Position[][] | null {
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const rings of polygons) {
    if ((rings[0]?.length ?? 0) < 4) continue;
    const size = area(turfPolygon(rings));
    if (size > bestArea) {
      best = rings;
      bestArea = size;
    }
  }
  return best;
}

const rounded = ([lon = 0, lat = 0]: Position): Position => [roundCoord(lon, COORD_DECIMALS), roundCoord(lat, COORD_DECIMALS)];

/**
 * The pole of `rings`; with `clear`, when it sits within `clear.degrees` of a point to avoid
 * (a schematic park is often centred on its town's symbol), the first spot straight below or
 * above it, still inside, that is clear of them all.
 */
function spot(rings: Position[][], clear?: LabelClearance): Position {
  const pole = rounded(polylabel(rings, PRECISION));
  if (!clear) return pole;
  const isClear = ([x = 0, y = 0]: Position) => clear.avoid.every(([ax = 0, ay = 0]) => Math.hypot(x - ax, y - ay) >= clear.degrees);
  if (isClear(pole)) return pole;
  const shape = turfPolygon(rings);
  for (const steps of [-1, 1, -1.5, 1.5, -2, 2]) {
    const candidate = rounded([pole[0]!, pole[1]! + steps * clear.degrees]);
    if (booleanPointInPolygon(candidate, shape, { ignoreBoundary: true }) && isClear(candidate)) return candidate;
  }
  return pole;
}

/** The label point of a shape (its largest polygon), or null for a shape with no area. */
export function labelPoint(geometry: Polygon | MultiPolygon, clear?: LabelClearance): Position | null {
  const rings = largest(polygonsOf(geometry));
  return rings ? spot(rings, clear) : null;
}

/**
 * The label point of the part of a shape inside `box` (neighbouring districts reach far beyond
 * the view: their label goes where they are seen), or null when none of it is inside.
 */
export function labelPointWithin(geometry: Polygon | MultiPolygon, box: [number, number, number, number]): Position | null {
  const pieces = polygonsOf(geometry).flatMap((rings) => {
    const clipped = bboxClip(turfPolygon(rings), box).geometry;
    return clipped.type === 'Polygon' || clipped.type === 'MultiPolygon' ? polygonsOf(clipped) : [];
  });
  const rings = largest(pieces.filter((piece) => (piece[0]?.length ?? 0) >= 4));
  return rings ? spot(rings) : null;
}

/** `feature` with its label point in its properties (none when `point` is null). */
export function withLabel<G extends Polygon | MultiPolygon, P>(feature: Feature<G, P>, point: Position | null): Feature<G, P> {
  const { labelLon: _lon, labelLat: _lat, ...rest } = (feature.properties ?? {}) as P & { labelLon?: number; labelLat?: number };
  void _lon;
  void _lat;
  const properties = (point ? { ...rest, labelLon: point[0], labelLat: point[1] } : rest) as P;
  return { ...feature, properties };
}
