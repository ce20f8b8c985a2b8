/**
 * Decoder for ECharts' compressed GeoJSON encoding (the `UTF8Encoding: true` map files
 * shipped with echarts 3.x/4.x, e.g. `map/json/province/chongqing.json`).
 *
 * Re-implemented from `decodePolygon` in echarts@4.9.0 `lib/coord/geo/parseGeoJson.js`:
 * each ring is a string of character pairs (x, y). For each pair, the char code minus 64
 * is a ZigZag-encoded delta; deltas are accumulated starting from the ring's
 * `encodeOffsets` entry, and the running integer is divided by the scale (`UTF8Scale`,
 * 1024 when absent) to give longitude/latitude in degrees.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export const DEFAULT_ECHARTS_SCALE = 1024;

export type EncodeOffset = readonly [number, number];

export interface EncodedPolygon {
  type: 'Polygon';
  coordinates: string[];
  encodeOffsets: EncodeOffset[];
}

export interface EncodedMultiPolygon {
  type: 'MultiPolygon';
  coordinates: string[][];
  encodeOffsets: EncodeOffset[][];
}

export type EncodedGeometry = EncodedPolygon | EncodedMultiPolygon;

/** ZigZag decoding: 0,1,2,3,4 -> 0,-1,1,-2,2. */
export function zigZagDecode(n: number): number {
  return (n >> 1) ^ -(n & 1);
}

/** Decodes one ring. Pure; throws on a string of odd length. */
export function decodeRing(
  encoded: string,
  offset: EncodeOffset,
  scale: number = DEFAULT_ECHARTS_SCALE,
): Position[] {
  if (encoded.length % 2 !== 0) {
    throw new Error(`encoded ring has odd length ${encoded.length}`);
  }
  const result: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    const x = zigZagDecode(encoded.charCodeAt(i) - 64) + prevX;
    const y = zigZagDecode(encoded.charCodeAt(i + 1) - 64) + prevY;
    prevX = x;
    prevY = y;
    result.push([x / scale, y / scale]);
  }
  return result;
}

function offsetAt<T>(list: readonly T[], i: number, what: string): T {
  const v = list[i];
  if (v === undefined) throw new Error(`missing encodeOffsets for ${what} ${i}`);
  return v;
}

/** Decodes an encoded Polygon or MultiPolygon into plain GeoJSON coordinates. */
export function decodeGeometry(
  geometry: EncodedGeometry,
  scale: number = DEFAULT_ECHARTS_SCALE,
): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    return {
      type: 'Polygon',
      coordinates: geometry.coordinates.map((ring, i) =>
        decodeRing(ring, offsetAt(geometry.encodeOffsets, i, 'ring'), scale),
      ),
    };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon, p) => {
      const offsets = offsetAt(geometry.encodeOffsets, p, 'polygon');
      return polygon.map((ring, i) => decodeRing(ring, offsetAt(offsets, i, 'ring'), scale));
    }),
  };
}

/** ZigZag encoding, the inverse of {@link zigZagDecode}. */
export function zigZagEncode(n: number): number {
  return (n << 1) ^ (n >> 31);
}

/**
 * Encodes a ring (the inverse of {@link decodeRing}); used by tests and fixtures.
 * Coordinates are quantised to 1/scale degree.
 */
export function encodeRing(
  ring: readonly Position[],
  scale: number = DEFAULT_ECHARTS_SCALE,
): { encoded: string; offset: [number, number] } {
  const first = ring[0];
  if (!first) return { encoded: '', offset: [0, 0] };
  const offset: [number, number] = [Math.round((first[0] ?? 0) * scale), Math.round((first[1] ?? 0) * scale)];
  let prevX = offset[0];
  let prevY = offset[1];
  let encoded = '';
  for (const p of ring) {
    const x = Math.round((p[0] ?? 0) * scale);
    const y = Math.round((p[1] ?? 0) * scale);
    encoded += String.fromCharCode(zigZagEncode(x - prevX) + 64, zigZagEncode(y - prevY) + 64);
    prevX = x;
    prevY = y;
  }
  return { encoded, offset };
}
