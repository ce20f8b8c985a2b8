/**
 * Label points: computed by the data build (scripts/data/labels.ts, polylabel), stored in the
 * shapes' properties, inside their shapes whatever their form; the app only reads them.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, centroid } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, labelPointWithin, withLabel } from '../../scripts/data/labels';
import { LAYER_FILES } from '../../scripts/data/sources';
import { storedLabelPoint, storedLabelPoints } from '../../src/geo/storedLabels';

/** A U open to the north: its centroid lies in the notch, outside the shape. */
const u: Polygon = {
  type: 'Polygon',
  coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
};

const inside = (point: Position | null, shape: Polygon | MultiPolygon) =>
  point !== null && booleanPointInPolygon(point, shape, { ignoreBoundary: true });

describe('label points of the data build', () => {
  it('lies inside a concave shape, where the centroid does not', () => {
    expect(inside(centroid(u).geometry.coordinates, u)).toBe(false);
    expect(inside(labelPoint(u), u)).toBe(true);
  });

  it('labels the largest polygon of a multipolygon', () => {
    const shape: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10.1], [10, 10]]], u.coordinates],
    };
    expect(inside(labelPoint(shape), u)).toBe(true);
  });

  it('moves off a symbol to avoid, below it first, and stays inside the shape', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const [x, y] = labelPoint(square)!;
    expect(x).toBeCloseTo(0.5, 3);
    expect(y).toBeCloseTo(0.5, 3);
    // A symbol just above the pole: the label goes one step below, clear of it.
    const moved = labelPoint(square, { avoid: [[0.5, 0.51]], degrees: 0.1 })!;
    expect(moved[0]).toBeCloseTo(0.5, 3);
    expect(moved[1]).toBeCloseTo(0.4, 3);
    // Just below: one step below is not clear of it, one step above is.
    const above = labelPoint(square, { avoid: [[0.5, 0.49]], degrees: 0.1 })!;
    expect(above[1]).toBeCloseTo(0.6, 3);
    // No clear spot inside: the pole stays (inside) rather than leave the shape.
    expect(inside(labelPoint(square, { avoid: [[0.5, 0.5]], degrees: 0.6 }), square)).toBe(true);
  });

  it('labels the part of a shape inside a box, or nothing when none is', () => {
    const big: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] };
    const [x, y] = labelPointWithin(big, [8, 8, 12, 12])!;
    expect(x).toBeCloseTo(9, 3);
    expect(y).toBeCloseTo(9, 3);
    expect(labelPointWithin(big, [20, 20, 21, 21])).toBeNull();
  });

  it('stores the point in the properties, replacing an old one, and the app reads it back', () => {
    const feature = withLabel({ type: 'Feature', properties: { id: 'u', labelLon: 99, labelLat: 99 }, geometry: u }, [1.5, 0.5]);
    expect(feature.properties).toEqual({ id: 'u', labelLon: 1.5, labelLat: 0.5 });
    expect(storedLabelPoint(feature.properties)).toEqual([1.5, 0.5]);
    expect(withLabel(feature, null).properties).toEqual({ id: 'u' });
    expect(storedLabelPoint({ labelLon: '1', labelLat: 2 })).toBeNull();
    const points = storedLabelPoints({ type: 'FeatureCollection', features: [feature, withLabel(feature, null)] });
    expect(points.features).toEqual([{ type: 'Feature', properties: feature.properties, geometry: { type: 'Point', coordinates: [1.5, 0.5] } }]);
  });
});

describe('label points of the committed geodata', () => {
  const layer = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon | Point>;

  it('every park and sub-park shape has one, inside the shape', () => {
    for (const file of [LAYER_FILES.parks, LAYER_FILES.subparks]) {
      const shapes = layer(file).features.filter((f) => f.geometry.type !== 'Point');
      expect(shapes.length).toBeGreaterThan(0);
      for (const f of shapes) expect(inside(storedLabelPoint(f.properties), f.geometry as Polygon | MultiPolygon), `${file} ${String(f.properties?.['id'])}`).toBe(true);
    }
  });

  it('neighbours are labelled inside their shapes', () => {
    const labelled = layer(LAYER_FILES.neighbours).features.filter((f) => storedLabelPoint(f.properties) !== null);
    expect(labelled.length).toBeGreaterThan(3);
    for (const f of labelled) expect(inside(storedLabelPoint(f.properties), f.geometry as Polygon | MultiPolygon), String(f.properties?.['id'])).toBe(true);
  });
});
