/**
 * One sheet of an .xlsx workbook as rows of plain cell values, for any feature that reads
 * spreadsheets. The file is treated as hostile: its size, its inflated size and the extent
 * of its sheets are checked before read-excel-file sees it (that library pads every row
 * up to the furthest cell, so one cell at XFD1048576 would ask for 17 billion cells), XML
 * with a DOCTYPE is refused, and formulas are never evaluated: a
 * formula cell gives the value Excel cached, text is only ever text.
 */
import { zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { ArchiveError, unzipWithBudget } from './inflateBudget';
import { megabytes } from './limits';

export type SheetCell = string | number | boolean | null;

export interface SheetLimits {
  /** Bytes of the .xlsx file itself. */
  fileBytes: number;
  /** Bytes of XML inflated from it. */
  inflatedBytes: number;
  /** Rows × columns up to the furthest cell of any sheet (what the reader allocates). */
  cells: number;
  columns: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  fileBytes: 64 * 1024 * 1024,
  inflatedBytes: 128 * 1024 * 1024,
  cells: 2_000_000,
  columns: 1_000,
};

export type SheetErrorReason = 'not-xlsx' | 'too-large' | 'doctype' | 'no-sheet' | 'unreadable';

export class SheetError extends Error {
  constructor(
    readonly reason: SheetErrorReason,
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

export interface SheetRead {
  /** The workbook's sheets, in tab order. */
  sheetNames: string[];
  sheet: string;
  /** Row r (0-based) is the spreadsheet's row r + 1; empty rows inside the data stay, as nulls. */
  rows: SheetCell[][];
}

const decoder = new TextDecoder('utf-8');

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    if (lower === 'amp') return '&';
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The sheet names of workbook.xml, in tab order. */
export function sheetNamesOf(workbookXml: string): string[] {
  const names: string[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)) names.push(unescapeXml(match[1] ?? ''));
  return names;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The furthest row and column a sheet's cells reach, and how many cells it writes out. */
export function sheetExtent(sheetXml: string): { rows: number; columns: number; cells: number } {
  let rows = 0;
  let columns = 0;
  let cells = 0;
  let row = 0;
  let column = 0;
  // Rows and cells without an `r` attribute follow the previous one.
  for (const match of sheetXml.matchAll(/<(?:\w+:)?(row|c)\b([^>]*)>/g)) {
    const attributes = match[2] ?? '';
    if (match[1] === 'row') {
      const r = /\br="(\d+)"/.exec(attributes);
      row = r ? Number(r[1]) : row + 1;
      column = 0;
      rows = Math.max(rows, row);
    } else {
      cells++;
      const r = /\br="([A-Z]{1,3})(\d+)"/.exec(attributes);
      column = r ? columnNumber(r[1]!) : column + 1;
      if (r) rows = Math.max(rows, Number(r[2]));
      columns = Math.max(columns, column);
    }
  }
  return { rows, columns, cells };
}

function cellValue(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

/** The workbook's sheet names once every part passed the checks; the decoded XML is dropped before reading. */
function checkedSheetNames(entries: Record<string, Uint8Array>, limits: SheetLimits): string[] {
  let sheetNames: string[] | null = null;
  for (const [name, data] of Object.entries(entries)) {
    const text = decoder.decode(data);
    // Entity definitions are how XML bombs expand. The SAX parser does not expand them, but no
    // spreadsheet program writes a DOCTYPE, so one is refused rather than trusted to stay inert.
    if (text.includes('<!DOCTYPE') || text.includes('<!ENTITY')) throw new SheetError('doctype', name);
    if (name === 'xl/workbook.xml') sheetNames = sheetNamesOf(text);
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const extent = sheetExtent(text);
    if (extent.columns > limits.columns) throw new SheetError('too-large', `${name}: ${extent.columns} columns > ${limits.columns}`);
    if (extent.rows * extent.columns > limits.cells || extent.cells > limits.cells) {
      throw new SheetError('too-large', `${name}: ${extent.rows} × ${extent.columns} cells > ${limits.cells}`);
    }
  }
  if (sheetNames === null) throw new SheetError('not-xlsx', 'no xl/workbook.xml');
  return sheetNames;
}

/**
 * Reads one sheet (the first unless `sheet` names another). Throws {@link SheetError}, or
 * {@link ArchiveError} when the archive inflates past the limit.
 */
export async function readXlsxSheet(bytes: Uint8Array, options: { sheet?: string; limits?: Partial<SheetLimits> } = {}): Promise<SheetRead> {
  const limits = { ...DEFAULT_SHEET_LIMITS, ...options.limits };
  if (bytes.length > limits.fileBytes) throw new SheetError('too-large', `${megabytes(bytes.length)} MB > ${megabytes(limits.fileBytes)} MB`);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipWithBudget(bytes, { budget: limits.inflatedBytes, filter: (name) => name.endsWith('.xml') || name.endsWith('.rels') });
  } catch (e) {
    if (e instanceof ArchiveError && (e.reason === 'not-a-zip' || e.reason === 'corrupt')) throw new SheetError('not-xlsx', e.message);
    throw e;
  }
  const sheetNames = checkedSheetNames(entries, limits);
  const sheet = options.sheet ?? sheetNames[0];
  if (sheet === undefined) throw new SheetError('no-sheet', '');
  if (!sheetNames.includes(sheet)) throw new SheetError('no-sheet', sheet);
  // The checked parts go to the reader stored, not deflated: it then neither inflates them again
  // nor spawns inflating workers of its own (which a worker-src policy could forbid).
  const stored = zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { level: 0 }]])));
  let data: unknown[][];
  try {
    const whole = stored.byteOffset === 0 && stored.byteLength === stored.buffer.byteLength;
    data = await readSheet(whole ? stored.buffer : stored.slice().buffer, sheet);
  } catch (e) {
    throw new SheetError('unreadable', e instanceof Error ? e.message : String(e));
  }
  return { sheetNames, sheet, rows: data.map((row) => row.map(cellValue)) };
}
