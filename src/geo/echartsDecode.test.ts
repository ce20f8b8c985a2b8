import { describe, expect, it } from 'vitest';
import { decodeGeometry, decodeRing, encodeRing, zigZagDecode, zigZagEncode } from './echartsDecode';

describe('zigzag', () => {
  it('maps 0,1,2,3,4 to 0,-1,1,-2,2 and back', () => {
    expect([0, 1, 2, 3, 4].map(zigZagDecode)).toEqual([0, -1, 1, -2, 2]);
    expect([0, -1, 1, -2, 2].map(zigZagEncode)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('decodeRing', () => {
  it('decodes a hand-made ring (char code - 64, zigzag, delta from the offset, / scale)', () => {
    // '@' = 64 -> 0; 'B' = 66 -> +1; 'A' = 65 -> -1
    const ring = decodeRing('@@B@@BA@', [1024, 2048], 1024);
    expect(ring).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2],
      [1 + 1 / 1024, 2 + 1 / 1024],
      [1, 2 + 1 / 1024],
    ]);
  });

  it('round-trips with encodeRing', () => {
    const ring = [
      [105.9, 29.3],
      [106.0, 29.3],
      [106.0, 29.4],
      [105.9, 29.3],
    ];
    const { encoded, offset } = encodeRing(ring);
    const back = decodeRing(encoded, offset);
    back.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(ring[i]?.[0] ?? NaN, 2);
      expect(p[1]).toBeCloseTo(ring[i]?.[1] ?? NaN, 2);
    });
  });

  it('rejects odd-length strings', () => {
    expect(() => decodeRing('@@@', [0, 0])).toThrow(/odd length/);
  });
});

describe('decodeGeometry', () => {
  it('decodes Polygon and MultiPolygon with per-ring offsets', () => {
    const poly = decodeGeometry({ type: 'Polygon', coordinates: ['@@B@'], encodeOffsets: [[0, 0]] });
    expect(poly).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1 / 1024, 0]]] });
    const multi = decodeGeometry({
      type: 'MultiPolygon',
      coordinates: [['@@'], ['@@']],
      encodeOffsets: [[[1024, 0]], [[0, 1024]]],
    });
    expect(multi).toEqual({ type: 'MultiPolygon', coordinates: [[[[1, 0]]], [[[0, 1]]]] });
  });

  it('fails when an offset is missing', () => {
    expect(() => decodeGeometry({ type: 'Polygon', coordinates: ['@@', '@@'], encodeOffsets: [[0, 0]] })).toThrow(/encodeOffsets/);
  });
});
