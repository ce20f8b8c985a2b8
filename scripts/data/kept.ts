/**
 * The override mechanism: a feature already in parks.geojson, subparks.geojson or
 * hubs.geojson whose `accuracy` is 'official-outline' or 'surveyed' was put there by a
 * planner (the build never produces those classes for these layers). The build keeps
 * it as it is (geometry only rounded and rewound) instead of regenerating it.
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Accuracy } from '../../src/data/types';
import { normalizePolygonal, roundPosition } from '../../src/geo/normalize';
import { asArray, asRecord, isRecord, parseJson, readGeometry } from './json';

export const KEPT_ACCURACIES: readonly Accuracy[] = ['official-outline', 'surveyed'];

export type KeptFeature = Feature<Polygon | MultiPolygon | Point, Record<string, unknown>> & { id: string };

function normalizeGeometry(g: Polygon | MultiPolygon | Point): Polygon | MultiPolygon | Point {
  if (g.type === 'Point') return { type: 'Point', coordinates: roundPosition(g.coordinates) };
  return normalizePolygonal(g);
}

/** Features of a committed layer that the build must keep, keyed by id. */
export function keptFeatures(text: string | null, file: string): Map<string, KeptFeature> {
  const out = new Map<string, KeptFeature>();
  if (text === null) return out;
  const root = asRecord(parseJson(text, file), file);
  asArray(root['features'], `${file}.features`).forEach((value, i) => {
    if (!isRecord(value)) return;
    const props = value['properties'];
    if (!isRecord(props)) return;
    const accuracy = props['accuracy'];
    if (typeof accuracy !== 'string' || !(KEPT_ACCURACIES as readonly string[]).includes(accuracy)) return;
    const id = props['id'];
    const what = `${file} feature #${i}`;
    if (typeof id !== 'string') throw new Error(`${what}: kept feature has no string id`);
    const geometry = readGeometry(value['geometry']);
    if (!geometry) throw new Error(`${what} (${id}): kept feature has no Point, Polygon or MultiPolygon geometry`);
    out.set(id, {
      type: 'Feature',
      id,
      properties: { ...props },
      geometry: normalizeGeometry(geometry),
    });
  });
  return out;
}
