import { describe, expect, it } from 'vitest';
import { parkById, parks } from '../../src/data/plan';
import type { Park } from '../../src/data/types';
import { comparisonCsv } from '../../src/compare/compareCsv';
import { buildComparison, sharedIndustries } from '../../src/compare/compareTable';
import { csvField, toCsv, UTF8_BOM } from '../../src/workbench/formats/csvWrite';
import { areaOf, derivedFigure } from '../../src/compare/derived';

const park = (id: string) => parkById(id) as Park;
const parseCsv = (text: string) => text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('derived figures', () => {
  it('divides the 2025 target by the area planned for construction 2021-2025', () => {
    expect(derivedFigure(park('fenghuanghu'), 'target-per-planned-construction')).toEqual({
      id: 'target-per-planned-construction',
      numerator: 2000,
      denominator: 24,
      value: 83.33,
      unit: 'per-km2',
    });
    expect(derivedFigure(park('gangqiao'), 'target-per-planned-construction')?.value).toBe(76.92);
    expect(derivedFigure(park('sanjiao'), 'target-per-planned-construction')?.value).toBe(39.11);
    expect(derivedFigure(park('eco-city'), 'target-per-planned-construction')?.value).toBe(82.19);
    expect(derivedFigure(park('bonded-zone'), 'target-per-planned-construction')?.value).toBe(90.09);
  });

  it('divides by the approved area only where the plan gives one', () => {
    expect(derivedFigure(park('fenghuanghu'), 'target-per-approved')?.value).toBe(57.7);
    expect(derivedFigure(park('gangqiao'), 'target-per-approved')?.value).toBe(49.06);
    expect(derivedFigure(park('eco-city'), 'target-per-approved')).toBeNull();
    expect(derivedFigure(park('bonded-zone'), 'target-per-approved')).toBeNull();
    expect(derivedFigure(park('eco-city'), 'target-per-total-planned')?.value).toBe(7.5);
  });

  it('gives the built share of the approved area, over 100% for 三教 as the plan’s figures imply', () => {
    expect(derivedFigure(park('fenghuanghu'), 'built-share-of-approved')?.value).toBe(62);
    expect(derivedFigure(park('sanjiao'), 'built-share-of-approved')?.value).toBe(103.3);
  });

  it('reads an area stated twice with the same value as one figure', () => {
    expect(park('fenghuanghu').areas.filter((area) => area.kind === 'planned-2021-2025')).toHaveLength(2);
    expect(areaOf(park('fenghuanghu'), 'planned-2021-2025')).toBe(24);
    expect(areaOf(park('fenghuanghu'), 'total-planned')).toBeNull();
  });
});

describe('the comparison', () => {
  it('marks the lead industries two or more places share', () => {
    expect(sharedIndustries([park('gangqiao'), park('sanjiao')]).sort()).toEqual(['consumer-goods', 'smart-home-materials']);
    expect(sharedIndustries([park('fenghuanghu'), park('gangqiao')])).toEqual([]);
  });

  it('keeps only the area rows some compared place has', () => {
    const areas = buildComparison([park('fenghuanghu'), park('gangqiao')])
      .rows.filter((row) => row.kind === 'area')
      .map((row) => (row.kind === 'area' ? row.area : ''));
    expect(areas).toEqual(['approved', 'built-2020', 'planned-2021-2025']);
    const all = buildComparison(parks).rows.filter((row) => row.kind === 'area');
    expect(all).toHaveLength(6);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-18.9)).toBe('-18.9');
    expect(csvField(null)).toBe('');
    expect(toCsv([['a', 1]])).toBe(`${UTF8_BOM}a,1\r\n`);
  });

  it('exports 凤凰湖 and 港桥 with their figures, in Chinese', () => {
    const csv = comparisonCsv(buildComparison([park('fenghuanghu'), park('gangqiao')]), 'zh');
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = parseCsv(csv);
    expect(lines[0]).toBe('项目,单位,凤凰湖产业园,港桥产业园,出处或算法');
    expect(lines).toContain('规划批准面积,平方公里,34.66,12.23,表2');
    expect(lines).toContain('2025年目标,亿元,2000,600,§四（一）2 · 表2; §四（一）3 · 表2');
    expect(lines.some((line) => line.startsWith('2025年目标 ÷ “十四五”期间规划建设面积（推算）,亿元/平方公里,83.33,76.92,'))).toBe(
      true,
    );
  });

  it('exports in English with the derived figures labelled', () => {
    const lines = parseCsv(comparisonCsv(buildComparison([park('fenghuanghu'), park('bonded-zone')]), 'en'));
    expect(lines[0]).toBe('Item,Unit,Fenghuanghu Industrial Park,Yongchuan Comprehensive Bonded Zone,Source or calculation');
    expect(lines.find((line) => line.startsWith('2025 target type'))).toBe('2025 target type,,output,operating revenue,');
    expect(lines.some((line) => line.includes('(derived)'))).toBe(true);
  });
});
