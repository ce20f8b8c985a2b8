/**
 * The published results the 2021-2025 package ships (its results.json is the committed file):
 * the 规上工业总产值 row of the indicators view shows the 2021 and 2023 results beside the
 * targets, each with its source and trust class (the 2023 source undated, said so), in both
 * languages and on a phone; the review lists them as results of years without a target, and
 * its printed A4 sheet carries them with their sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

const OUTPUT = 'results-indicator:industrial-output';

describe('published results beside the targets', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.open('?lang=zh');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the 规上工业总产值 row shows the 2021 and 2023 results with source and trust, in Chinese', async () => {
    await app.results.openIndicators('targets');
    expect(await app.textOf('results-notice-indicators')).toContain('已录入 3 条');
    const row = await app.textOf(OUTPUT);
    expect(row).toContain('2021年结果');
    expect(row).toContain('1,550.2 亿元');
    expect(row).toContain('2023年结果');
    expect(row).toContain('1,815.8 亿元');
    expect(row).toContain('规划未设2021年目标');
    expect(row).toContain('可信度：中等（第三方网站转载的官方文本）');
    expect(row).toContain('可信度：中低（自媒体文章或其镜像）');
    expect(row).toContain('永川区2022年政府工作报告');
    // The targets stay beside them, unchanged.
    expect(await app.textOf('indicator-2025-industrial-output')).toBe('3000');
    const details2023 = await app.results.openSourceDetails('indicator:industrial-output', 2023);
    expect(details2023).toContain('未注明日期');
    expect(details2023).toContain('页面未印发布日期');
    expect(details2023).toContain('http://www.senqingzn.com/dy/article/K5B3U5P10531B3OJ.html');
    const details2021 = await app.results.openSourceDetails('indicator:industrial-output', 2021);
    expect(details2021).toContain('2022-01-08');
    await app.results.waitForTrendResults('industrial-output');
    expect(await app.a11y.violations()).toEqual([]);
  });

  it('in English, with the Chinese source words marked as Chinese', async () => {
    await app.language.switch();
    try {
      await inEnglish();
    } finally {
      await app.language.switch();
    }
  });

  async function inEnglish(): Promise<void> {
    await app.results.openIndicators('targets');
    const row = await app.textOf(OUTPUT);
    expect(row).toContain('2021 result');
    expect(row).toContain('1,550.2 亿元');
    expect(row).toContain('Trust: medium (an official text copied on a third-party site)');
    expect(row).toContain('Trust: medium-low (a self-media post or its mirror)');
    expect(await app.results.openSourceDetails('indicator:industrial-output', 2023)).toContain('undated');
    const unmarked = (await app.language.visibleTexts()).filter((t) => t.where.startsWith('result-item') && !t.zh && /\p{Script=Han}/u.test(t.text));
    expect(unmarked).toEqual([]);
  }

  it('the review lists them as results of years without a target, beside the next target, without a verdict', async () => {
    await app.results.openIndicators('review');
    const interim = await app.results.interimRows();
    expect(Object.keys(interim)).toEqual([
      'indicator:industrial-output@2021',
      'indicator:industrial-output@2023',
      'indicator:enterprise-led-innovation-platforms@2023',
    ]);
    expect(interim['indicator:industrial-output@2021']).toContain('1,550.2 亿元');
    expect(interim['indicator:industrial-output@2021']).toContain('1800 亿元 (2022)');
    expect(interim['indicator:industrial-output@2023']).toContain('3000 亿元 (2025)');
    expect(interim['indicator:industrial-output@2023']).toContain('中低');
    expect(await app.textOf('review-counts')).toContain('其他年份的 3 条已公布结果列在下方');
    expect(interim['indicator:industrial-output@2023']).toContain('未注明日期');
    // No target year has a result: every verdict stays "no result yet".
    expect(new Set(Object.values(await app.results.reviewVerdicts()))).toEqual(new Set(['no-result']));
    expect(await app.a11y.violations()).toEqual([]);
  });

  it('prints them on the review sheet (print media), in both languages', async () => {
    await app.results.printReview();
    await app.export.emulatePrint(true);
    try {
      await printedSheets();
    } finally {
      await app.export.emulatePrint(false);
    }
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  async function printedSheets(): Promise<void> {
    const sheet = await app.textOf('review-sheet');
    expect(sheet).toContain('规划实施评估表');
    expect(sheet).toContain('规划未设目标年份的已公布结果');
    expect(sheet).toContain('1,550.2 亿元');
    expect(sheet).toContain('1,815.8 亿元');
    expect(sheet).toContain('永川区2022年政府工作报告');
    expect(sheet).toContain('未注明日期');
    expect(await app.results.isReviewSheetVisible()).toBe(true);
    expect(await app.export.isAppVisible()).toBe(false);
    await app.screenshot('docs/review-sheet-published-zh.png', { fullPage: true });
    await app.export.emulatePrint(false);
    await app.language.switch();
    await app.results.printReview();
    await app.export.emulatePrint(true);
    const english = await app.textOf('review-sheet');
    expect(english).toContain('Published results for years without a target');
    expect(english).toContain('1,815.8 亿元');
    expect(english).toContain('medium-low');
    await app.export.emulatePrint(false);
    await app.language.switch();
  }

  it('the overview shows them beside the district’s output target', async () => {
    await app.layout.openTab('overview');
    const overview = await app.textOf(OUTPUT);
    expect(overview).toContain('1,550.2 亿元');
    expect(overview).toContain('1,815.8 亿元');
  });
});

describe('published results on a phone', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.open('?lang=en', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the row’s results with trust, and the review’s list, without sideways scrolling', async () => {
    await app.results.openIndicators('targets');
    await app.results.scrollTo(OUTPUT);
    const row = await app.textOf(OUTPUT);
    expect(row).toContain('1,815.8 亿元');
    expect(row).toContain('Trust: medium-low');
    expect(await app.layout.pageScrollWidth()).toBeLessThanOrEqual(390);
    await app.results.showIndicatorsView('review');
    expect(Object.keys(await app.results.interimRows())).toHaveLength(3);
    expect(await app.layout.pageScrollWidth()).toBeLessThanOrEqual(390);
    await app.screenshot('docs/published-results-phone.png');
  });
});
