import { describe, expect, it } from 'vitest';
import {
  cleanRing,
  isCounterClockwise,
  normalizePolygonal,
  ringSignedArea,
  roundCoord,
  splitPinchedRing,
  vertexCount,
} from './normalize';

const ccwSquare = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

describe('rounding', () => {
  it('rounds to 6 decimals and never returns -0', () => {
    expect(roundCoord(105.12345649)).toBe(105.123456);
    expect(roundCoord(105.1234565)).toBe(105.123457);
    expect(Object.is(roundCoord(-0.0000001), 0)).toBe(true);
  });
});

describe('winding', () => {
  it('measures signed area (CCW positive)', () => {
    expect(ringSignedArea(ccwSquare)).toBe(1);
    expect(isCounterClockwise(ccwSquare)).toBe(true);
    expect(isCounterClockwise([...ccwSquare].reverse())).toBe(false);
  });

  it('rewinds exterior rings CCW and holes CW', () => {
    const cwOuter = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const ccwHole = [
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 2],
    ];
    const out = normalizePolygonal({ type: 'Polygon', coordinates: [cwOuter, ccwHole] });
    expect(isCounterClockwise(out.coordinates[0] ?? [])).toBe(true);
    expect(isCounterClockwise(out.coordinates[1] ?? [])).toBe(false);
  });
});

describe('ring hygiene', () => {
  it('drops repeated vertices and closes rings', () => {
    expect(cleanRing([[0, 0], [1, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
    expect(cleanRing([[0, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
  });

  it('drops degenerate parts of a MultiPolygon', () => {
    const out = normalizePolygonal({
      type: 'MultiPolygon',
      coordinates: [[ccwSquare], [[[5, 5], [5, 5], [5, 5], [5, 5]]]],
    });
    expect(out.coordinates).toHaveLength(1);
    expect(vertexCount(out)).toBe(4);
  });

  it('splits a ring pinched at a repeated vertex into loops', () => {
    // figure eight through (1, 1)
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 2],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const loops = splitPinchedRing(ring);
    expect(loops).toHaveLength(2);
    for (const loop of loops) expect(loop[0]).toEqual(loop[loop.length - 1]);
    expect(loops.map((l) => Math.abs(ringSignedArea(l))).sort()).toEqual([1, 1]);
  });
});
