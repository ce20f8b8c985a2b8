import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { isCounterClockwise } from './normalize';
import { offsetKm, pointInShapeFrame, superellipse, toLocalKm } from './shapes';

const origin = { lon: 105.9, lat: 29.35 };

describe('local frame', () => {
  it('round-trips km offsets', () => {
    const p = offsetKm(origin, 3, -2);
    const back = toLocalKm(origin, p);
    expect(back.eastKm).toBeCloseTo(3, 9);
    expect(back.northKm).toBeCloseTo(-2, 9);
  });

  it('1 km north is about 0.009° of latitude', () => {
    expect((offsetKm(origin, 0, 1)[1] ?? 0) - origin.lat).toBeCloseTo(0.008993, 5);
  });
});

describe('superellipse', () => {
  it('is a closed counter-clockwise ring; exponent 2 gives an ellipse of area πab', () => {
    const ellipse = superellipse({ centre: origin, semiMajorKm: 2, semiMinorKm: 1, exponent: 2, rotationDeg: 0, vertices: 256 });
    const ring = ellipse.coordinates[0] ?? [];
    expect(ring).toHaveLength(257);
    expect(ring[0]).toEqual(ring[256]);
    expect(isCounterClockwise(ring)).toBe(true);
    expect(area(ellipse) / 1e6).toBeCloseTo(Math.PI * 2, 1);
  });

  it('places frame points with rotation', () => {
    const spec = { centre: origin, semiMajorKm: 2, semiMinorKm: 1, exponent: 4, rotationDeg: 90 };
    const p = toLocalKm(origin, pointInShapeFrame(spec, 1, 0));
    expect(p.eastKm).toBeCloseTo(0, 9);
    expect(p.northKm).toBeCloseTo(2, 9);
  });
});
