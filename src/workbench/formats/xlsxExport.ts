/**
 * A layer's attributes as an Excel workbook: the columns of the CSV export (id, the
 * attributes, lon/lat for points, WKT), one row per feature. Loaded only when asked for,
 * so the writer stays out of every bundle the user did not need.
 */
import { roundPosition } from '../../geo/normalize';
import { toWkt } from '../exportFormats';
import type { WorkFeature } from '../types';
import type { SheetCell } from './xlsxRead';
import { rowsToXlsx } from './xlsxWrite';

/** Excel refuses longer text in one cell. */
const EXCEL_CELL_CHARS = 32_767;

function cell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > EXCEL_CELL_CHARS ? text.slice(0, EXCEL_CELL_CHARS) : text;
}

/** The header and the rows of the attribute table; a WKT too long for one cell is left out (GeoJSON keeps it). */
export function attributeRows(features: readonly WorkFeature[]): SheetCell[][] {
  const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties)))].filter((k) => !['id', 'lon', 'lat', 'wkt'].includes(k));
  const header = ['id', ...keys, 'lon', 'lat', 'wkt'];
  const rows = features.map((f): SheetCell[] => {
    const point = f.geometry.type === 'Point' ? roundPosition(f.geometry.coordinates) : null;
    const wkt = toWkt(f.geometry);
    return [f.id, ...keys.map((k) => cell(f.properties[k])), point?.[0] ?? null, point?.[1] ?? null, wkt.length > EXCEL_CELL_CHARS ? null : wkt];
  });
  return [header, ...rows];
}

export function layerXlsx(features: readonly WorkFeature[], layerName: string): Promise<Uint8Array<ArrayBuffer>> {
  return rowsToXlsx(attributeRows(features), { sheet: layerName });
}
