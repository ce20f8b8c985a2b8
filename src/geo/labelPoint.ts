import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { ringSignedArea } from './mask';

/** Area centroid of a ring; falls back to the vertex average for a degenerate ring. */
export function ringCentroid(ring: Position[]): Position {
  const area = ringSignedArea(ring);
  if (Math.abs(area) < 1e-15) {
    const n = Math.max(ring.length - 1, 1);
    const sum = ring.slice(0, n).reduce((acc, [x = 0, y = 0]) => [acc[0]! + x, acc[1]! + y], [0, 0]);
    return [sum[0]! / n, sum[1]! / n];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[i + 1]!;
    const cross = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

/** Ray casting: whether a point lies inside a closed ring. */
export function pointInRing([x = 0, y = 0]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Points a label must keep clear of (e.g. the symbol of the town a park is centred on), in degrees. */
export interface LabelClearance {
  avoid: Position[];
  degrees: number;
}

/**
 * The centroid of `ring`, or, when it sits within `clear.degrees` of a point to avoid, the first
 * spot straight below or above it, still inside the ring, that is clear of them all.
 */
function labelSpot(ring: Position[], clear?: LabelClearance): Position {
  const centroid = ringCentroid(ring);
  if (!clear) return centroid;
  const [x = 0, y = 0] = centroid;
  const isClear = ([px = 0, py = 0]: Position) =>
    clear.avoid.every(([ax = 0, ay = 0]) => Math.hypot(px - ax, py - ay) >= clear.degrees);
  if (isClear(centroid)) return centroid;
  for (const steps of [-1, 1, -1.5, 1.5, -2, 2]) {
    const candidate: Position = [x, y + steps * clear.degrees];
    if (pointInRing(candidate, ring) && isClear(candidate)) return candidate;
  }
  return centroid;
}

/**
 * One label point per polygon feature (the centroid of its largest outer ring), so a
 * label is drawn once rather than once per tile the polygon spans. The schematic shapes
 * are convex-ish, so the centroid lies inside them. With `clear`, a point on top of a symbol
 * to avoid moves below or above it inside the shape (see labelSpot).
 */
export function labelPoints<P>(
  collection: FeatureCollection<Polygon | MultiPolygon, P>,
  clear?: LabelClearance,
): FeatureCollection<Point, P> {
  const features: Feature<Point, P>[] = collection.features.map((feature) => {
    const rings =
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates[0] ?? []]
        : feature.geometry.coordinates.map((polygon) => polygon[0] ?? []);
    const largest = rings.reduce((best, ring) =>
      Math.abs(ringSignedArea(ring)) > Math.abs(ringSignedArea(best)) ? ring : best,
    );
    return { type: 'Feature', properties: feature.properties, geometry: { type: 'Point', coordinates: labelSpot(largest, clear) } };
  });
  return { type: 'FeatureCollection', features };
}

/** Sutherland–Hodgman: the part of a closed ring inside an axis-aligned box, closed again. */
export function clipRingToBox(ring: Position[], box: [number, number, number, number]): Position[] {
  const [west, south, east, north] = box;
  const edges: ((p: Position) => boolean)[] = [
    (p) => p[0]! >= west,
    (p) => p[0]! <= east,
    (p) => p[1]! >= south,
    (p) => p[1]! <= north,
  ];
  const crossings: ((a: Position, b: Position) => Position)[] = [
    (a, b) => [west, a[1]! + ((b[1]! - a[1]!) * (west - a[0]!)) / (b[0]! - a[0]!)],
    (a, b) => [east, a[1]! + ((b[1]! - a[1]!) * (east - a[0]!)) / (b[0]! - a[0]!)],
    (a, b) => [a[0]! + ((b[0]! - a[0]!) * (south - a[1]!)) / (b[1]! - a[1]!), south],
    (a, b) => [a[0]! + ((b[0]! - a[0]!) * (north - a[1]!)) / (b[1]! - a[1]!), north],
  ];
  let points = ring.slice(0, -1);
  edges.forEach((inside, index) => {
    const input = points;
    points = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) points.push(crossings[index]!(previous, current));
        points.push(current);
      } else if (inside(previous)) {
        points.push(crossings[index]!(previous, current));
      }
    });
  });
  return points.length >= 3 ? [...points, points[0]!] : [];
}

/**
 * Label points for large polygons that reach far beyond the view (neighbouring districts):
 * the centroid of the largest piece of each polygon inside `box`, or none if nothing is inside.
 */
export function labelPointsWithin<P>(
  collection: FeatureCollection<Polygon | MultiPolygon, P>,
  box: [number, number, number, number],
): FeatureCollection<Point, P> {
  const features: Feature<Point, P>[] = [];
  for (const feature of collection.features) {
    const rings =
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates[0] ?? []]
        : feature.geometry.coordinates.map((polygon) => polygon[0] ?? []);
    const pieces = rings.map((ring) => clipRingToBox(ring, box)).filter((ring) => ring.length > 0);
    if (pieces.length === 0) continue;
    const largest = pieces.reduce((best, ring) =>
      Math.abs(ringSignedArea(ring)) > Math.abs(ringSignedArea(best)) ? ring : best,
    );
    features.push({ type: 'Feature', properties: feature.properties, geometry: { type: 'Point', coordinates: ringCentroid(largest) } });
  }
  return { type: 'FeatureCollection', features };
}
