/** The workbench's document as kept in the browser (see src/keep/): its layers, each checked when read back. */
import { checkEach, type RecordKind } from '../keep/record';
import type { WorkLayer } from './types';

const GEOMETRY_DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` is a position (depth 0) or nested lists of positions `depth` deep. */
function isCoordinates(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) return value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
  return value.every((inner) => isCoordinates(inner, depth - 1));
}

function featureProblem(feature: unknown): string | null {
  if (!isObject(feature) || feature.type !== 'Feature') return 'not a feature';
  if (typeof feature.id !== 'string') return 'no id';
  if (!isObject(feature.properties)) return 'no properties';
  const geometry = feature.geometry;
  if (!isObject(geometry) || typeof geometry.type !== 'string' || !(geometry.type in GEOMETRY_DEPTH)) return 'no usable geometry';
  if (!isCoordinates(geometry.coordinates, GEOMETRY_DEPTH[geometry.type] ?? 0)) return `${geometry.type} with broken coordinates`;
  return null;
}

function layerProblem(layer: unknown): string | null {
  if (!isObject(layer)) return 'not a layer';
  if (typeof layer.id !== 'string' || typeof layer.name !== 'string') return 'no id or name';
  if (layer.origin !== 'import' && layer.origin !== 'drawing') return 'unknown origin';
  if (!Array.isArray(layer.features)) return 'features is not a list';
  if (typeof layer.visible !== 'boolean' || !isObject(layer.parkLinks)) return 'no visibility or park links';
  const bad = (layer.features as unknown[]).map(featureProblem).findIndex((problem) => problem !== null);
  if (bad >= 0) return `feature ${bad}: ${featureProblem((layer.features as unknown[])[bad])}`;
  return null;
}

export const workbenchRecord: RecordKind<WorkLayer[]> = {
  key: 'yongchuan-workbench-v1',
  name: 'workbench',
  version: 1,
  validate: (record) => checkEach<WorkLayer>(record.layers, 'layer', layerProblem),
  encode: (layers) => ({ layers }),
  isEmpty: (layers) => layers.length === 0,
};
