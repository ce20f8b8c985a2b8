import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { boundaryDistanceKm, overlapKm2, pointInside, pointToBoundaryKm, polygonWithin } from './inside';
import { offsetKm, superellipse } from './shapes';

const origin = { lon: 105.9, lat: 29.35 };
const big = superellipse({ centre: origin, semiMajorKm: 5, semiMinorKm: 5, exponent: 4, rotationDeg: 0 });
const small = superellipse({ centre: origin, semiMajorKm: 1, semiMinorKm: 1, exponent: 4, rotationDeg: 0 });
const far = superellipse({ centre: { lon: 106.1, lat: 29.35 }, semiMajorKm: 1, semiMinorKm: 1, exponent: 4, rotationDeg: 0 });

describe('containment', () => {
  it('pointInside excludes outside points', () => {
    expect(pointInside([origin.lon, origin.lat], big)).toBe(true);
    expect(pointInside(offsetKm(origin, 6, 0), big)).toBe(false);
  });

  it('polygonWithin needs all vertices inside and no boundary contact', () => {
    expect(polygonWithin(small, big)).toBe(true);
    expect(polygonWithin(big, small)).toBe(false);
    expect(polygonWithin(far, big)).toBe(false);
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
    };
    const touching: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [0.5, 0], [0.5, 0.5], [0, 0.5], [0, 0]]],
    };
    expect(polygonWithin(touching, square)).toBe(false);
  });
});

describe('overlap and distance', () => {
  it('measures overlap area', () => {
    expect(overlapKm2(small, big)).toBeCloseTo(overlapKm2(small, small), 6);
    expect(overlapKm2(far, small)).toBe(0);
  });

  it('measures boundary gaps in km', () => {
    // centres are ~19.4 km apart; half-widths 1 km each
    const d = boundaryDistanceKm(small, far, origin);
    expect(d).toBeGreaterThan(17);
    expect(d).toBeLessThan(18);
    expect(boundaryDistanceKm(small, big, origin)).toBeCloseTo(4, 1);
    expect(pointToBoundaryKm([origin.lon, origin.lat], big, origin)).toBeCloseTo(5, 1);
  });
});
