import { readFileSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOfDistrict } from '../../src/workbench/district';
import { runImport } from '../../src/workbench/importPipeline';
import type { ImportResult } from '../../src/workbench/types';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);

function importOne(name: string, geometry: Geometry): ImportResult {
  const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name }, geometry }] });
  return runImport(`${name}.geojson`, new TextEncoder().encode(text), { districtBbox });
}

// A 0.02° square over the old city, and things done to it.
const A = 105.9;
const B = 29.34;
const square = (x: number, y: number, s: number) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

describe('polygon validity as the OGC defines it (JSTS)', () => {
  it('a repeated vertex is valid: the polygon loads, and the repeat is dropped with a notice', () => {
    const ring = [[A, B], [A + 0.02, B], [A + 0.02, B], [A + 0.02, B + 0.02], [A, B + 0.02], [A, B]];
    const result = importOne('repeat', { type: 'Polygon', coordinates: [ring] });
    expect(result.problems).toEqual([]);
    expect(result.features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [square(A, B, 0.02)] });
    expect(result.notices).toContainEqual({ code: 'repeated-vertices', values: { count: 1, features: 1 } });
  });

  it('a hole touching its outer ring at one point is valid and loads', () => {
    const hole = [[A, B + 0.01], [A + 0.01, B + 0.005], [A + 0.01, B + 0.015], [A, B + 0.01]];
    const result = importOne('touching hole', { type: 'Polygon', coordinates: [square(A, B, 0.02), hole] });
    expect(result.problems).toEqual([]);
    expect(result.features).toHaveLength(1);
  });

  it('two overlapping parts of one MultiPolygon are reported as such, with where', () => {
    const result = importOne('overlap', {
      type: 'MultiPolygon',
      coordinates: [[square(A, B, 0.02)], [square(A + 0.01, B + 0.01, 0.02)]],
    });
    expect(result.features).toEqual([]);
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ index: 0, name: 'overlap', code: 'overlapping-parts' });
    // JTS names a point where the two parts' edges cross: on an edge of both squares.
    const near = (v: number, options: number[]) => options.some((o) => Math.abs(v - o) < 1e-6);
    expect(near(problem!.at![0], [A + 0.01, A + 0.02])).toBe(true);
    expect(near(problem!.at![1], [B + 0.01, B + 0.02])).toBe(true);
  });

  it('a self-crossing ring and a hole outside its shell are reported, each with where', () => {
    const bowtie = importOne('bowtie', { type: 'Polygon', coordinates: [[[A, B], [A + 0.02, B + 0.02], [A + 0.02, B], [A, B + 0.02], [A, B]]] });
    expect(bowtie.problems[0]?.code).toBe('self-intersection');
    expect(bowtie.problems[0]?.at?.[0]).toBeCloseTo(A + 0.01, 6);
    expect(bowtie.problems[0]?.at?.[1]).toBeCloseTo(B + 0.01, 6);
    const outside = importOne('stray hole', { type: 'Polygon', coordinates: [square(A, B, 0.01), square(A + 0.05, B, 0.005)] });
    expect(outside.problems[0]?.code).toBe('hole-outside');
    expect(outside.problems[0]?.at?.[0]).toBeCloseTo(A + 0.05, 6);
  });

  it('a ring whose vertex touches one of its own edges is reported (a touch, not a crossing)', () => {
    const ring = [[A, B], [A + 0.02, B], [A + 0.02, B + 0.02], [A + 0.01, B], [A, B + 0.02], [A, B]];
    const result = importOne('tangent', { type: 'Polygon', coordinates: [ring] });
    expect(result.problems[0]?.code).toBe('self-intersection');
    expect(result.problems[0]?.at?.[0]).toBeCloseTo(A + 0.01, 6);
  });

  it('an unclosed ring is reported, not loaded', () => {
    const open = importOne('open', { type: 'Polygon', coordinates: [square(A, B, 0.02).slice(0, 4)] });
    expect(open.features).toEqual([]);
    expect(open.problems[0]?.code).toBe('invalid-geojson');
  });
});
