/**
 * One CSV writer, and formulas never run (issue #19): every CSV the app exports (attribute
 * table, comparison, results template and export, import problems, checks) makes
 * `=HYPERLINK("x")`, `-2+3` and `@SUM(A1)` inert in cells and headers, while the number
 * -3.5 stays a number. And no second CSV or .xlsx writer exists in src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { comparisonCsv } from '../../src/compare/compareCsv';
import { buildComparison } from '../../src/compare/compareTable';
import { parkById, parks as planParks } from '../../src/data/plan';
import type { Park } from '../../src/data/types';
import { entryRows, rowsToCsv, templateRows } from '../../src/results/tabular';
import { measures } from '../../src/results/measures';
import { checkPolygon } from '../../src/workbench/checks';
import { exportCrs } from '../../src/workbench/exportCrs';
import { toCsvText } from '../../src/workbench/exportFormats';
import { csvField, neutralise, toCsv } from '../../src/workbench/formats/csvWrite';
import { problemsCsv } from '../../src/workbench/problemsCsv';
import type { WorkFeature } from '../../src/workbench/types';
import { TRUTH } from '../support/workbenchFixtures';

const HOSTILE = ['=HYPERLINK("x")', '-2+3', '@SUM(A1)', '+1+cmd|x', '\t=1', '\r=1'];
const parse = (csv: string): string[][] => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
};
/** No parsed cell starts a formula; each hostile text is there, defused with its quote. */
function expectInert(csv: string, texts: readonly string[] = HOSTILE.slice(0, 3)): string[][] {
  const cells = parse(csv);
  for (const cell of cells.flat()) expect(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/.test(cell), cell).toBe(false);
  for (const text of texts) expect(cells.flat(), text).toContain(`'${text}`);
  return cells;
}

describe('the one CSV writer', () => {
  it('neutralises formula starts in any cell or header, keeps numbers and plain numeric text', () => {
    for (const text of HOSTILE) expect(neutralise(text)).toBe(`'${text}`);
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField('-3.5')).toBe('-3.5');
    expect(csvField('+86')).toBe('+86');
    expect(csvField('-')).toBe("'-");
    expect(csvField('a=b')).toBe('a=b');
    expect(toCsv([['=HYPERLINK("x")', -3.5], [true, null]])).toBe('\uFEFF"\'=HYPERLINK(""x"")",-3.5\r\ntrue,\r\n');
  });
});

describe('every CSV export', () => {
  it('the attribute table: attributes and their names, in any system', () => {
    const features: WorkFeature[] = [
      { type: 'Feature', id: '=HYPERLINK("x")', properties: { '=HYPERLINK("x")': '-2+3', '@SUM(A1)': '@SUM(A1)', '-2+3': -3.5 }, geometry: TRUTH },
    ];
    for (const id of ['wgs84', 'epsg4544'] as const) {
      const cells = expectInert(toCsvText(features, exportCrs(id)!));
      const header = cells[0]!;
      expect(header.slice(0, 4)).toEqual(['id', `'=HYPERLINK("x")`, `'@SUM(A1)`, `'-2+3`]);
      expect(cells[1]![3]).toBe('-3.5');
    }
  });

  it('the comparison of parks', () => {
    const hostile: Park = { ...(parkById('fenghuanghu') as Park), name: { zh: '=HYPERLINK("x")', en: '=HYPERLINK("x")' }, positioning: { zh: '-2+3', en: '@SUM(A1)' } };
    const zh = expectInert(comparisonCsv(buildComparison([hostile, parkById('gangqiao') as Park]), 'zh'), ['=HYPERLINK("x")', '-2+3']);
    expect(zh[0]).toContain(`'=HYPERLINK("x")`); // the park's name is a header
    expectInert(comparisonCsv(buildComparison([hostile, parkById('gangqiao') as Park]), 'en'), ['=HYPERLINK("x")', '@SUM(A1)']);
  });

  it('the results template and the results export, with -3.5 kept as a number', () => {
    const template = templateRows();
    template[0] = [...template[0]!, '=HYPERLINK("x")'];
    expectInert(rowsToCsv(template), ['=HYPERLINK("x")']);
    const entry = {
      measure: measures[0]!.key,
      year: 2025,
      value: -3.5,
      unit: '亿元',
      source: { title: '=HYPERLINK("x")', publisher: '-2+3', date: '2026-01-01', page: '@SUM(A1)' },
      enteredBy: 'x',
      comparable: true,
    };
    const cells = expectInert(rowsToCsv(entryRows([entry])));
    expect(cells[1]).toContain('-3.5');
  });

  it('the import problems', () => {
    const csv = problemsCsv(
      { format: 'xlsx', problems: [{ index: 0, name: '=HYPERLINK("x")', code: 'null-geometry', sheet: '@SUM(A1)', row: 3 }] },
      () => ({ what: '-2+3', fix: 'x' }),
    );
    expectInert(csv);
  });

  it('the checks table (its rows come from the feature’s name)', () => {
    const parks = JSON.parse(readFileSync('geodata/parks.geojson', 'utf8'));
    const townships = JSON.parse(readFileSync('geodata/townships.geojson', 'utf8'));
    const row = checkPolygon({ type: 'Feature', id: 'a', properties: { name: '=HYPERLINK("x")' }, geometry: TRUTH }, 'L', undefined, {
      parks,
      townships,
      plan: planParks,
      origin: { lon: 105.9, lat: 29.35 },
    })!;
    expectInert(toCsv([['-2+3', '@SUM(A1)'], [row.featureName, Number(row.areaKm2.toFixed(4))]]));
  });
});

describe('one way out', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const sources = files('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('writes CSV only in formats/csvWrite.ts and .xlsx only in formats/xlsxWrite.ts', () => {
    expect(sources.filter((s) => /Papa\.unparse|unparse\(/.test(s.text)).map((s) => s.path)).toEqual([]);
    expect(sources.filter((s) => /['"]write-excel-file/.test(s.text)).map((s) => s.path)).toEqual(['src/workbench/formats/xlsxWrite.ts']);
    // Rows joined with commas into lines are a CSV writer.
    expect(sources.filter((s) => /join\(['"],['"]\)\)\.join\(['"]\\r?\\n/.test(s.text)).map((s) => s.path)).toEqual(['src/workbench/formats/csvWrite.ts']);
  });

  it('every CSV download is made by the one writer', () => {
    const downloads = sources.filter((s) => /\.csv`|'text\/csv'/.test(s.text));
    let calls = 0;
    for (const { path, text } of downloads) {
      for (const call of text.matchAll(/download\w*\(([^\n]*?)'text\/csv'\)/g)) {
        calls++;
        expect(call[1], path).toMatch(/^(toCsv|toCsvText|problemsCsv|rowsToCsv|comparisonCsv)\(/);
      }
    }
    // Attribute table, checks, import problems, comparison, results template and results.
    expect(calls).toBe(6);
  });
});
