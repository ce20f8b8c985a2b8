/**
 * Results as spreadsheets: the template, importing CSV and .xlsx (bad rows reported by row
 * number, good rows kept), and the results.json export. The figures are TEST DATA.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_FILES } from '../../scripts/data/sources';
import { measures } from '../../src/results/measures';
import { tableOf } from '../../src/intake/jobs';
import { readXlsxSheet } from '../../src/intake/xlsxRead';
import { locatedProblemText } from '../../src/results/problemText';
import { checkResultsFile } from '../../src/results/schema';
import {
  COLUMNS,
  csvToRows,
  entryRows,
  refusalOf,
  tableToEntries,
  resultsJsonText,
  RESULTS_ABOUT,
  rowsToCsv,
  rowsToEntries,
  rowsToXlsx,
  templateRows,
  type Cell,
} from '../../src/results/tabular';

const col = (name: (typeof COLUMNS)[number]) => COLUMNS.indexOf(name);

/** The template with some rows filled in, as a planner would. */
function filledTemplate(fill: Record<string, Partial<Record<(typeof COLUMNS)[number], Cell>>>): Cell[][] {
  return templateRows().map((row, index) => {
    if (index === 0) return row;
    const values = fill[String(row[col('measure')])];
    if (!values) return row;
    const out = [...row];
    for (const [key, value] of Object.entries(values)) out[col(key as (typeof COLUMNS)[number])] = value ?? null;
    return out;
  });
}

const src = { source_title: '测试来源（测试数据）', source_publisher: '测试单位', source_date: '2026-03-01', source_page: '12', entered_by: '测试' };

describe('the template', () => {
  it('has a header and one row per measure, nothing filled in but the plan’s words', () => {
    const rows = templateRows();
    expect(rows).toHaveLength(1 + measures.length);
    expect(rows[1]).toEqual([
      'indicator:industrial-output',
      '规模以上工业总产值 / Gross industrial output of enterprises above designated size',
      '亿元',
      '1800',
      '3000',
      ...Array(10).fill(''),
    ]);
    // Read back untouched, it yields nothing and no problem.
    expect(rowsToEntries(csvToRows(rowsToCsv(rows)))).toEqual({ entries: [], skipped: measures.length, problems: [] });
  });
});

describe('importing', () => {
  const rows = filledTemplate({
    'indicator:industrial-output': { year: 2025, value: 2900, ...src },
    'indicator:energy-intensity': { year: '2025', value: '0.26', ...src },
    'park:fenghuanghu': { year: 2025, value: 1500, ...src, comparable: '否', definition_note: '2023年调整口径（测试数据）' },
    'indicator:rd-spending': { year: 2025, value: '六十', ...src },
    'indicator:green-factories': { year: 2025, value: 20, unit: '家', source_title: '' , source_publisher: '', source_date: '', source_page: '', entered_by: 'x' },
  });

  it('keeps good rows and reports each bad row by its row number, in both languages', () => {
    const result = rowsToEntries(csvToRows(rowsToCsv(rows)));
    expect(result.entries.map((e) => `${e.measure} ${e.year} ${e.value} ${e.comparable}`)).toEqual([
      'indicator:industrial-output 2025 2900 true',
      'indicator:energy-intensity 2025 0.26 true',
      'park:fenghuanghu 2025 1500 false',
    ]);
    const rdRow = rows.findIndex((r) => r[0] === 'indicator:rd-spending') + 1;
    const greenRow = rows.findIndex((r) => r[0] === 'indicator:green-factories') + 1;
    expect(result.problems.map((p) => locatedProblemText(p, 'en'))).toEqual([
      `Row ${rdRow} (indicator:rd-spending 2025): value “六十” is not a number`,
      `Row ${greenRow} (indicator:green-factories 2025): unit “家” differs from the plan’s unit “个”`,
      `Row ${greenRow} (indicator:green-factories 2025): no source: give the document title, publisher, date and page or URL`,
    ]);
    expect(locatedProblemText(result.problems[0]!, 'zh')).toBe(`第 ${rdRow} 行（indicator:rd-spending 2025）：数值“六十”不是数字`);
  });

  it('reads the same from an .xlsx written by write-excel-file', async () => {
    const blob = await rowsToXlsx(rows);
    const back = rowsToEntries((await readXlsxSheet(new Uint8Array(await blob.arrayBuffer()))).rows);
    expect(back.entries).toEqual(rowsToEntries(csvToRows(rowsToCsv(rows))).entries);
    expect(back.problems).toHaveLength(3);
  });

  it('refuses a file that is too large, not a spreadsheet, or has no header', async () => {
    // As the results section reads a file: through the intake's table job, then into entries.
    const readResultsFile = async (name: string, text: string) => {
      const outcome = await tableOf(name, new TextEncoder().encode(text));
      if (!outcome.ok) throw refusalOf(outcome.code, outcome.detail);
      return tableToEntries(outcome.table);
    };
    await expect(readResultsFile('r.csv', 'a,b\n'.repeat(800_000))).rejects.toMatchObject({ reason: 'tooLarge' });
    await expect(readResultsFile('r.xlsx', 'not a zip')).rejects.toMatchObject({ reason: 'notSpreadsheet' });
    await expect(readResultsFile('r.csv', 'x,y\n1,2')).rejects.toMatchObject({ reason: 'noHeader' });
    await expect(readResultsFile('r.json', '{}')).rejects.toMatchObject({ reason: 'notSpreadsheet' });
    await expect(readResultsFile('r.pdf', '%PDF')).rejects.toMatchObject({ reason: 'notSpreadsheet' });
    // A results.json is read by the same rules: good entries kept, bad ones named.
    const json = await readResultsFile(
      'results.json',
      JSON.stringify({ version: 1, results: [{ measure: 'park:sanjiao', year: 2025, value: 1, unit: '亿元', enteredBy: 'x' }] }),
    );
    expect(json.entries).toEqual([]);
    expect(json.problems.map((p) => locatedProblemText(p, 'en'))).toEqual([
      'entry 1 (park:sanjiao 2025): no source: give the document title, publisher, date and page or URL',
    ]);
  });

  it('keeps a formula-looking text as text and never runs it', () => {
    const evil = filledTemplate({ 'indicator:industrial-output': { year: 2025, value: 1, ...src, source_title: '=HYPERLINK("http://x")' } });
    const csv = rowsToCsv(evil);
    expect(csv).toContain(`'=HYPERLINK`);
    const [entry] = rowsToEntries(csvToRows(csv)).entries;
    expect(entry?.source.title).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('exporting', () => {
  it('with no entries, gives an empty file the rules accept', () => {
    const text = resultsJsonText([], RESULTS_ABOUT);
    expect(JSON.parse(text)).toEqual({ about: RESULTS_ABOUT, version: 1, results: [] });
    expect(checkResultsFile(JSON.parse(text))).toEqual({ entries: [], problems: [] });
  });

  it('gives back the shipped entries as they are, trust and an undated source’s note kept', () => {
    const shipped = checkResultsFile(JSON.parse(readFileSync(PLAN_FILES.results, 'utf8'))).entries;
    const again = checkResultsFile(JSON.parse(resultsJsonText(shipped, RESULTS_ABOUT)));
    expect(again.problems).toEqual([]);
    expect(again.entries).toEqual(shipped);
  });

  it('writes entries the rules accept, in the plan’s order, and as rows that read back the same', () => {
    const { entries } = rowsToEntries(
      filledTemplate({
        'park:sanjiao': { year: 2025, value: 280, ...src },
        'indicator:industrial-output': { year: 2022, value: 1700, ...src, source_url: 'https://example.org/report' },
      }),
    );
    const text = resultsJsonText(entries, RESULTS_ABOUT);
    const parsed = checkResultsFile(JSON.parse(text));
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => e.measure)).toEqual(['indicator:industrial-output', 'park:sanjiao']);
    expect(rowsToEntries(entryRows(parsed.entries)).entries).toEqual(parsed.entries);
  });
});
