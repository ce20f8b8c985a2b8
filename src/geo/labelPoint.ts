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

/**
 * One label point per polygon feature (the centroid of its largest outer ring), so a
 * label is drawn once rather than once per tile the polygon spans. The schematic shapes
 * are convex-ish, so the centroid lies inside them.
 */
export function labelPoints<P>(collection: FeatureCollection<Polygon | MultiPolygon, P>): FeatureCollection<Point, P> {
  const features: Feature<Point, P>[] = collection.features.map((feature) => {
    const rings =
      feature.geometry.type === 'Polygon'
        ? [feature.geometry.coordinates[0] ?? []]
        : feature.geometry.coordinates.map((polygon) => polygon[0] ?? []);
    const largest = rings.reduce((best, ring) =>
      Math.abs(ringSignedArea(ring)) > Math.abs(ringSignedArea(best)) ? ring : best,
    );
    return { type: 'Feature', properties: feature.properties, geometry: { type: 'Point', coordinates: ringCentroid(largest) } };
  });
  return { type: 'FeatureCollection', features };
}
