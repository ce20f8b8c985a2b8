/**
 * The label points the data build stores in the shapes' properties (`labelLon`, `labelLat`:
 * scripts/data/labels.ts, inside the shape whatever its form). Nothing is computed here.
 */
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';

/** A shape's stored label point, or null when it has none (e.g. a neighbour outside the view). */
export function storedLabelPoint(properties: unknown): Position | null {
  if (typeof properties !== 'object' || properties === null) return null;
  const { labelLon, labelLat } = properties as { labelLon?: unknown; labelLat?: unknown };
  return typeof labelLon === 'number' && typeof labelLat === 'number' ? [labelLon, labelLat] : null;
}

/** One point per feature that has a stored label point, with the feature's properties. */
export function storedLabelPoints<P>(collection: FeatureCollection<Geometry, P>): FeatureCollection<Point, P> {
  const features: Feature<Point, P>[] = [];
  for (const feature of collection.features) {
    const point = storedLabelPoint(feature.properties);
    if (point) features.push({ type: 'Feature', properties: feature.properties, geometry: { type: 'Point', coordinates: point } });
  }
  return { type: 'FeatureCollection', features };
}
