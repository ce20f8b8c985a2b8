/**
 * The one CSV writer: every CSV the app exports (attribute tables, comparisons, results,
 * import problems, checks) is written here. RFC 4180 with CRLF line ends and a UTF-8 BOM
 * (so Excel reads Chinese text as UTF-8). Text that a spreadsheet would run as a formula
 * is made inert (OWASP's CSV-injection advice): see {@link neutralise}. Pure.
 */

/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

/** A plain decimal number written as text ("-3.5", "+2", "1e-3"): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** What a spreadsheet may take for the start of a formula (or, after a tab or CR, of a hidden one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that cannot run as a formula: a value beginning with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading single quote ("=HYPERLINK(…)" → "'=HYPERLINK(…)",
 * "-2+3" → "'-2+3"), unless it is a plain number ("-3.5"). Used for CSV and, so that a
 * spreadsheet saved again as CSV stays safe, for the text cells of the .xlsx writer.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One CSV field: numbers as numbers, text neutralised and quoted when it holds a comma, quote, line break or edge space. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralise(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first one the header, neutralised like any other) as the text of a CSV file. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
