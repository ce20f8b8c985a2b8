/**
 * Shapefile record parity with mapshaper and mbostock/shapefile, on fixtures written byte by
 * byte (tests/support/shpWriter.ts): a null shape is a record (counted and reported, never
 * dropped), and a record is called damaged only where its header or content cannot be read,
 * the reading going on at the next record.
 */
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOfDistrict } from '../../src/workbench/district';
import { readShp } from '../../src/workbench/formats/shp';
import { runImport } from '../../src/workbench/importPipeline';
import { multiPointShape, nullShape, partsShape, pointShape, shpFile } from '../support/shpWriter';
import { dbfBytes, encode, zipShapefile } from '../support/workbenchFiles';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);

/** A small square parcel in the district, `k` × 0.01° east of the first. */
const square = (k: number, z = 0): Position[] => {
  const x = 105.88 + 0.01 * k;
  const y = 29.3;
  return [
    [x, y, z],
    [x, y + 0.005, z],
    [x + 0.005, y + 0.005, z],
    [x + 0.005, y, z],
    [x, y, z],
  ];
};
const names = (n: number) => dbfBytes(['name'], Array.from({ length: n }, (_, i) => [encode(`P${i + 1}`, 'utf-8')]));
const shapes = (read: ReturnType<typeof readShp>) => read.records.map((r) => (r.ok ? (r.geometry?.type ?? 'null') : 'damaged'));

describe('null shapes are records', () => {
  const { shp, shx } = shpFile(5, [partsShape(5, [square(0)]), nullShape(), partsShape(5, [square(1)])]);

  it.each([
    ['with the .shx', shx],
    ['without it', undefined],
  ])('are read as records without a shape (%s)', (_, index) => {
    expect(shapes(readShp(shp, index))).toEqual(['Polygon', 'null', 'Polygon']);
  });

  it('are counted in a notice and each listed with its attributes; the others load', () => {
    const result = runImport('p.zip', zipShapefile('p', { shp, shx, dbf: names(3), cpg: 'UTF-8' }), { districtBbox });
    expect(result.total).toBe(3);
    expect(result.features.map((f) => f.properties['name'])).toEqual(['P1', 'P3']);
    expect(result.problems).toEqual([expect.objectContaining({ index: 1, name: 'P2', code: 'null-geometry' })]);
    expect(result.notices).toContainEqual({ code: 'null-shapes', values: { layer: 'p', count: 1, records: 3 } });
    expect((result.notices ?? []).map((n) => n.code)).not.toContain('records-short');
  });

  it('a file of null shapes only (shape type 0) reads as that many records', () => {
    const only = shpFile(0, [nullShape(), nullShape()]);
    expect(shapes(readShp(only.shp))).toEqual(['null', 'null']);
  });
});

describe('a record is damaged only where it cannot be read', () => {
  const three = (middle: Uint8Array | { content: Uint8Array; declaredBytes: number }) =>
    shpFile(5, [partsShape(5, [square(0)]), middle, partsShape(5, [square(2)])]);

  it('a header longer than the content (padding after it): read, and so is the next', () => {
    const content = partsShape(5, [square(1)]);
    const padded = new Uint8Array(content.length + 8);
    padded.set(content);
    const { shp } = three({ content: padded, declaredBytes: padded.length });
    expect(shapes(readShp(shp))).toEqual(['Polygon', 'Polygon', 'Polygon']);
  });

  it('a header shorter than the content needs: read by its own counts, the next found where the content ends', () => {
    const content = partsShape(5, [square(1)]);
    const { shp, shx } = three({ content, declaredBytes: content.length - 32 });
    for (const index of [undefined, shx]) {
      const read = readShp(shp, index);
      expect(shapes(read)).toEqual(['Polygon', 'Polygon', 'Polygon']);
      const ring = (read.records[2] as { geometry: GeoJSON.Polygon }).geometry.coordinates[0]!;
      expect(ring[0]![0]).toBeCloseTo(105.9, 9);
    }
  });

  it('a PointZ record whose header leaves out the M value is read with its Z', () => {
    const full = pointShape(11, [105.9, 29.3, 310]);
    const { shp } = shpFile(11, [{ content: full.slice(0, 28), declaredBytes: 28 }, pointShape(11, [105.91, 29.3, 320])]);
    const read = readShp(shp);
    expect(read.records.map((r) => r.ok && r.geometry)).toEqual([
      { type: 'Point', coordinates: [105.9, 29.3, 310] },
      { type: 'Point', coordinates: [105.91, 29.3, 320] },
    ]);
  });

  it('a coordinate that is not a number is read (the validation reports it), not called damaged', () => {
    const { shp } = shpFile(1, [pointShape(1, [105.9, 29.3]), pointShape(1, [NaN, NaN]), pointShape(1, [105.92, 29.3])]);
    expect(readShp(shp).records.map((r) => r.ok)).toEqual([true, true, true]);
    const result = runImport('p.zip', zipShapefile('p', { shp, dbf: names(3) }), { districtBbox });
    expect(result.problems.map((p) => [p.index, p.code])).toEqual([[1, 'bad-coordinates']]);
  });

  it('an unknown shape type is damaged, and the reading resynchronises on the next record (no .shx)', () => {
    const bad = partsShape(5, [square(1)]);
    new DataView(bad.buffer).setInt32(0, 99, true);
    const { shp } = three(bad);
    const read = readShp(shp);
    expect(shapes(read)).toEqual(['Polygon', 'damaged', 'Polygon']);
    expect(read.records[1]).toEqual({ ok: false, detail: 'shape type 99 in a file of type 5' });
  });

  it('a header whose length runs past the end of the file is damaged; the next record is found by its number', () => {
    const content = partsShape(5, [square(1)]);
    const { shp } = three({ content, declaredBytes: 0x7ffffff0 });
    expect(shapes(readShp(shp))).toEqual(['Polygon', 'damaged', 'Polygon']);
  });

  it('a truncated last record is damaged, and the count says how many were read', () => {
    const { shp, shx } = shpFile(5, [partsShape(5, [square(0)]), partsShape(5, [square(1)]), partsShape(5, [square(2)])]);
    const cut = shp.slice(0, shp.length - 40);
    expect(shapes(readShp(cut))).toEqual(['Polygon', 'Polygon', 'damaged']);
    const result = runImport('p.zip', zipShapefile('p', { shp: cut, shx, dbf: names(3) }), { districtBbox });
    expect(result.features).toHaveLength(2);
    expect(result.problems.map((p) => [p.index, p.code])).toEqual([[2, 'damaged-record']]);
    expect((result.notices ?? []).map((n) => n.code)).not.toContain('null-shapes');
  });
});

describe('Z and M variants', () => {
  it('PolygonZ keeps its Z values; PolyLineM and PolygonM read as 2-D', () => {
    const z = readShp(shpFile(15, [partsShape(15, [square(0, 250)])]).shp).records[0];
    expect(z).toMatchObject({ ok: true, geometry: { type: 'Polygon' } });
    expect((z as { geometry: GeoJSON.Polygon }).geometry.coordinates[0]![0]).toEqual([105.88, 29.3, 250]);
    const line = readShp(shpFile(23, [partsShape(23, [square(0).slice(0, 3)])]).shp).records[0];
    expect(line).toEqual({ ok: true, geometry: { type: 'LineString', coordinates: square(0).slice(0, 3).map(([x, y]) => [x, y]) } });
    const polygonM = readShp(shpFile(25, [partsShape(25, [square(0)])]).shp).records[0];
    expect((polygonM as { geometry: GeoJSON.Polygon }).geometry.coordinates[0]![0]).toEqual([105.88, 29.3]);
  });

  it('MultiPointZ and MultiPointM', () => {
    const points = [
      [105.9, 29.3, 5],
      [105.91, 29.31, 6],
    ];
    expect(readShp(shpFile(18, [multiPointShape(18, points)]).shp).records[0]).toEqual({ ok: true, geometry: { type: 'MultiPoint', coordinates: points } });
    expect(readShp(shpFile(28, [multiPointShape(28, points)]).shp).records[0]).toEqual({
      ok: true,
      geometry: { type: 'MultiPoint', coordinates: points.map(([x, y]) => [x, y]) },
    });
  });

  it('a MultiPatch file (31) is refused as a whole, saying so', () => {
    const { shp } = shpFile(31, [nullShape()]);
    expect(() => runImport('p.zip', zipShapefile('p', { shp }), { districtBbox })).toThrow(/unreadable: p\.shp: shape type 31 .*MultiPatch/);
  });
});
