import type { Feature, FeatureCollection, Position } from 'geojson';

export type BBox = [west: number, south: number, east: number, north: number];

function extend(box: BBox, position: Position): void {
  const [x, y] = position as [number, number];
  if (x < box[0]) box[0] = x;
  if (y < box[1]) box[1] = y;
  if (x > box[2]) box[2] = x;
  if (y > box[3]) box[3] = y;
}

function walk(coordinates: unknown, box: BBox): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    extend(box, coordinates as Position);
    return;
  }
  for (const child of coordinates) walk(child, box);
}

/** Bounding box of a feature's geometry; [Infinity, …] for an empty geometry. */
export function featureBounds(feature: Feature): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const geometry = feature.geometry;
  if (geometry && geometry.type !== 'GeometryCollection') walk(geometry.coordinates, box);
  return box;
}

/** Bounds of a whole collection as MapLibre's [[west, south], [east, north]]. */
export function boundsOf(collection: FeatureCollection): [[number, number], [number, number]] {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of collection.features) {
    const b = featureBounds(feature);
    box[0] = Math.min(box[0], b[0]);
    box[1] = Math.min(box[1], b[1]);
    box[2] = Math.max(box[2], b[2]);
    box[3] = Math.max(box[3], b[3]);
  }
  return [
    [box[0], box[1]],
    [box[2], box[3]],
  ];
}
