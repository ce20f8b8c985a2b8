/**
 * A replacement for geodata/parks.geojson in exactly the project's format, with one
 * park's schematic shape replaced by an official outline. `npm run data:build` keeps
 * features whose accuracy is 'official-outline' or 'surveyed' (geodata/README.md), so the
 * planner commits this file as it is. Pure.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Accuracy, ParkId, ParkShapeProps } from '../data/types';
import { formatFeatureCollection, PROPERTY_ORDER } from '../geo/geojsonFormat';
import { normalizePolygonal } from '../geo/normalize';

export interface OutlineMeta {
  accuracy: Extract<Accuracy, 'official-outline' | 'surveyed'>;
  /** Where the outline comes from (document, date, table). */
  source: string;
  licence: string;
  /** One sentence on how the outline was made. */
  placedBy: string;
  /** The same sentence in Chinese; the planner's own sentence is used for both when absent. */
  placedByZh?: string;
}

export function parkFileText(
  parks: FeatureCollection<Polygon | MultiPolygon, ParkShapeProps>,
  parkId: ParkId,
  outline: Polygon | MultiPolygon,
  meta: OutlineMeta,
): string {
  if (!parks.features.some((f) => f.properties.id === parkId)) throw new Error(`no park ${parkId} in parks.geojson`);
  const features: Feature[] = parks.features.map((f) => {
    if (f.properties.id !== parkId) return f;
    // `towns` is derived from the shape: left out here, `npm run data:build` computes it for the new outline.
    const rest: ParkShapeProps = { ...f.properties };
    delete rest.towns;
    const properties: ParkShapeProps = {
      ...rest,
      accuracy: meta.accuracy,
      source: meta.source.trim(),
      licence: meta.licence.trim(),
      placedBy: [meta.placedBy.trim()],
      placedByZh: [(meta.placedByZh ?? meta.placedBy).trim()],
    };
    return { type: 'Feature', id: parkId, properties, geometry: normalizePolygonal(outline) };
  });
  return formatFeatureCollection(features, PROPERTY_ORDER);
}
