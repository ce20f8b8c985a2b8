/**
 * A table file for the results (CSV, .xlsx) or a results.json, read under the intake's limits:
 * the file's size, what an .xlsx inflates to, its sheets' extent and cells (./xlsxRead.ts).
 * Runs in the intake worker; refusals are ImportErrors, worded by whoever asked.
 */
import { ImportError } from '../workbench/parse';
import { csvRows } from './csvRows';
import { ArchiveError } from './inflateBudget';
import { archiveFailure, megabytes } from './limits';
import { readXlsxSheet, SheetError, type SheetCell, type SheetLimits } from './xlsxRead';

export type TableRead = { kind: 'rows'; rows: SheetCell[][] } | { kind: 'json'; text: string };

export type TableLimits = SheetLimits;

const MB = 1024 * 1024;

/** A results sheet is a header and at most a few thousand rows of 15 columns: far below these. */
export const TABLE_LIMITS: TableLimits = {
  fileBytes: 2 * MB,
  inflatedBytes: 40 * MB,
  cells: 200_000,
  columns: 200,
};

/** A spreadsheet reader's refusal as an import failure (the workbench's and the results' alike). */
export function sheetFailure(e: unknown): unknown {
  if (e instanceof ArchiveError) {
    const failure = archiveFailure(e);
    return new ImportError(failure.code, failure.detail);
  }
  if (!(e instanceof SheetError)) return e;
  if (e.reason === 'too-large') return new ImportError('xlsx-limits', e.detail);
  if (e.reason === 'no-sheet') return new ImportError(e.detail ? 'xlsx-sheet' : 'no-features', e.detail);
  return new ImportError('unreadable', e.message);
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The rows of the first sheet of an .xlsx or of a CSV, or a JSON file's text. Throws {@link ImportError}. */
export async function readTable(fileName: string, bytes: Uint8Array, limits: Partial<TableLimits> = {}): Promise<TableRead> {
  const all = { ...TABLE_LIMITS, ...limits };
  if (bytes.length > all.fileBytes) throw new ImportError('too-large', `${megabytes(bytes.length)} MB > ${megabytes(all.fileBytes)} MB`);
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx') || isZip(bytes)) {
    if (!isZip(bytes)) throw new ImportError('unreadable', 'not an .xlsx (zip) file');
    try {
      return { kind: 'rows', rows: (await readXlsxSheet(bytes, { limits: all })).rows };
    } catch (e) {
      throw sheetFailure(e);
    }
  }
  if (lower.endsWith('.json')) return { kind: 'json', text: new TextDecoder('utf-8').decode(bytes) };
  if (!/\.(csv|txt|tsv)$/.test(lower)) throw new ImportError('unsupported-format', fileName);
  return { kind: 'rows', rows: csvRows(bytes, { tab: lower.endsWith('.tsv'), skipBlankRows: true }).rows };
}
