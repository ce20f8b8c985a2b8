import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { labelPoints, ringCentroid } from '../../src/geo/labelPoint';
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

describe('label points', () => {
  it('puts the label at the area centroid, not the vertex average', () => {
    // An L-shaped ring whose vertex average differs from its centroid.
    const ring = [
      [0, 0],
      [4, 0],
      [4, 1],
      [1, 1],
      [1, 4],
      [0, 4],
      [0, 0],
    ];
    const [x, y] = ringCentroid(ring);
    expect(x).toBeCloseTo(9.5 / 7, 6);
    expect(y).toBeCloseTo(9.5 / 7, 6);
  });

  it('gives one point per polygon feature and keeps its properties', () => {
    const collection: FeatureCollection<Polygon, { id: string }> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'a' }, geometry: square }],
    };
    const points = labelPoints(collection);
    expect(points.features).toHaveLength(1);
    expect(points.features[0]?.properties.id).toBe('a');
    expect(points.features[0]?.geometry.coordinates).toEqual([105.5, 29.5]);
  });
});

describe('the mask outside the district', () => {
  it('covers the world with the district cut out as a clockwise hole', () => {
    const mask = maskOutside(square);
    const [outer, hole] = mask.geometry.coordinates;
    expect(ringSignedArea(outer!)).toBeGreaterThan(0);
    expect(ringSignedArea(hole!)).toBeLessThan(0);
    expect(hole).toHaveLength(5);
  });
});
