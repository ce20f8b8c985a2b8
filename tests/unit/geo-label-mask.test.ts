import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { clipRingToBox, labelPoints, labelPointsWithin, ringCentroid } from '../../src/geo/labelPoint';
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

describe('label points of polygons reaching beyond the view', () => {
  it('clips a ring to a box and labels the part inside', () => {
    const big: FeatureCollection<Polygon, { id: string }> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'big' },
          geometry: { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] },
        },
        {
          type: 'Feature',
          properties: { id: 'far' },
          geometry: { type: 'Polygon', coordinates: [[[20, 20], [21, 20], [21, 21], [20, 21], [20, 20]]] },
        },
      ],
    };
    expect(clipRingToBox(big.features[0]!.geometry.coordinates[0]!, [8, 8, 12, 12])).toHaveLength(5);
    const points = labelPointsWithin(big, [8, 8, 12, 12]);
    expect(points.features.map((f) => f.properties.id)).toEqual(['big']);
    const [x, y] = points.features[0]!.geometry.coordinates;
    expect(x).toBeCloseTo(9, 9);
    expect(y).toBeCloseTo(9, 9);
  });
});
