/**
 * Deterministic GeoJSON text for the committed layers: a FeatureCollection with one
 * feature per line, member order fixed (type, id, properties, geometry), property keys
 * in a given order followed by any others alphabetically, 2-space indentation for the
 * collection, "\n" line ends and a final newline. No `crs` member (RFC 7946). Pure.
 */
import type { Feature, Geometry } from 'geojson';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function orderKeys(value: Record<string, unknown>, first: readonly string[]): string[] {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  const head = first.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !first.includes(k)).sort();
  return [...head, ...rest];
}

/** JSON text of a value with object keys sorted (used for nested property values). */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${orderKeys(obj, [])
    .map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`)
    .join(',')}}`;
}

function geometryText(geometry: Geometry): string {
  if (geometry.type === 'GeometryCollection') {
    throw new Error('GeometryCollection is not used by the project layers');
  }
  return `{"type":${JSON.stringify(geometry.type)},"coordinates":${stableStringify(geometry.coordinates)}}`;
}

export function featureText(f: Feature, propertyOrder: readonly string[]): string {
  const props = (f.properties ?? {}) as Record<string, unknown>;
  const propText = orderKeys(props, propertyOrder)
    .map((k) => `${JSON.stringify(k)}:${stableStringify(props[k])}`)
    .join(',');
  const id = f.id === undefined ? '' : `"id":${JSON.stringify(f.id)},`;
  if (!f.geometry) throw new Error(`feature ${String(f.id)} has no geometry`);
  return `{"type":"Feature",${id}"properties":{${propText}},"geometry":${geometryText(f.geometry)}}`;
}

/** The stored text of a layer. */
export function formatFeatureCollection(
  features: readonly Feature[],
  propertyOrder: readonly string[],
): string {
  if (features.length === 0) return `{\n  "type": "FeatureCollection",\n  "features": []\n}\n`;
  const lines = features.map((f) => `    ${featureText(f, propertyOrder)}`);
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** Property order used for every layer: identity first, provenance last. */
export const PROPERTY_ORDER: readonly string[] = [
  'id',
  'code',
  'name',
  'nameEn',
  'type',
  'kind',
  'role',
  'wing',
  'parentId',
  'townshipCode',
  'clusterId',
  'agglomerationLevel',
  'incubatorLevel',
  'geonameId',
  'geonameName',
  'sizedBy',
  'sizedToKm2',
  'offMap',
  'uncertaintyM',
  'placedBy',
  'placedByZh',
  'areaKm2',
  'towns',
  'namedTowns',
  'accuracy',
  'source',
  'licence',
];
