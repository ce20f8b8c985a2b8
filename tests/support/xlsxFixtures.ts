/**
 * Workbooks made at test time with write-excel-file (and, for the hostile ones, edited
 * after the fact with fflate): points in EPSG:4544 from a WGS-84 truth, a sheet with bad
 * rows, and workbooks that try the reader's limits.
 */
import type { Position } from 'geojson';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fromWgs84 } from '../../src/workbench/crs';
import { rowsToXlsx, sheetsToXlsx } from '../../src/workbench/formats/xlsxWrite';
import type { SheetCell } from '../../src/intake/xlsxRead';

/** The WGS-84 truth of point `i` of `count`, on a grid over the district. */
export function truthPoint(i: number, count: number): Position {
  const side = Math.ceil(Math.sqrt(count));
  return [105.7 + (0.4 * (i % side)) / side, 29.1 + (0.4 * Math.floor(i / side)) / side];
}

/** `count` points as Gauss-Krüger x/y in metres (EPSG:4544), with a name and a number. */
export function points4544Rows(count: number): SheetCell[][] {
  const project = fromWgs84('epsg4544');
  const rows: SheetCell[][] = [['名称', 'x', 'y', '面积']];
  for (let i = 0; i < count; i++) {
    const [x, y] = project(truthPoint(i, count));
    rows.push([`点${i}`, Number(x!.toFixed(3)), Number(y!.toFixed(3)), i % 97]);
  }
  return rows;
}

export const points4544Xlsx = (count: number): Promise<Uint8Array> => rowsToXlsx(points4544Rows(count), { sheet: '点位' });

/** A cover sheet without coordinates first, then `count` points in EPSG:4544, then a few longitude/latitude points. */
export function twoSheetsXlsx(count: number): Promise<Uint8Array> {
  return sheetsToXlsx([
    { name: '说明', rows: [['说明'], ['坐标见后面的工作表']] },
    { name: '点位', rows: points4544Rows(count) },
    { name: '经纬度', rows: [['名称', '经度', '纬度'], ['甲', 105.9, 29.35], ['乙', 105.91, 29.36]] },
  ]);
}

/**
 * Longitude/latitude rows with faults, by spreadsheet row: 3 has no latitude, 4 has them
 * swapped, 5 is text, 6 is empty (skipped, not a problem), 8 is far away. Rows 2 and 7 are good.
 */
export function badRowsXlsx(): Promise<Uint8Array> {
  return rowsToXlsx(
    [
      ['名称', '经度', '纬度'],
      ['好点甲', 105.9, 29.35],
      ['缺纬度', 105.91, null],
      ['颠倒', 29.35, 105.92],
      ['文字', '东经105度', '北纬29度'],
      [null, null, null],
      ['好点乙', '105.93', '29.37'],
      ['北京', 116.4, 39.9],
    ],
    { sheet: '问题' },
  );
}

/** Rewrites the XML of a workbook's entries (by path) and zips it again. */
export function editWorkbook(bytes: Uint8Array, edit: (path: string, xml: string) => string): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [path, data] of Object.entries(entries)) out[path] = path.endsWith('.xml') ? strToU8(edit(path, strFromU8(data))) : data;
  return zipSync(out);
}

const isSheet = (path: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/.test(path);

/** Declares the whole grid (A1:XFD1048576) as the sheet's dimension, as a hostile writer could. */
export function withHugeDimension(bytes: Uint8Array): Uint8Array {
  return editWorkbook(bytes, (path, xml) => (isSheet(path) ? xml.replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>') : xml));
}

/** Adds one cell in the very last row and column, which a reader would pad every row up to. */
export function withFarCell(bytes: Uint8Array): Uint8Array {
  return editWorkbook(bytes, (path, xml) =>
    isSheet(path) ? xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row></sheetData>') : xml,
  );
}

/** Turns the `y` of data row 2 into a formula whose cached value is the right number, and adds a DDE-style formula. */
export function withFormulas(bytes: Uint8Array): Uint8Array {
  return editWorkbook(bytes, (path, xml) => {
    if (!isSheet(path)) return xml;
    return xml
      .replace(/<c r="C2"><v>([^<]*)<\/v><\/c>/, '<c r="C2"><f>1+1</f><v>$1</v></c>')
      .replace('</row><row r="3">', '<c r="E2" t="str"><f>cmd|\' /C calc\'!A0</f><v>0</v></c></row><row r="3">');
  });
}

/** Puts an entity-expanding DOCTYPE in front of the shared strings. */
export function withDoctype(bytes: Uint8Array): Uint8Array {
  return editWorkbook(bytes, (path, xml) =>
    path === 'xl/sharedStrings.xml' ? xml.replace(/^<\?xml[^>]*\?>/, '$&<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>') : xml,
  );
}
