import { readFileSync } from 'node:fs';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOfDistrict } from '../../src/workbench/district';
import { runImport } from '../../src/workbench/importPipeline';
import { dbfBytes, encode, recordOffsets, shapefileParts, truthShifted, zipShapefile, type ShapefileParts } from '../support/workbenchFiles';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);

/** 20 parcels, named 地块1…地块20 (UTF-8, with a .cpg saying so), each 0.01° east of the one before (wrapping after 10). */
async function twenty(): Promise<ShapefileParts & { cpg: string }> {
  const features: Feature<Geometry, Record<string, unknown>>[] = Array.from({ length: 20 }, (_, i) => ({
    type: 'Feature',
    properties: { n: i },
    geometry: truthShifted(i % 10),
  }));
  const parts = await shapefileParts(features);
  const dbf = dbfBytes(['name'], Array.from({ length: 20 }, (_, i) => [encode(`地块${i + 1}`, 'utf-8')]));
  return { ...parts, dbf, cpg: 'UTF-8' };
}

/** A copy of the .shp with record `n` (1-based) given an impossible point count. */
function damagePoints(shp: Uint8Array, n: number): Uint8Array {
  const copy = shp.slice();
  const at = recordOffsets(copy)[n - 1]!;
  new DataView(copy.buffer).setInt32(at + 8 + 40, 1_000_000, true);
  return copy;
}

/** A copy of the .shp with record `n`'s header length overwritten with nonsense. */
function damageHeader(shp: Uint8Array, n: number): Uint8Array {
  const copy = shp.slice();
  const at = recordOffsets(copy)[n - 1]!;
  new DataView(copy.buffer).setInt32(at + 4, 0x7fffff00);
  return copy;
}

const names = (features: { properties: Record<string, unknown> }[]) => features.map((f) => f.properties['name']);
const all = Array.from({ length: 20 }, (_, i) => `地块${i + 1}`);

describe('a damaged Shapefile is never cut short silently', () => {
  it('skips a damaged record 7 among 20 (using the .shx) and reads the other 19 with their attributes', async () => {
    const parts = await twenty();
    const result = runImport('parcels.zip', zipShapefile('parcels', { ...parts, shp: damagePoints(parts.shp, 7) }), { districtBbox });
    expect(result.total).toBe(20);
    expect(names(result.features)).toEqual(all.filter((n) => n !== '地块7'));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ index: 6, name: '地块7', code: 'damaged-record' });
    expect(result.problems[0]?.detail).toMatch(/do not fit/);
    // Each record lands where it was written: record 8 is 0.07° east of the truth.
    const ring = (result.features[6]!.geometry as GeoJSON.Polygon).coordinates[0]!;
    expect(Math.min(...ring.map((p) => p[0]!))).toBeCloseTo(105.882 + 0.07, 6);
  });

  it('without a .shx, scans on past a record with a broken header to the next one', async () => {
    const parts = await twenty();
    const result = runImport('parcels.zip', zipShapefile('parcels', { shp: damageHeader(parts.shp, 7), dbf: parts.dbf, cpg: parts.cpg }), { districtBbox });
    expect(names(result.features)).toEqual(all.filter((n) => n !== '地块7'));
    expect(result.problems.map((p) => [p.index, p.code])).toEqual([[6, 'damaged-record']]);
  });

  it('says “read 6 of 20 records” when the .shp ends inside record 7', async () => {
    const parts = await twenty();
    const cut = parts.shp.slice(0, recordOffsets(parts.shp)[6]! + 30);
    const result = runImport('parcels.zip', zipShapefile('parcels', { shp: cut, dbf: parts.dbf, cpg: parts.cpg }), { districtBbox });
    expect(result.features).toHaveLength(6);
    expect(result.problems.map((p) => [p.index, p.code])).toEqual([[6, 'damaged-record']]);
    expect(result.notices).toContainEqual({ code: 'records-short', values: { layer: 'parcels', read: 6, expected: 20 } });
  });

  it('says so when the .dbf holds fewer attribute rows than there are shapes', async () => {
    const parts = await twenty();
    const header = new DataView(parts.dbf.buffer, parts.dbf.byteOffset).getUint16(8, true);
    const rowLength = new DataView(parts.dbf.buffer, parts.dbf.byteOffset).getUint16(10, true);
    const short = parts.dbf.slice(0, header + 15 * rowLength);
    const result = runImport('parcels.zip', zipShapefile('parcels', { ...parts, dbf: short }), { districtBbox });
    expect(result.features).toHaveLength(20);
    expect(result.notices).toContainEqual({ code: 'dbf-count', values: { layer: 'parcels', shapes: 20, rows: 15 } });
  });

  it('reads an undamaged file whole, with nothing to report', async () => {
    const result = runImport('parcels.zip', zipShapefile('parcels', await twenty()), { districtBbox });
    expect(names(result.features)).toEqual(all);
    expect(result.problems).toEqual([]);
    expect(result.notices).toEqual([]);
  });
});
