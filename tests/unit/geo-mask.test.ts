import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { maskOutside, ringSignedArea } from '../../src/geo/mask';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [105, 29],
      [106, 29],
      [106, 30],
      [105, 30],
      [105, 29],
    ],
  ],
};

describe('the mask outside the district', () => {
  it('covers the world with the district cut out as a clockwise hole', () => {
    const mask = maskOutside(square);
    const [outer, hole] = mask.geometry.coordinates;
    expect(ringSignedArea(outer!)).toBeGreaterThan(0);
    expect(ringSignedArea(hole!)).toBeLessThan(0);
    expect(hole).toHaveLength(5);
  });
});
