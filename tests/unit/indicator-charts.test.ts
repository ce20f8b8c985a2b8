import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/data/plan';
import { barLength, cellNumber, trendPoints } from '../../src/indicators/chartMath';

describe('indicator chart maths', () => {
  it('reads the plan’s cells as numbers only where they are plain figures', () => {
    expect(cellNumber('1300.6')).toBe(1300.6);
    expect(cellNumber('85%')).toBe(85);
    expect(cellNumber('[-18.9%]')).toBe(-18.9);
    expect(cellNumber('0.30')).toBe(0.3);
    expect(cellNumber('—')).toBeNull();
    expect(cellNumber('下降3.2%')).toBeNull();
    expect(cellNumber('1.55个百分点')).toBeNull();
  });

  it('can chart every row of table 1 from its 2020, 2022 and 2025 cells', () => {
    expect(indicators).toHaveLength(24);
    for (const indicator of indicators) {
      const values = [indicator.value2020, indicator.target2022, indicator.target2025].map(cellNumber);
      expect(values.every((value) => value !== null), indicator.id).toBe(true);
    }
  });

  it('places points by year and value, larger values higher', () => {
    const points = trendPoints([2020, 2022, 2025], [1300.6, 1800, 3000], 50, 20, 0)!;
    expect(points[0]).toEqual({ x: 0, y: 20 });
    expect(points[1]!.x).toBeCloseTo(20);
    expect(points[2]).toEqual({ x: 50, y: 0 });
    expect(points[1]!.y).toBeGreaterThan(points[2]!.y);
    expect(trendPoints([2020, 2025], [1, null], 50, 20)).toBeNull();
    expect(trendPoints([2020, 2025], [5, 5], 50, 20, 0)?.map((point) => point.y)).toEqual([10, 10]);
  });

  it('scales bars to the largest value', () => {
    expect(barLength(550, 1100, 200)).toBe(100);
    expect(barLength(0, 1100, 200)).toBe(0);
    expect(barLength(5, 0, 200)).toBe(0);
  });
});
