import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundsOfDistrict } from '../../src/workbench/district';
import { importXlsx } from '../../src/workbench/formats/xlsx';
import { attributeRows, layerXlsx } from '../../src/workbench/formats/xlsxExport';
import { exportCrs } from '../../src/workbench/exportCrs';
import { readXlsxSheet, sheetExtent, SheetError } from '../../src/intake/xlsxRead';
import { rowsToXlsx, safeSheetName } from '../../src/workbench/formats/xlsxWrite';
import { importAny } from '../../src/intake/jobs';
import type { WorkFeature } from '../../src/workbench/types';
import { distanceM, TRUTH } from '../support/workbenchFixtures';
import { badRowsXlsx, points4544Xlsx, truthPoint, twoSheetsXlsx, withDoctype, withFarCell, withFormulas, withHugeDimension } from '../support/xlsxFixtures';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  }
}

describe('importing Excel workbooks', () => {
  it('brings 10 000 rows of CGCS2000 Gauss-Krüger x/y (EPSG:4544) back within 1 m of the truth, detected by range', async () => {
    const count = 10_000;
    const bytes = await points4544Xlsx(count);
    const result = await timed('10 000-row .xlsx import', () => importXlsx('points.xlsx', bytes, { districtBbox }));
    expect(result.format).toBe('xlsx');
    expect(result.crs).toBe('epsg4544');
    expect(result.crsReason).toBe('range');
    expect(result.problems).toEqual([]);
    expect(result.features).toHaveLength(count);
    expect(result.sheet).toBe('点位');
    let worst = 0;
    result.features.forEach((f, i) => {
      if (f.geometry.type !== 'Point') throw new Error('expected a point');
      worst = Math.max(worst, distanceM(f.geometry.coordinates, truthPoint(i, count)));
    });
    expect(worst).toBeLessThan(1);
    expect(result.features[42]?.properties).toEqual({ 名称: '点42', 面积: 42 });
  });

  it('takes the coordinate system the user picks over the detected one', async () => {
    const result = await importXlsx('points.xlsx', await points4544Xlsx(10), { districtBbox, crs: 'epsg4523' });
    expect(result.crsReason).toBe('user');
    expect(result.crs).toBe('epsg4523');
    // Read as zone 35 the eastings land far from Yongchuan: every row is reported.
    expect(result.features).toHaveLength(0);
    expect(result.problems.map((p) => p.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('reports each bad row by its spreadsheet row number and sheet, and keeps the good ones', async () => {
    const result = await importXlsx('bad.xlsx', await badRowsXlsx(), { districtBbox });
    expect(result.features.map((f) => f.properties['名称'])).toEqual(['好点甲', '好点乙']);
    expect(result.problems.map((p) => [p.row, p.sheet, p.name, p.code])).toEqual([
      [3, '问题', '缺纬度', 'null-geometry'],
      [4, '问题', '颠倒', 'swapped'],
      [5, '问题', '文字', 'null-geometry'],
      [8, '问题', '北京', 'far-outside'],
    ]);
  });

  it('reads the first sheet with coordinate columns, or the sheet the user picks, and says so when it has none or does not exist', async () => {
    const workbook = await twoSheetsXlsx(5);
    const first = await importAny('three.xlsx', workbook, { districtBbox });
    if (!first.ok) throw new Error(first.code);
    expect([first.result.sheets, first.result.sheet, first.result.features.length]).toEqual([['说明', '点位', '经纬度'], '点位', 5]);
    const picked = await importAny('three.xlsx', workbook, { districtBbox, sheet: '经纬度' });
    if (!picked.ok) throw new Error(picked.code);
    expect([picked.result.sheet, picked.result.crs, picked.result.features.length]).toEqual(['经纬度', 'wgs84', 2]);
    expect(await importAny('three.xlsx', workbook, { districtBbox, sheet: '说明' })).toEqual({ ok: false, code: 'csv-columns', detail: '说明' });
    expect(await importAny('three.xlsx', workbook, { districtBbox, sheet: '没有' })).toEqual({ ok: false, code: 'xlsx-sheet', detail: '没有' });
  });

  it('says an old .xls must be saved as .xlsx, and a renamed text file is unreadable', async () => {
    expect(await importAny('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), { districtBbox })).toEqual({ ok: false, code: 'xls-legacy', detail: 'old.xls' });
    const renamed = await importAny('text.xlsx', new TextEncoder().encode('名称,经度,纬度\n'), { districtBbox });
    expect(renamed.ok ? null : renamed.code).toBe('unreadable');
  });
});

describe('hostile workbooks', () => {
  it('ignores a declared dimension of the whole grid and reads the real cells', async () => {
    const bytes = withHugeDimension(await points4544Xlsx(20));
    const result = await timed('A1:XFD1048576 dimension', () => importXlsx('huge.xlsx', bytes, { districtBbox }));
    expect(result.features).toHaveLength(20);
  });

  it('refuses a cell at XFD1048576 before the reader pads 17 billion cells', async () => {
    const bytes = withFarCell(await points4544Xlsx(20));
    expect(sheetExtent('<row r="1048576"><c r="XFD1048576"/></row>')).toEqual({ rows: 1048576, columns: 16384, cells: 1 });
    const outcome = await timed('far cell, refused', () => importAny('far.xlsx', bytes, { districtBbox }));
    expect(outcome).toEqual({ ok: false, code: 'xlsx-limits', detail: 'xl/worksheets/sheet1.xml: 16384 columns > 1000' });
    const tall = await readXlsxSheet(await points4544Xlsx(20), { limits: { cells: 40 } }).catch((e: unknown) => e);
    expect(tall).toBeInstanceOf(SheetError);
    expect((tall as SheetError).detail).toBe('xl/worksheets/sheet1.xml: 21 × 4 cells > 40');
  });

  it('never evaluates formulas: a formula cell gives its cached value, a command formula stays inert', async () => {
    const bytes = withFormulas(await points4544Xlsx(3));
    const read = await readXlsxSheet(bytes);
    expect(read.rows[1]?.[2]).toBeTypeOf('number');
    expect(read.rows[1]?.[4]).toBe('0');
    const result = await importXlsx('formulas.xlsx', bytes, { districtBbox });
    expect(result.features).toHaveLength(3);
  });

  it('keeps script-like text and formula-like text as plain text', async () => {
    const bytes = await rowsToXlsx([
      ['name', 'lon', 'lat', 'link'],
      ['<img src=x onerror="alert(1)">', 105.9, 29.35, '=HYPERLINK("http://evil.example","click")'],
    ], { keepFormulaText: true });
    const result = await importXlsx('script.xlsx', bytes, { districtBbox });
    expect(result.features[0]?.properties).toEqual({ name: '<img src=x onerror="alert(1)">', link: '=HYPERLINK("http://evil.example","click")' });
  });

  it('refuses XML with a DOCTYPE (entity expansion)', async () => {
    const bytes = withDoctype(await points4544Xlsx(3));
    expect(await importAny('lol.xlsx', bytes, { districtBbox })).toEqual({ ok: false, code: 'unreadable', detail: 'doctype: xl/sharedStrings.xml' });
  });

  it('refuses a workbook that inflates past its budget, and one too large to read', async () => {
    const bytes = await points4544Xlsx(2000);
    const outcome = await importAny('big.xlsx', bytes, { districtBbox, limits: { inflatedBytes: 50_000 } });
    expect(outcome.ok ? null : outcome.code).toBe('archive-too-large');
    const tooBig = await importAny('big.xlsx', bytes, { districtBbox, limits: { fileBytes: 1000 } });
    expect(tooBig).toEqual({ ok: false, code: 'xlsx-limits', detail: `${(bytes.length / 1024 / 1024).toFixed(1)} MB > 0.0 MB` });
  });
});

describe('writing Excel workbooks', () => {
  it('writes typed rows that read back equal, text, numbers, booleans and Chinese alike, formula-like text neutralised', async () => {
    const rows = [
      ['id', '名称', '面积', 'ok', 'formula-like'],
      ['a-1', '凤凰湖产业园', 12.5, true, '=1+1'],
      ['a-2', '', -3, false, '@SUM(A1)'],
    ];
    const read = await readXlsxSheet(await rowsToXlsx(rows, { sheet: '属性' }));
    expect(read.sheet).toBe('属性');
    expect(read.rows).toEqual([rows[0], ['a-1', '凤凰湖产业园', 12.5, true, "'=1+1"], ['a-2', null, -3, false, "'@SUM(A1)"]]);
  });

  it('makes a sheet name Excel accepts', () => {
    expect(safeSheetName('a/b:c?[d]*')).toBe('a b c  d');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(safeSheetName(' / ')).toBe('Sheet1');
  });
});

describe('exporting a layer’s attributes as Excel', () => {
  const wgs84 = exportCrs('wgs84')!;
  it('reads back equal to the layer: attributes, ids, point coordinates and WKT', async () => {
    const features: WorkFeature[] = [
      { type: 'Feature', id: 'f1', properties: { 名称: '凤凰湖', 面积: 12.5, 在建: true, 备注: '<b>x</b>' }, geometry: { type: 'Point', coordinates: [105.9, 29.35] } },
      { type: 'Feature', id: 'f2', properties: { 名称: '三教', tags: ['a', 'b'] }, geometry: TRUTH },
    ];
    const read = await readXlsxSheet(await layerXlsx(features, 'layer: 地块/1', wgs84));
    expect(read.sheet).toBe('layer  地块 1');
    expect(read.rows).toEqual(attributeRows(features, wgs84).map((row) => row.map((cell) => (cell === '' ? null : cell))));
    expect(read.rows[0]).toEqual(['id', '名称', '面积', '在建', '备注', 'tags', 'area_km2', 'area_mu', 'lon', 'lat', 'wkt']);
    expect(read.rows[1]).toEqual(['f1', '凤凰湖', 12.5, true, '<b>x</b>', null, null, null, 105.9, 29.35, 'POINT (105.9 29.35)']);
    expect(read.rows[2]?.slice(0, 6)).toEqual(['f2', '三教', null, null, null, '["a","b"]']);
    expect(read.rows[2]?.[6]).toBeTypeOf('number');
    expect(String(read.rows[2]?.[10])).toMatch(/^POLYGON \(\(105\.885 29\.34, /);
    // And imported again, the points come back where they were, with their attributes.
    const again = await importXlsx('layer.xlsx', await layerXlsx(features, 'x', wgs84), { districtBbox });
    expect(again.features).toHaveLength(1);
    expect(again.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [105.9, 29.35] });
    expect(again.features[0]?.properties).toMatchObject({ id: 'f1', 名称: '凤凰湖', 面积: 12.5, 在建: true });
    expect(again.problems.map((p) => [p.row, p.code])).toEqual([[3, 'null-geometry']]);
  });
});
