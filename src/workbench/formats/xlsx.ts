/**
 * Excel import for the workbench: one sheet read like a CSV, with longitude/latitude or
 * x/y columns, every problem reported by the row number the spreadsheet program shows.
 */
import { importRaw, type ImportOptions } from '../importPipeline';
import { sheetFailure } from '../../intake/tableRead';
import { ImportError, type RawImport } from '../parse';
import { coordinateColumn, LAT_NAMES, LON_NAMES } from './csv';
import type { ImportResult } from '../types';
import { readXlsxSheet, type SheetCell, type SheetLimits, type SheetRead } from '../../intake/xlsxRead';

export interface SheetImport {
  raw: RawImport;
  /** The spreadsheet row number of each feature of `raw`. */
  rowNumbers: number[];
}

const isEmpty = (row: readonly SheetCell[]): boolean => row.every((cell) => cell === null || cell === '');

function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function coordinate(cell: SheetCell | undefined): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string' || cell.trim() === '') return NaN;
  return Number(cell.trim());
}

/** The features of a sheet whose first non-empty row names the columns. Throws {@link ImportError}. */
export function sheetToRaw(rows: readonly (readonly SheetCell[])[]): SheetImport {
  const headerAt = rows.findIndex((row) => !isEmpty(row));
  if (headerAt < 0) throw new ImportError('no-features');
  // A column without a name is named by its letter, as the spreadsheet shows it.
  const headers = rows[headerAt]!.map((cell, i) => (cell === null || String(cell).trim() === '' ? columnLetters(i) : String(cell).trim()));
  const lonAt = coordinateColumn(headers, LON_NAMES);
  const latAt = coordinateColumn(headers, LAT_NAMES);
  if (lonAt < 0 || latAt < 0) throw new ImportError('csv-columns', headers.join(', '));
  const features: unknown[] = [];
  const rowNumbers: number[] = [];
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (isEmpty(row)) continue;
    const properties: Record<string, unknown> = {};
    headers.forEach((h, i) => {
      if (i !== lonAt && i !== latAt) properties[h] = row[i] ?? '';
    });
    const x = coordinate(row[lonAt]);
    const y = coordinate(row[latAt]);
    const geometry = Number.isFinite(x) && Number.isFinite(y) ? { type: 'Point', coordinates: [x, y] } : null;
    features.push({ type: 'Feature', properties, geometry });
    rowNumbers.push(r + 1);
  }
  if (features.length === 0) throw new ImportError('no-features');
  return { raw: { format: 'xlsx', features }, rowNumbers };
}

export interface XlsxImportOptions extends ImportOptions {
  /** The sheet the user picked; the first otherwise. */
  sheet?: string;
  limits?: Partial<SheetLimits>;
}

/** Imports one sheet of a workbook. Throws {@link ImportError} when nothing of it can be read. */
export async function importXlsx(fileName: string, bytes: Uint8Array, options: XlsxImportOptions): Promise<ImportResult> {
  const readSheet = async (sheet: string | undefined) => {
    try {
      return await readXlsxSheet(bytes, { sheet, limits: options.limits });
    } catch (e) {
      throw sheetFailure(e);
    }
  };
  let read = await readSheet(options.sheet);
  let table: SheetImport;
  try {
    table = sheetToRaw(read.rows);
  } catch (e) {
    // Unless the user picked this sheet, a cover or notes sheet first is passed over for the first sheet with coordinates.
    if (options.sheet !== undefined || !(e instanceof ImportError)) throw e;
    let found: { read: SheetRead; table: SheetImport } | null = null;
    for (const name of read.sheetNames.slice(1)) {
      const next = await readSheet(name);
      try {
        found = { read: next, table: sheetToRaw(next.rows) };
        break;
      } catch {
        // This one has no coordinates either: try the next.
      }
    }
    if (!found) throw e;
    ({ read, table } = found);
  }
  const { raw, rowNumbers } = table;
  const result = importRaw(fileName, raw, options);
  return {
    ...result,
    sheets: read.sheetNames,
    sheet: read.sheet,
    problems: result.problems.map((p) => ({ ...p, row: rowNumbers[p.index], sheet: read.sheet })),
  };
}
