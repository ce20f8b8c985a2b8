/**
 * Rows of plain values to the bytes of an .xlsx workbook, for any feature that writes
 * spreadsheets. Text is written as text cells, never as formulas, so a value such as
 * `=HYPERLINK(...)` stays the text it was when the file is opened in Excel.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { SheetCell } from './xlsxRead';

/** Excel's limit on a sheet name: 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}

export async function rowsToXlsx(rows: readonly (readonly SheetCell[])[], options: { sheet?: string } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const data = rows.map((row) => row.map((value) => (value === null || value === '' ? null : { value })));
  const blob = await writeXlsxFile(data, { sheet: safeSheetName(options.sheet ?? 'Sheet1') }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
