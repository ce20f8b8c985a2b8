/**
 * A layer as an Excel workbook: the typed table of the CSV export (exportTable.ts: id,
 * attributes, areas, 镇街 shares, x/y in the chosen system, WKT), one row per feature,
 * numbers as number cells so GDAL and QGIS take the first row for the header. Loaded only
 * when asked for, so the writer stays out of every bundle the user did not need.
 */
import type { ExportCrs } from '../exportCrs';
import { layerTable, type TownSharesOf } from '../exportTable';
import type { WorkFeature } from '../types';
import type { SheetCell } from '../../intake/xlsxRead';
import { rowsToXlsx } from './xlsxWrite';

/** Excel refuses longer text in one cell. */
const EXCEL_CELL_CHARS = 32_767;

/** The header and rows; text too long for a cell is cut, a WKT too long is left out (GeoJSON keeps it). */
export function attributeRows(features: readonly WorkFeature[], crs: ExportCrs, options: { townShares?: TownSharesOf } = {}): SheetCell[][] {
  const { header, rows } = layerTable(features, crs, { ...options, maxCellChars: EXCEL_CELL_CHARS });
  const fit = (c: SheetCell): SheetCell => (typeof c === 'string' && c.length > EXCEL_CELL_CHARS ? c.slice(0, EXCEL_CELL_CHARS) : c);
  return [header, ...rows.map((r) => r.map(fit))];
}

export function layerXlsx(features: readonly WorkFeature[], layerName: string, crs: ExportCrs, options: { townShares?: TownSharesOf } = {}): Promise<Uint8Array<ArrayBuffer>> {
  return rowsToXlsx(attributeRows(features, crs, options), { sheet: layerName });
}
