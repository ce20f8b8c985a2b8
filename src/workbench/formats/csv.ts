/**
 * CSV and TSV with longitude/latitude columns into raw point features: text decoded in
 * the encoding its BOM names, the user chose or the bytes suggest; the delimiter guessed
 * by papaparse (comma, tab, semicolon…; the one reader, ../../intake/csvRows.ts); coordinates in decimal degrees or DMS.
 */
import { csvRows } from '../../intake/csvRows';
import type { EncodingInfo } from '../types';
import { parseCoordinateText } from './coordinateText';

export const LON_NAMES = ['lon', 'lng', 'long', 'longitude', 'x', '经度', '东经', '經度'];
export const LAT_NAMES = ['lat', 'latitude', 'y', '纬度', '北纬', '緯度'];

/** Index of the header naming longitude (or latitude); -1 when none does. */
export function coordinateColumn(headers: readonly string[], names: readonly string[]): number {
  return headers.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

export class CsvError extends Error {
  constructor(
    readonly code: 'no-features' | 'csv-columns',
    readonly detail = '',
  ) {
    super(detail);
  }
}

export function readCsv(bytes: Uint8Array, options: { encoding?: string; tab?: boolean } = {}): { features: unknown[]; encoding: EncodingInfo } {
  const { rows: all, encoding } = csvRows(bytes, options);
  const [headers, ...rows] = all;
  if (!headers) throw new CsvError('no-features');
  const lonAt = coordinateColumn(headers, LON_NAMES);
  const latAt = coordinateColumn(headers, LAT_NAMES);
  if (lonAt < 0 || latAt < 0) throw new CsvError('csv-columns', headers.join(', '));
  const features = rows.map((row) => {
    const properties: Record<string, unknown> = {};
    headers.forEach((h, i) => {
      if (i !== lonAt && i !== latAt) properties[h] = row[i] ?? '';
    });
    const x = parseCoordinateText(row[lonAt]);
    const y = parseCoordinateText(row[latAt]);
    const geometry = Number.isFinite(x) && Number.isFinite(y) ? { type: 'Point', coordinates: [x, y] } : null;
    return { type: 'Feature', properties, geometry };
  });
  return { features, encoding };
}
