/**
 * The one .xlsx writer: rows of plain values to the bytes of a workbook, for every export
 * that writes spreadsheets (the attribute table, results and their template). Cells are
 * typed: numbers as numbers (a spreadsheet can sum them), booleans as booleans, text as
 * text cells, never formulas; text that would start a formula is neutralised as in CSV
 * (see csvWrite.ts), so the sheet stays safe when saved again as CSV. The header row is bold.
 */
import writeXlsxFile from 'write-excel-file/universal';
import { neutralise } from './csvWrite';
import type { SheetCell } from '../../intake/xlsxRead';

export type SheetRows = readonly (readonly SheetCell[])[];

export interface SheetOptions {
  /** The first row is a header (bold). Default true. */
  header?: boolean;
  /**
   * Write text exactly as given, formula-like text included. Only for tests that build
   * hostile files; an export never sets it.
   */
  keepFormulaText?: boolean;
}

/** Excel's limit on a sheet name: 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}

function sheetData(rows: SheetRows, options: SheetOptions) {
  const header = options.header ?? true;
  return rows.map((row, index) =>
    row.map((value) => {
      if (value === null || value === '') return null;
      const bold = header && index === 0 ? { fontWeight: 'bold' as const } : {};
      if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number, ...bold } : null;
      if (typeof value === 'boolean') return { value, type: Boolean, ...bold };
      return { value: options.keepFormulaText ? value : neutralise(value), type: String, ...bold };
    }),
  );
}

/** A workbook of several sheets, in the order given; names are made safe (and must then differ). */
export async function sheetsToXlsx(
  sheets: readonly { name: string; rows: SheetRows }[],
  options: SheetOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await writeXlsxFile(sheets.map((s) => ({ sheet: safeSheetName(s.name), data: sheetData(s.rows, options) }))).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A workbook of one sheet. */
export function rowsToXlsx(rows: SheetRows, options: SheetOptions & { sheet?: string } = {}): Promise<Uint8Array<ArrayBuffer>> {
  return sheetsToXlsx([{ name: options.sheet ?? 'Sheet1', rows }], options);
}
