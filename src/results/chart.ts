/** The indicators' small line charts with results: the plan's 2020 → 2022 → 2025 path and the results as points on the same scale. Pure. */
import type { TrendPoint } from '../indicators/chartMath';

export function resultTrend(
  planYears: readonly number[],
  planValues: readonly (number | null)[],
  results: readonly { year: number; value: number }[],
  width: number,
  height: number,
  margin = 3,
): { plan: TrendPoint[]; results: TrendPoint[] } | null {
  if (planValues.some((value) => value === null) || planYears.length !== planValues.length || planYears.length < 2) return null;
  const plan = planValues as number[];
  const years = [...planYears, ...results.map((r) => r.year)];
  const values = [...plan, ...results.map((r) => r.value)];
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const at = (year: number, value: number): TrendPoint => ({
    x: margin + ((year - firstYear) / (lastYear - firstYear || 1)) * (width - 2 * margin),
    y: max === min ? height / 2 : margin + (1 - (value - min) / span) * (height - 2 * margin),
  });
  return {
    plan: plan.map((value, index) => at(planYears[index]!, value)),
    results: results.map((result) => at(result.year, result.value)),
  };
}
