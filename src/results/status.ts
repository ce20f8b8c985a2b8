/**
 * What a result says about a target: achieved, not achieved, shown without a verdict (the
 * plan's wording gives no direction, or the target is worded), not comparable (another
 * definition), or no result yet. And, for comparable results only, the share of the target
 * reached. Pure.
 */
import { measureByKey, measures, targetFor } from './measures';
import type { Measure, MeasureTarget, ResultEntry } from './types';

/** A result as the app shows it: from the committed file, or entered in this browser and not yet committed. */
export interface ShownResult extends ResultEntry {
  origin: 'committed' | 'local';
}

export type Verdict = 'achieved' | 'not-achieved' | 'no-verdict' | 'not-comparable' | 'no-result';

/** Why a result carries no verdict. */
export type NoVerdictReason = 'direction-unknown' | 'target-worded';

export interface TargetStatus {
  measure: Measure;
  target: MeasureTarget;
  /** The result for the target's year, if any. */
  result: ShownResult | null;
  verdict: Verdict;
  noVerdictReason?: NoVerdictReason;
  /** value / target, for comparable results with a numeric, positive target where higher is better. */
  share?: number;
}

/** The committed entries, with entries entered in this browser replacing those of the same measure and year. */
export function shownResults(committed: readonly ResultEntry[], local: readonly ResultEntry[]): ShownResult[] {
  const key = (entry: ResultEntry) => `${entry.measure}@${entry.year}`;
  const localKeys = new Set(local.map(key));
  const same = (a: ResultEntry, b: ResultEntry) => JSON.stringify(a) === JSON.stringify(b);
  return [
    ...committed.filter((entry) => !localKeys.has(key(entry))).map((entry): ShownResult => ({ ...entry, origin: 'committed' })),
    // A local entry identical to a committed one has been committed: it is shown as committed.
    ...local.map(
      (entry): ShownResult => ({ ...entry, origin: committed.some((c) => same(c, entry)) ? 'committed' : 'local' }),
    ),
  ];
}

/** The verdict of one result against one target. */
export function judge(
  measure: Measure,
  target: MeasureTarget,
  result: ResultEntry | null,
): Pick<TargetStatus, 'verdict' | 'noVerdictReason' | 'share'> {
  if (!result) return { verdict: 'no-result' };
  if (!result.comparable) return { verdict: 'not-comparable' };
  if (target.value === null) return { verdict: 'no-verdict', noVerdictReason: 'target-worded' };
  if (measure.direction === 'unknown') return { verdict: 'no-verdict', noVerdictReason: 'direction-unknown' };
  const met = measure.direction === 'higher' ? result.value >= target.value : result.value <= target.value;
  // A share of the target reads as progress only where more is better.
  const share = measure.direction === 'higher' && target.value > 0 ? result.value / target.value : undefined;
  return { verdict: met ? 'achieved' : 'not-achieved', ...(share !== undefined ? { share } : {}) };
}

/** Every target of the plan with its status, in the plan's order (table 1, parks, clusters). */
export function targetStatuses(results: readonly ShownResult[]): TargetStatus[] {
  return measures.flatMap((measure) =>
    measure.targets.map((target): TargetStatus => {
      const result = results.find((entry) => entry.measure === measure.key && entry.year === target.year) ?? null;
      return { measure, target, result, ...judge(measure, target, result) };
    }),
  );
}

/** The results of one measure, by year, each with its status against the plan's target for that year (none for years without one). */
export function resultsOf(
  measureKey: string,
  results: readonly ShownResult[],
): { result: ShownResult; target: MeasureTarget | null; status: Pick<TargetStatus, 'verdict' | 'noVerdictReason' | 'share'> | null }[] {
  const measure = measureByKey(measureKey);
  if (!measure) return [];
  return results
    .filter((entry) => entry.measure === measureKey)
    .sort((a, b) => a.year - b.year)
    .map((result) => {
      const target = targetFor(measure, result.year) ?? null;
      return { result, target, status: target ? judge(measure, target, result) : result.comparable ? null : { verdict: 'not-comparable' as const } };
    });
}

export interface VerdictCounts {
  achieved: number;
  notAchieved: number;
  noVerdict: number;
  notComparable: number;
  noResult: number;
}

export function countVerdicts(statuses: readonly TargetStatus[]): VerdictCounts {
  const count = (verdict: Verdict) => statuses.filter((status) => status.verdict === verdict).length;
  return {
    achieved: count('achieved'),
    notAchieved: count('not-achieved'),
    noVerdict: count('no-verdict'),
    notComparable: count('not-comparable'),
    noResult: count('no-result'),
  };
}

/** A result for a year the plan sets no target for, with the measure's next target (null when none follows). */
export interface InterimResult {
  measure: Measure;
  result: ShownResult;
  nextTarget: MeasureTarget | null;
}

/** The results of years without a target (2021, 2023, 2024 …), in the plan's order of measures, then by year. No verdict. */
export function interimResults(results: readonly ShownResult[]): InterimResult[] {
  return measures.flatMap((measure) =>
    results
      .filter((result) => result.measure === measure.key && !measure.targets.some((target) => target.year === result.year))
      .sort((a, b) => a.year - b.year)
      .map((result) => ({
        measure,
        result,
        nextTarget: [...measure.targets].sort((a, b) => a.year - b.year).find((target) => target.year > result.year) ?? null,
      })),
  );
}
