/**
 * Results against the plan's targets (issue #15): the rules of results.json, the verdicts
 * and the shares. The figures below are TEST DATA, not results: 1550.2 is the 2021 output
 * the issue quotes from "the 2022 government work report" without naming the document
 * precisely enough to ship it; the others are made up to exercise the rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkResults } from '../../scripts/data/checks';
import { PLAN_FILES } from '../../scripts/data/sources';
import { indicators } from '../../src/data/plan';
import { indicatorDirection, measureByKey, measures } from '../../src/results/measures';
import { parkShareClasses, parkShares } from '../../src/results/parkShares';
import { parkShareLegend } from '../../src/results/parkShareLegend';
import { locatedProblemText } from '../../src/results/problemText';
import { checkEntry, checkResultsFile } from '../../src/results/schema';
import { judge, shownResults, targetStatuses } from '../../src/results/status';
import type { ResultEntry } from '../../src/results/types';

const source = { title: '测试文件（测试数据）', publisher: '测试', date: '2022-01-10', page: 'p. 1' };
const entry = (over: Partial<ResultEntry> & Record<string, unknown> = {}): Record<string, unknown> => ({
  measure: 'indicator:industrial-output',
  year: 2021,
  value: 1550.2,
  unit: '亿元',
  source,
  enteredBy: 'test',
  comparable: true,
  ...over,
});
const file = (...results: unknown[]) => ({ version: 1, results });
const messages = (root: unknown) => checkResultsFile(root).problems.map((p) => locatedProblemText(p, 'en'));

describe('results.json rules', () => {
  it('the shipped file (the plan package’s) passes, with its published results, an undated source said so', () => {
    const shipped: unknown = JSON.parse(readFileSync(PLAN_FILES.results, 'utf8'));
    const { entries, problems } = checkResultsFile(shipped);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.measure, e.year, e.trust])).toEqual([
      ['indicator:industrial-output', 2021, 'medium'],
      ['indicator:industrial-output', 2023, 'medium-low'],
      ['indicator:enterprise-led-innovation-platforms', 2023, 'good'],
    ]);
    const undated = entries.find((e) => e.year === 2023 && e.measure === 'indicator:industrial-output');
    expect(undated?.source.date).toBeNull();
    expect(undated?.source.dateNote).toContain('2024');
    expect(checkResults({ layers: {}, plan: { results: shipped } }).ok).toBe(true);
  });

  it('an undated source needs date null and a note; an empty date is still missing; trust is one of the classes', () => {
    const undated = { title: 't', publisher: 'p', date: null, url: 'https://example.org/a' };
    expect(messages(file(entry({ source: undated as never })))).toEqual([
      'entry 1 (indicator:industrial-output 2021): the source is marked undated (date null) but has no note (dateNote) saying why',
    ]);
    const noted = checkResultsFile(file(entry({ source: { ...undated, dateNote: 'no date printed' } as never })));
    expect(noted.problems).toEqual([]);
    expect(noted.entries[0]?.source).toEqual({ ...undated, dateNote: 'no date printed' });
    expect(messages(file(entry({ source: { ...source, date: '' } })))).toEqual(['entry 1 (indicator:industrial-output 2021): the source has no “date”']);
    expect(messages(file(entry({ trust: 'high' } as never))))
      .toEqual(['entry 1 (indicator:industrial-output 2021): trust “high” is not one of exact, good, medium, medium-low, low']);
    expect(checkResultsFile(file(entry({ trust: 'medium-low' }))).entries[0]?.trust).toBe('medium-low');
    expect(checkResultsFile(file(entry())).entries[0]).not.toHaveProperty('trust');
  });

  it('accepts a complete entry', () => {
    const { entries, problems } = checkResultsFile(file(entry()));
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
  });

  it('rejects an entry without a source, naming the entry', () => {
    const noSource = entry();
    delete noSource['source'];
    expect(messages(file(entry(), noSource))).toEqual([
      'entry 2 (indicator:industrial-output 2021): no source: give the document title, publisher, date and page or URL',
    ]);
    expect(messages(file(entry({ source: { title: ' ', publisher: '', date: '' } })))[0]).toContain('entry 1 (indicator:industrial-output 2021): no source');
  });

  it('rejects a source without publisher, or without page and URL', () => {
    expect(messages(file(entry({ source: { title: 't', publisher: '', date: '2022', url: 'https://example.org/r' } })))).toEqual([
      'entry 1 (indicator:industrial-output 2021): the source has no “publisher”',
    ]);
    expect(messages(file(entry({ source: { title: 't', publisher: 'p', date: '2022' } })))).toEqual([
      'entry 1 (indicator:industrial-output 2021): the source needs a page or a URL',
    ]);
  });

  it('rejects an unknown measure, naming the entry', () => {
    expect(messages(file(entry({ measure: 'indicator:gdp' as ResultEntry['measure'] })))).toEqual([
      'entry 1 (indicator:gdp 2021): unknown measure “indicator:gdp” (must be one of the plan’s indicators, parks or clusters)',
    ]);
    // An industry without a cluster-size target is not a measure either.
    expect(measureByKey('industry:digital')).toBeUndefined();
  });

  it('rejects a unit that differs from the plan’s, naming the entry', () => {
    expect(messages(file(entry({ measure: 'indicator:energy-intensity', unit: '吨标准煤/万元', value: 0.26, year: 2025 })))).toEqual([
      'entry 1 (indicator:energy-intensity 2025): unit “吨标准煤/万元” differs from the plan’s unit “tce/万元”',
    ]);
    expect(messages(file(entry({ measure: 'park:fenghuanghu', unit: '万元', year: 2025 }))).join()).toContain('differs from the plan’s unit “亿元”');
  });

  it('rejects a different definition without a note, a duplicate, a bad year and a script URL', () => {
    expect(messages(file(entry({ comparable: false })))[0]).toContain('the difference is not described');
    expect(messages(file(entry(), entry()))).toEqual(['entry 2 (indicator:industrial-output 2021): duplicates #1 (one result per measure and year)']);
    expect(messages(file(entry({ year: 2019 })))[0]).toContain('year “2019” is not valid');
    expect(messages(file(entry({ source: { ...source, url: 'javascript:alert(1)' } })))[0]).toContain('not an http(s) address');
    expect(messages({ results: [] })).toEqual(['the file must be {"version": 1, "results": [...]}']);
  });

  it('data:check names the file and the entry', () => {
    const check = checkResults({ layers: {}, plan: { results: file(entry({ source: undefined })) } });
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toMatch(/^geodata\/plans\/yongchuan-2021-2025\/results\.json entry 1 \(indicator:industrial-output 2021\): no source/);
  });

  it('says what is wrong in Chinese too', () => {
    const problem = checkResultsFile(file(entry({ unit: '万元' }))).problems[0]!;
    expect(locatedProblemText(problem, 'zh')).toBe('第 1 条（indicator:industrial-output 2021）：单位“万元”与规划的单位“亿元”不同');
  });
});

describe('measures and direction', () => {
  it('lists the 24 indicators, the 5 parks and the clusters with a size target', () => {
    expect(measures.filter((m) => m.kind === 'indicator')).toHaveLength(24);
    expect(measures.filter((m) => m.kind === 'park')).toHaveLength(5);
    expect(measures.filter((m) => m.kind === 'industry').map((m) => m.id)).not.toContain('smart-equipment');
    expect(measureByKey('park:bonded-zone')?.quantity).toBe('revenue');
  });

  it('derives the direction from the plan’s wording, and refuses where it cannot', () => {
    const direction = (id: string) => indicatorDirection(indicators.find((i) => i.id === id)!).direction;
    expect(direction('industrial-output')).toBe('higher');
    expect(direction('energy-intensity')).toBe('lower'); // 0.32 → 0.27, 下降3.3%
    expect(direction('water-intensity-reduction')).toBe('unknown'); // [-18.9%] → [-20%], a 下降率
    expect(direction('bulk-solid-waste-utilisation')).toBe('higher');
    const unknown = measures.filter((m) => m.direction === 'unknown').map((m) => m.id);
    expect(unknown).toEqual(['water-intensity-reduction']);
  });
});

describe('verdicts and shares', () => {
  const committed = checkResultsFile(
    file(
      entry({ year: 2022, value: 1700 }),
      entry({ measure: 'indicator:energy-intensity', unit: 'tce/万元', year: 2025, value: 0.26 }),
      entry({ measure: 'indicator:water-intensity-reduction', unit: '%', year: 2025, value: -21 }),
      entry({ measure: 'park:fenghuanghu', year: 2025, value: 1500 }),
      entry({ measure: 'park:gangqiao', year: 2025, value: 700, comparable: false, definitionNote: '2023年调整园区范围（测试数据）' }),
    ),
  ).entries;
  const shown = shownResults(committed, []);
  const status = (key: string, year: number) => targetStatuses(shown).find((s) => s.measure.key === key && s.target.year === year)!;

  it('judges each target against the result of its year', () => {
    expect(status('indicator:industrial-output', 2022).verdict).toBe('not-achieved');
    expect(status('indicator:industrial-output', 2025).verdict).toBe('no-result');
    expect(status('indicator:energy-intensity', 2025).verdict).toBe('achieved'); // lower is better
    expect(status('indicator:water-intensity-reduction', 2025)).toMatchObject({ verdict: 'no-verdict', noVerdictReason: 'direction-unknown' });
    expect(status('park:gangqiao', 2025).verdict).toBe('not-comparable');
  });

  it('computes shares only for comparable entries', () => {
    expect(status('park:fenghuanghu', 2025).share).toBe(0.75);
    expect(status('park:gangqiao', 2025).share).toBeUndefined();
    expect(status('indicator:energy-intensity', 2025).share).toBeUndefined(); // lower is better: no "share"
    expect(status('indicator:water-intensity-reduction', 2025).share).toBeUndefined();
    const shares = parkShares(shown);
    expect(shares.fenghuanghu).toMatchObject({ kind: 'share', share: 0.75, year: 2025 });
    expect(shares.gangqiao).toMatchObject({ kind: 'not-comparable', year: 2025 });
    expect(shares.sanjiao).toEqual({ kind: 'none' });
    expect(parkShareLegend(shares, 'en')).toEqual({
      title: 'Share of the 2025 target reached by each park (2025 results)',
      source: 'Source: 测试文件（测试数据）',
    });
    expect(parkShareLegend(parkShares([]), 'en')).toBeNull();
    expect(parkShareClasses(shares)).toMatchObject({ fenghuanghu: '50-80', gangqiao: 'not-comparable', sanjiao: 'none' });
  });

  it('a result for a year without a target gets no verdict; a local entry replaces the committed one', () => {
    const measure = measureByKey('indicator:industrial-output')!;
    expect(judge(measure, measure.targets[1]!, null).verdict).toBe('no-result');
    const local = [{ ...(committed[0] as ResultEntry), value: 1850 }];
    const merged = shownResults(committed, local);
    expect(merged.filter((r) => r.measure === 'indicator:industrial-output')).toMatchObject([{ value: 1850, origin: 'local' }]);
    expect(targetStatuses(merged).find((s) => s.measure.key === 'indicator:industrial-output' && s.target.year === 2022)?.verdict).toBe('achieved');
  });

  it('with no results every target is "no result yet"', () => {
    const all = targetStatuses([]);
    expect(all.length).toBe(24 * 2 + 5 + measures.filter((m) => m.kind === 'industry').length);
    expect(all.every((s) => s.verdict === 'no-result')).toBe(true);
  });
});

it('checkEntry normalises text and leaves out empty optional fields', () => {
  const { entry: out } = checkEntry(entry({ enteredBy: '  规划科 ', definitionNote: '' }));
  expect(out?.enteredBy).toBe('规划科');
  expect(out && 'definitionNote' in out).toBe(false);
});
