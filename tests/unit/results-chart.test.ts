/** The indicators' small charts with results: results sit on the same scale as the plan's path. TEST DATA values. */
import { expect, it } from 'vitest';
import { resultTrend } from '../../src/results/chart';

it('places results on the plan’s scale, widening it to a result outside the path', () => {
  const chart = resultTrend([2020, 2022, 2025], [1300.6, 1800, 3000], [{ year: 2025, value: 2900 }], 54, 22)!;
  expect(chart.plan[0]).toEqual({ x: 3, y: 19 }); // 2020 baseline: left, bottom
  expect(chart.plan[2]).toEqual({ x: 51, y: 3 }); // 2025 target: right, top
  expect(chart.results[0]!.x).toBe(51);
  expect(chart.results[0]!.y).toBeGreaterThan(3); // below the target
  const later = resultTrend([2020, 2022, 2025], [1, 2, 3], [{ year: 2030, value: 4 }], 54, 22)!;
  expect(later.results[0]).toEqual({ x: 51, y: 3 }); // the x axis runs to 2030 and y to 4
  expect(later.plan[2]!.x).toBeLessThan(51);
});

it('draws nothing when the plan’s cells are not all numbers', () => {
  expect(resultTrend([2020, 2022, 2025], [null, 1, 2], [{ year: 2025, value: 1 }], 54, 22)).toBeNull();
});
