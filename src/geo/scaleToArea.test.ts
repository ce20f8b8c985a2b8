import { area, centroid } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { scalePolygon, scaleToArea } from './scaleToArea';
import { superellipse } from './shapes';

const blob = superellipse({
  centre: { lon: 105.95, lat: 29.35 },
  semiMajorKm: 2,
  semiMinorKm: 1,
  exponent: 4,
  rotationDeg: 20,
});

describe('scaleToArea', () => {
  it.each([1.11, 5, 34.66])('hits %s km² to within 1e-6', (target) => {
    const { polygon, areaKm2, factor } = scaleToArea(blob, target);
    expect(Math.abs(area(polygon) / 1e6 - target) / target).toBeLessThan(1e-6);
    expect(areaKm2).toBeCloseTo(target, 5);
    expect(factor).toBeGreaterThan(0);
  });

  it('keeps the centroid and the shape', () => {
    const { polygon } = scaleToArea(blob, 20);
    const [x0, y0] = centroid(blob).geometry.coordinates;
    const [x1, y1] = centroid(polygon).geometry.coordinates;
    expect(x1).toBeCloseTo(x0 ?? NaN, 6);
    expect(y1).toBeCloseTo(y0 ?? NaN, 6);
    expect(polygon.coordinates[0]).toHaveLength(blob.coordinates[0]?.length ?? -1);
  });

  it('scales area with the square of the factor', () => {
    const origin = centroid(blob).geometry.coordinates;
    const ratio = area(scalePolygon(blob, 2, origin)) / area(blob);
    expect(ratio).toBeCloseTo(4, 2);
  });

  it('rejects a non-positive target', () => {
    expect(() => scaleToArea(blob, 0)).toThrow(/positive/);
  });
});
