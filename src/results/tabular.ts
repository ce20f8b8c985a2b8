/**
 * Results as spreadsheet rows (CSV and .xlsx): the downloadable template, whose rows are the
 * plan's measures; reading rows back into entries, each bad row reported by its row number
 * and good rows kept; and writing entries as rows. Files are read by the intake (src/intake:
 * in its worker, under its size, inflation and sheet-extent limits; no formula is calculated,
 * only the values the file stores are read); text is only ever stored and shown as text.
 */
import { csvTextRows } from '../intake/csvRows';
import type { TableRead } from '../intake/tableRead';
import { toCsv } from '../workbench/formats/csvWrite';
import { measureByKey, measures } from './measures';
import { checkEntry, checkResultsFile, entryKey, entryLabel, MAX_ENTRIES, type Problem } from './schema';
import type { ResultEntry } from './types';


export const COLUMNS = [
  'measure',
  'name',
  'unit',
  'target_2022',
  'target_2025',
  'year',
  'value',
  'source_title',
  'source_publisher',
  'source_date',
  'source_page',
  'source_url',
  'entered_by',
  'comparable',
  'definition_note',
] as const;
export type Column = (typeof COLUMNS)[number];

/** Header cells: the column's key (what the reader matches) and a Chinese label. */
const HEADER_ZH: Record<Column, string> = {
  measure: '代码',
  name: '名称（仅供参考）',
  unit: '单位（规划口径）',
  target_2022: '2022年目标（仅供参考）',
  target_2025: '2025年目标（仅供参考）',
  year: '年份',
  value: '数值',
  source_title: '来源文件名称',
  source_publisher: '发布单位',
  source_date: '发布日期',
  source_page: '页码',
  source_url: '网址',
  entered_by: '录入人',
  comparable: '口径可比（是/否）',
  definition_note: '口径差异说明',
};

export const HEADER: readonly string[] = COLUMNS.map((column) => `${column} ${HEADER_ZH[column]}`);

export type Cell = string | number | null;

function measureCells(key: string): Pick<Record<Column, Cell>, 'name' | 'unit' | 'target_2022' | 'target_2025'> {
  const measure = measureByKey(key);
  const target = (year: number) => measure?.targets.find((t) => t.year === year)?.text ?? '';
  return {
    name: measure ? `${measure.name.zh} / ${measure.name.en}` : '',
    unit: measure?.unit ?? '',
    target_2022: target(2022),
    target_2025: target(2025),
  };
}

/** The template: a header and one row per measure the plan sets a target for, with nothing filled in but what the plan says. */
export function templateRows(): Cell[][] {
  return [
    [...HEADER],
    ...measures.map((measure) => {
      const row: Record<Column, Cell> = {
        measure: measure.key,
        ...measureCells(measure.key),
        year: '',
        value: '',
        source_title: '',
        source_publisher: '',
        source_date: '',
        source_page: '',
        source_url: '',
        entered_by: '',
        comparable: '',
        definition_note: '',
      };
      return COLUMNS.map((column) => row[column]);
    }),
  ];
}

/** Entries as rows, in the template's columns. */
export function entryRows(entries: readonly ResultEntry[]): Cell[][] {
  return [
    [...HEADER],
    ...entries.map((entry) => {
      const row: Record<Column, Cell> = {
        measure: entry.measure,
        ...measureCells(entry.measure),
        year: entry.year,
        value: entry.value,
        source_title: entry.source.title,
        source_publisher: entry.source.publisher,
        source_date: entry.source.date,
        source_page: entry.source.page ?? '',
        source_url: entry.source.url ?? '',
        entered_by: entry.enteredBy,
        comparable: entry.comparable ? 'yes' : 'no',
        definition_note: entry.definitionNote ?? '',
      };
      return COLUMNS.map((column) => row[column]);
    }),
  ];
}

export function rowsToCsv(rows: Cell[][]): string {
  return toCsv(rows);
}

// ---- Reading -------------------------------------------------------------------------

export interface ImportResult {
  entries: ResultEntry[];
  /** Rows left as in the template (no value, no source). */
  skipped: number;
  problems: Problem[];
}

export class ImportError extends Error {
  constructor(
    readonly reason: 'tooLarge' | 'notSpreadsheet' | 'sheetLimits' | 'noHeader' | 'tooMany',
    message: string,
  ) {
    super(message);
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** A number as typed: "1550.2", "-18.9", 0.26; anything else stays text, so the message can quote it. */
function cellNumber(value: unknown): number | string {
  if (typeof value === 'number') return value;
  const text = cellText(value);
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
}

function comparableCell(value: unknown): boolean | string {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).toLowerCase();
  if (['', 'yes', 'y', 'true', '1', '是', '可比'].includes(text)) return true;
  if (['no', 'n', 'false', '0', '否', '不可比'].includes(text)) return false;
  return text;
}

/** Reads rows (the first holding the header) into entries; every bad row is reported with its 1-based row number. */
export function rowsToEntries(rows: readonly (readonly unknown[])[]): ImportResult {
  const header = rows[0]?.map((cell) => cellText(cell).split(/\s+/)[0]?.toLowerCase() ?? '');
  if (!header || !header.includes('measure') || !header.includes('value') || !header.includes('year')) {
    throw new ImportError('noHeader', 'no header row');
  }
  if (rows.length - 1 > MAX_ENTRIES) throw new ImportError('tooMany', `more than ${MAX_ENTRIES} rows`);
  const at = (row: readonly unknown[], column: Column): unknown => {
    const index = header.indexOf(column);
    return index >= 0 ? row[index] : undefined;
  };
  const entries: ResultEntry[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  rows.slice(1).forEach((row, i) => {
    const rowNumber = i + 2;
    const filled = (['year', 'value', 'source_title', 'source_publisher', 'source_date', 'source_page', 'source_url', 'entered_by', 'definition_note'] as const).some(
      (column) => cellText(at(row, column)) !== '',
    );
    if (!filled) {
      skipped += 1;
      return;
    }
    const year = cellNumber(at(row, 'year'));
    const raw = {
      measure: cellText(at(row, 'measure')),
      year: year === '' ? undefined : year,
      value: cellNumber(at(row, 'value')),
      unit: cellText(at(row, 'unit')),
      source: {
        title: cellText(at(row, 'source_title')),
        publisher: cellText(at(row, 'source_publisher')),
        date: cellText(at(row, 'source_date')),
        page: cellText(at(row, 'source_page')),
        url: cellText(at(row, 'source_url')),
      },
      enteredBy: cellText(at(row, 'entered_by')),
      comparable: comparableCell(at(row, 'comparable')),
      definitionNote: cellText(at(row, 'definition_note')),
    };
    const label = entryLabel(raw);
    const checked = checkEntry(raw);
    for (const problem of checked.problems) problems.push({ ...problem, at: { kind: 'row', row: rowNumber }, label });
    if (!checked.entry) return;
    const key = entryKey(checked.entry);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ code: 'duplicate', params: { other: String(first) }, at: { kind: 'row', row: rowNumber }, label });
      return;
    }
    seen.set(key, rowNumber);
    entries.push(checked.entry);
  });
  return { entries, skipped, problems };
}

export function csvToRows(text: string): string[][] {
  return csvTextRows(text, { skipBlankRows: true });
}

/** The intake's refusal of a results file (see src/intake/tableRead.ts) as the results' ImportError. */
export function refusalOf(code: string, detail: string): ImportError {
  if (code === 'too-large' || code === 'archive-too-large') return new ImportError('tooLarge', detail);
  if (code === 'xlsx-limits') return new ImportError('sheetLimits', detail);
  return new ImportError('notSpreadsheet', detail || code);
}

/** What the intake read of a results file, into entries. Throws ImportError for a file that holds none. */
export function tableToEntries(table: TableRead): ImportResult {
  return table.kind === 'json' ? jsonToEntries(table.text) : rowsToEntries(table.rows);
}

/** A results.json (e.g. the committed one, to edit it further): bad entries reported by their number, good ones kept. */
export function jsonToEntries(text: string): ImportResult {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    throw new ImportError('notSpreadsheet', 'not JSON');
  }
  const { entries, problems } = checkResultsFile(root);
  if (problems.some((problem) => problem.code === 'badRoot')) throw new ImportError('notSpreadsheet', 'not a results.json');
  return { entries, skipped: 0, problems };
}

/** Rows as an .xlsx file, through the one .xlsx writer (typed cells, formula-like text neutralised). */
export async function rowsToXlsx(rows: Cell[][]): Promise<Blob> {
  const { rowsToXlsx: write } = await import('../workbench/formats/xlsxWrite');
  return new Blob([await write(rows, { sheet: 'results' })], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** The committed file's text: entries in the plan's order, then by year; ready to replace the plan package's results.json (geodata/plans/<plan>/results.json). */
export function resultsJsonText(entries: readonly ResultEntry[], about: string): string {
  const order = new Map(measures.map((measure, index) => [measure.key, index]));
  const sorted = [...entries].sort(
    (a, b) => (order.get(a.measure) ?? 1e9) - (order.get(b.measure) ?? 1e9) || a.year - b.year,
  );
  const ordered = sorted.map((entry) => ({
    measure: entry.measure,
    year: entry.year,
    value: entry.value,
    unit: entry.unit,
    source: {
      title: entry.source.title,
      publisher: entry.source.publisher,
      date: entry.source.date,
      ...(entry.source.dateNote ? { dateNote: entry.source.dateNote } : {}),
      ...(entry.source.page ? { page: entry.source.page } : {}),
      ...(entry.source.url ? { url: entry.source.url } : {}),
    },
    enteredBy: entry.enteredBy,
    comparable: entry.comparable,
    ...(entry.definitionNote ? { definitionNote: entry.definitionNote } : {}),
    ...(entry.trust ? { trust: entry.trust } : {}),
  }));
  return `${JSON.stringify({ about, version: 1, results: ordered }, null, 2)}\n`;
}

/** The "about" line the shipped file carries. */
export const RESULTS_ABOUT =
  "Results recorded against the plan's targets (geodata/plan/results.schema.json), each with its source and, where known, how far to trust it: nothing here is invented.";
