/**
 * Rows of plain values to the bytes of an .xlsx workbook, for any feature that writes
 * spreadsheets. Text is written as text cells, never as formulas, so a value such as
 * `=HYPERLINK(...)` stays the text it was when the file is opened in Excel.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { SheetCell } from './xlsxRead';

export type SheetRows = readonly (readonly SheetCell[])[];

/** Excel's limit on a sheet name: 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}

const sheetData = (rows: SheetRows) => rows.map((row) => row.map((value) => (value === null || value === '' ? null : { value })));

/** A workbook of several sheets, in the order given; names are made safe (and must then differ). */
export async function sheetsToXlsx(sheets: readonly { name: string; rows: SheetRows }[]): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await writeXlsxFile(sheets.map((s) => ({ sheet: safeSheetName(s.name), data: sheetData(s.rows) }))).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A workbook of one sheet. */
export function rowsToXlsx(rows: SheetRows, options: { sheet?: string } = {}): Promise<Uint8Array<ArrayBuffer>> {
  return sheetsToXlsx([{ name: options.sheet ?? 'Sheet1', rows }]);
}
