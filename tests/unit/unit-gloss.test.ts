import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/data/types';
import { growthGloss, unitGloss } from '../../src/indicators/unitGloss';

const indicators = JSON.parse(readFileSync('geodata/plan/indicators.json', 'utf8')) as Indicator[];
const HAN = /\p{Script=Han}/u;

describe('English glosses of the plan’s units', () => {
  it('reads 亿元 as CNY 100 million and 个百分点 as percentage points', () => {
    expect(unitGloss('亿元')).toBe('CNY 100 million');
    expect(unitGloss('万元/人')).toBe('CNY 10,000 per person');
    expect(unitGloss('%')).toBeNull();
    expect(growthGloss('1.55个百分点')).toBe('1.55 percentage points');
    expect(growthGloss('4个百分点')).toBe('4 percentage points');
    expect(growthGloss('下降0.22个百分点')).toBe('down 0.22 percentage points');
    expect(growthGloss('下降3.2%')).toBe('down 3.2%');
    expect(growthGloss('17.6%')).toBeNull();
    expect(growthGloss('—')).toBeNull();
  });

  it('glosses every unit and cell of table 1 that is printed in Chinese', () => {
    for (const indicator of indicators) {
      if (HAN.test(indicator.unit)) expect(unitGloss(indicator.unit), indicator.unit).not.toBeNull();
      for (const cell of [indicator.value2020, indicator.target2022, indicator.growth2022, indicator.target2025, indicator.growth2025]) {
        if (HAN.test(cell)) expect(growthGloss(cell), cell).not.toBeNull();
      }
    }
  });
});
