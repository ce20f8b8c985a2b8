import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { clipRingToBox, labelPoints, labelPointsWithin, pointInRing, ringCentroid } from '../../src/geo/labelPoint';
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

describe('label points kept clear of point symbols', () => {
  const parks: FeatureCollection<Polygon, { id: string }> = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { id: 'a' }, geometry: square }],
  };

  it('moves a label off a symbol at its centre, below it first, staying inside the shape', () => {
    const [point] = labelPoints(parks, { avoid: [[105.5, 29.5]], degrees: 0.1 }).features;
    expect(point?.geometry.coordinates).toEqual([105.5, 29.4]);
  });

  it('goes above when below is taken, and keeps the centroid when nothing is near', () => {
    const above = labelPoints(parks, { avoid: [[105.5, 29.5], [105.5, 29.42]], degrees: 0.1 }).features[0];
    expect(above?.geometry.coordinates[1]).toBeCloseTo(29.6, 9);
    const untouched = labelPoints(parks, { avoid: [[105.9, 29.9]], degrees: 0.1 }).features[0];
    expect(untouched?.geometry.coordinates).toEqual([105.5, 29.5]);
  });

  it('never leaves the shape: with no clear spot inside, the label stays at the centroid', () => {
    const [point] = labelPoints(parks, { avoid: [[105.5, 29.5]], degrees: 0.6 }).features;
    expect(point?.geometry.coordinates).toEqual([105.5, 29.5]);
  });

  it('tells inside from outside of a ring', () => {
    const ring = square.coordinates[0]!;
    expect(pointInRing([105.5, 29.5], ring)).toBe(true);
    expect(pointInRing([106.5, 29.5], ring)).toBe(false);
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
