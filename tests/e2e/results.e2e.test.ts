/**
 * Results against the plan's targets (issue #15), as planners and promoters use them:
 * with an empty committed file (served in place of the shipped one, which holds the published
 * results: tests/e2e/published-results.e2e.test.ts) every view says no results have been entered; a planner
 * downloads the template, fills two indicators and one park, imports it, and sees them
 * beside the targets (indicators view, park detail, review and its printed sheet) in both
 * languages; a reload keeps them; the exported results.json passes data:check and, served as
 * the committed file, shows the same results on a fresh load.
 *
 * Every figure and source below is TEST DATA, named so, not a result of the plan.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvToRows, rowsToCsv, rowsToXlsx, COLUMNS, type Cell } from '../../src/results/tabular';
import { readXlsxSheet } from '../../src/intake/xlsxRead';
import { AppDriver } from './support/driver';
import { EMPTY_COMMITTED_RESULTS } from './support/resultsDriver';

const SHOTS = process.env.RESULTS_SHOTS; // a folder for screenshots looked at by hand; unset in normal runs
const col = (name: (typeof COLUMNS)[number]) => COLUMNS.indexOf(name);
const TEST_SOURCE = {
  source_title: '测试数据（非真实来源）e2e fixture',
  source_publisher: '测试单位 Test publisher',
  source_date: '2026-03-01',
  source_page: 'p. 7',
  entered_by: 'e2e test',
};
const FILL: Record<string, Partial<Record<(typeof COLUMNS)[number], Cell>>> = {
  'indicator:industrial-output': { year: 2025, value: 2900, ...TEST_SOURCE },
  'indicator:energy-intensity': { year: 2025, value: 0.26, ...TEST_SOURCE },
  'park:fenghuanghu': { year: 2025, value: 1500, ...TEST_SOURCE },
};

function fill(rows: unknown[][], values: typeof FILL): Cell[][] {
  return rows.map((row, index) => {
    const out = row.map((cell) => (cell === null || cell === undefined ? null : typeof cell === 'number' ? cell : String(cell)));
    const wanted = index === 0 ? undefined : values[String(row[0])];
    if (wanted) for (const [key, value] of Object.entries(wanted)) out[col(key as (typeof COLUMNS)[number])] = value ?? null;
    return out;
  });
}

describe('results with an empty committed file', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.open('', {}, { committedResults: EMPTY_COMMITTED_RESULTS });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('every view says plainly that no results have been entered yet', async () => {
    expect(await app.textOf('results-notice-overview')).toContain('还没有录入任何实际完成值');
    await app.results.openIndicators('targets');
    expect(await app.textOf('results-notice-indicators')).toContain('还没有录入任何实际完成值');
    expect(await app.textOf('results-indicator:industrial-output')).toBe('尚无结果');
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'fenghuanghu');
    expect(await app.textOf('results-park:fenghuanghu')).toBe('尚无结果');
    await app.language.switch();
    await app.results.openIndicators('targets');
    expect(await app.textOf('results-notice-indicators')).toContain('No results have been entered yet');
    expect(await app.textOf('results-indicator:energy-intensity')).toBe('No result yet');
    await app.language.switch();
  });

  it('the review lists every target as "no result yet", inside the indicators tab (still seven tabs)', async () => {
    await app.results.openIndicators('review');
    const verdicts = await app.results.reviewVerdicts();
    expect(Object.keys(verdicts).length).toBe(24 * 2 + 5 + 7);
    expect(new Set(Object.values(verdicts))).toEqual(new Set(['no-result']));
    expect(await app.textOf('review-counts')).toContain('全部 60 项目标均为“尚无结果”');
    expect(await app.layout.tabCount()).toBe(7);
    if (SHOTS) await app.screenshot(join(SHOTS, 'review-empty.png'));
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('a planner enters results from the template', () => {
  let app: AppDriver;
  const work = mkdtempSync(join(tmpdir(), 'yc-results-'));
  let exported = '';

  beforeAll(async () => {
    app = await AppDriver.open('', {}, { committedResults: EMPTY_COMMITTED_RESULTS });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('downloads the template, fills two indicators and one park in the .xlsx and imports it', async () => {
    await app.results.openWorkbenchSection();
    const template = await app.results.download('res-template-xlsx');
    expect(template.name).toBe('results-template.xlsx');
    const rows = (await readXlsxSheet(new Uint8Array(template.bytes))).rows;
    expect(rows[0]?.[0]).toMatch(/^measure/);
    expect(rows.map((row) => row[0])).toContain('park:bonded-zone');
    const filled = await rowsToXlsx(fill(rows, FILL));
    const report = await app.results.importFile({ name: 'filled.xlsx', buffer: Buffer.from(await filled.arrayBuffer()) });
    expect(report).toContain('3 行已保存');
    expect(report).toContain('0 行有问题');
  });

  it('a CSV with a bad row: the row is reported by number in the user’s language, good rows kept', async () => {
    const template = await app.results.download('res-template-csv');
    const rows = csvToRows(template.text.replace(/^\uFEFF/, ''));
    const bad = fill(rows, { 'indicator:green-factories': { year: 2025, value: '十八', ...TEST_SOURCE }, 'park:sanjiao': { year: 2025, value: 320, ...TEST_SOURCE, source_page: '' } });
    const rowOf = (measure: string) => rows.findIndex((row) => row[0] === measure) + 1;
    const report = await app.results.importFile({ name: 'bad.csv', buffer: Buffer.from(rowsToCsv(bad)) });
    expect(report).toContain(`第 ${rowOf('indicator:green-factories')} 行（indicator:green-factories 2025）：数值“十八”不是数字`);
    expect(report).toContain(`第 ${rowOf('park:sanjiao')} 行（park:sanjiao 2025）：来源须有页码或网址`);
    await app.language.switch();
    const again = await app.results.importFile({ name: 'bad.csv', buffer: Buffer.from(rowsToCsv(bad)) });
    expect(again).toContain(`Row ${rowOf('indicator:green-factories')} (indicator:green-factories 2025): value “十八” is not a number`);
    await app.language.switch();
    // The three good rows from the .xlsx are still there; nothing of the bad file was added.
    expect(await app.textOf('res-list')).toMatch(/\(3\)|（3）/);
  });

  it('shows them beside the targets in the indicators view, with year, source and verdict, in both languages', async () => {
    await app.results.openIndicators('targets');
    expect(await app.textOf('results-notice-indicators')).toContain('已录入 3 条');
    const output = await app.textOf('results-indicator:industrial-output');
    expect(output).toContain('2025年结果');
    expect(output).toContain('2,900 亿元');
    expect(output).toContain('未完成');
    expect(output).toContain('测试数据（非真实来源）');
    // Energy intensity: lower is better, 0.26 ≤ 0.27.
    expect(await app.textOf('results-indicator:energy-intensity')).toContain('已完成');
    await app.results.waitForTrendResults('industrial-output');
    expect(await app.textOf('result-bars-park')).toContain('1,500 亿元 (2025)');
    expect(await app.results.resultBarsCount('industry')).toBe(0); // no cluster result: nothing drawn
    if (SHOTS) {
      await app.results.scrollTo('result-bars-park');
      await app.screenshot(join(SHOTS, 'indicators-bars-zh.png'));
      await app.results.scrollTo('results-notice-indicators');
    }
    if (SHOTS) await app.screenshot(join(SHOTS, 'indicators-results-zh.png'));
    await app.language.switch();
    expect(await app.textOf('results-indicator:industrial-output')).toContain('Not achieved');
    expect(await app.textOf('results-indicator:energy-intensity')).toContain('Achieved');
    await app.language.switch();
  });

  it('shows the park’s result in its detail', async () => {
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'fenghuanghu');
    const text = await app.textOf('results-park:fenghuanghu');
    expect(text).toContain('1,500 亿元');
    expect(text).toContain('未完成');
    expect(text).toContain('达到目标的 75%');
    expect(text).toContain('测试单位 Test publisher, 2026-03-01, p. 7');
    if (SHOTS) {
      await app.results.scrollTo('results-park:fenghuanghu');
      await app.screenshot(join(SHOTS, 'park-detail-zh.png'));
    }
  });

  it('lists them in the review and prints the review sheet, in both languages', async () => {
    await app.results.openIndicators('review');
    const verdicts = await app.results.reviewVerdicts();
    expect(verdicts['indicator:industrial-output@2025']).toBe('not-achieved');
    expect(verdicts['indicator:energy-intensity@2025']).toBe('achieved');
    expect(verdicts['park:fenghuanghu@2025']).toBe('not-achieved');
    expect(verdicts['indicator:industrial-output@2022']).toBe('no-result');
    await app.results.printReview();
    await app.export.emulatePrint(true);
    const sheet = await app.textOf('review-sheet');
    expect(sheet).toContain('规划实施评估表');
    expect(sheet).toContain('1,500 亿元');
    expect(sheet).toContain('测试数据（非真实来源）');
    expect(await app.results.isReviewSheetVisible()).toBe(true);
    expect(await app.export.isAppVisible()).toBe(false);
    if (SHOTS) await app.screenshot(join(SHOTS, 'review-sheet-zh.png'), { fullPage: true });
    await app.export.emulatePrint(false);
    await app.language.switch();
    await app.results.printReview();
    await app.export.emulatePrint(true);
    const english = await app.textOf('review-sheet');
    expect(english).toContain('Plan review sheet');
    expect(english).toContain('Not achieved');
    expect(english).toContain('Achieved');
    if (SHOTS) await app.screenshot(join(SHOTS, 'review-sheet-en.png'), { fullPage: true });
    await app.export.emulatePrint(false);
    await app.language.switch();
  });

  it('the views with results, the review and the workbench section have no axe violations', async () => {
    await app.results.openIndicators('review');
    expect(await app.a11y.violations()).toEqual([]);
    await app.results.openIndicators('targets');
    expect(await app.a11y.violations()).toEqual([]);
    await app.results.openWorkbenchSection();
    expect(await app.a11y.violations()).toEqual([]);
    await app.layout.openTab('overview');
    expect(await app.a11y.violations()).toEqual([]);
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'fenghuanghu');
    expect(await app.a11y.violations()).toEqual([]);
  });

  it('a reload keeps them', async () => {
    await app.reload();
    await app.waitForMapIdle();
    await app.results.openIndicators('targets');
    expect(await app.textOf('results-indicator:industrial-output')).toContain('2,900 亿元');
    expect(await app.textOf('results-indicator:industrial-output')).toContain('本浏览器录入，尚未提交');
  });

  it('exports a results.json that passes data:check', async () => {
    await app.results.openWorkbenchSection();
    const file = await app.results.download('res-export-json');
    expect(file.name).toBe('results.json');
    exported = file.text;
    const path = join(work, 'results.json');
    writeFileSync(path, exported);
    const output = execFileSync('npx', ['tsx', 'scripts/data/check.ts', '--results', path], { encoding: 'utf8' });
    expect(output).toContain('ok   results: sourced, known measures, the plan\'s units');
    expect(output).toMatch(/data:check: \d+ checks passed, 0 failed/);
    expect(JSON.parse(exported).results).toHaveLength(3);
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it('the form refuses a result without a source, saying why; saves it with one; undo takes it back', async () => {
    await app.results.openWorkbenchSection();
    const refused = await app.results.enterResult({ measure: 'industry:electronics', year: '2025', value: '420', 'entered-by': 'e2e test' });
    expect(refused).toContain('这条结果未保存');
    expect(refused).toContain('没有来源');
    const saved = await app.results.enterResult({ title: '测试数据（非真实来源）', publisher: '测试单位', date: '2026-03-01', page: '9' });
    expect(saved).toContain('已保存：industry:electronics 2025');
    expect(await app.textOf('res-list')).toContain('（4）');
    await app.results.undo();
    expect(await app.textOf('res-list')).toContain('（3）');
  });

  it('shows results in the overview, the layout fact sheet and the tour', async () => {
    await app.layout.openTab('overview');
    expect(await app.textOf('results-notice-overview')).toContain('已录入 3 条');
    expect(await app.textOf('results-park:fenghuanghu')).toContain('1,500 亿元');
    expect(await app.textOf('results-park:sanjiao')).toContain('尚无结果');
    if (SHOTS) {
      await app.results.scrollTo('results-notice-overview');
      await app.screenshot(join(SHOTS, 'overview-zh.png'));
    }
    await app.insights.compare(['fenghuanghu', 'sanjiao']);
    const compared = await app.textOf('compare-results');
    expect(await app.a11y.violations()).toEqual([]);
    expect(compared).toContain('1,500 亿元');
    expect(compared).toContain('尚无结果');
    if (SHOTS) {
      await app.results.scrollTo('compare-results');
      await app.screenshot(join(SHOTS, 'compare-zh.png'));
    }
    await app.tour.start();
    await app.press('ArrowRight');
    expect(await app.textOf('tour')).toMatch(/1,500 亿元|尚无结果/);
    if (SHOTS) await app.screenshot(join(SHOTS, 'tour-zh.png'));
    await app.press('Escape');
    await app.export.printSheet({ park: 'fenghuanghu' });
    await app.export.emulatePrint(true);
    const sheet = await app.textOf('print-sheet');
    expect(sheet).toContain('1,500 亿元');
    expect(sheet).toContain('测试数据（非真实来源）');
    await app.export.emulatePrint(false);
  });

  it('committed, the file shows the same results on a fresh load', async () => {
    const fresh = await AppDriver.open('', {}, { committedResults: exported });
    try {
      await fresh.results.openIndicators('targets');
      const output = await fresh.textOf('results-indicator:industrial-output');
      expect(output).toContain('2,900 亿元');
      expect(output).not.toContain('尚未提交');
      await fresh.results.openIndicators('review');
      expect((await fresh.results.reviewVerdicts())['park:fenghuanghu@2025']).toBe('not-achieved');
      expect(fresh.foreignRequests).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
