/**
 * Every measure the plan sets a target for, built from geodata/plan/*.json: the 24
 * indicators of table 1 (targets for 2022 and 2025), the five parks' 2025 output (the
 * bonded zone: operating revenue) of tables 2 and 3, and the industry clusters whose size
 * the plan states (section 三). Pure; nothing here is a result.
 */
import { indicators, industries, parks } from '../data/plan';
import type { Indicator } from '../data/types';
import { cellNumber } from '../indicators/chartMath';
import type { Bilingual } from '../data/types';
import type { Direction, Measure, MeasureKey } from './types';

/** How an indicator's wording tells whether a higher or a lower result meets the target. */
export function indicatorDirection(indicator: Indicator): { direction: Direction; reason: Bilingual } {
  const cells = [indicator.value2020, indicator.target2022, indicator.target2025];
  const base = cellNumber(indicator.value2020);
  const mid = cellNumber(indicator.target2022);
  const end = cellNumber(indicator.target2025);
  const growth = `${indicator.growth2022} ${indicator.growth2025}`;
  if (indicator.name.zh.includes('下降率') || cells.some((cell) => cell.includes('['))) {
    return {
      direction: 'unknown',
      reason: {
        zh: `规划把这项写成“下降率”，数值加方括号并为负数（${cells.join(' → ')}），增速栏又写“下降”；规划没有说明数值更大还是更小才算完成，因此不判断是否达标。`,
        en: `The plan words this as a reduction rate, prints bracketed negative figures (${cells.join(' → ')}) and calls the change a “decrease”; it does not say whether a larger or a smaller figure meets the target, so no verdict is given.`,
      },
    };
  }
  if (base === null || end === null) {
    return {
      direction: 'unknown',
      reason: { zh: '规划的数值不是单一数字，无法判断方向。', en: 'The plan’s cells are not plain numbers, so the direction cannot be told.' },
    };
  }
  const rising = base < end && (mid === null || (base <= mid && mid <= end));
  const falling = base > end && (mid === null || (base >= mid && mid >= end));
  if (falling && growth.includes('下降')) {
    return {
      direction: 'lower',
      reason: {
        zh: `目标从${indicator.value2020}降到${indicator.target2025}，增速栏写“下降”：结果不高于目标即为达标。`,
        en: `The target falls from ${indicator.value2020} to ${indicator.target2025} and the growth column says “decrease”: a result at or below the target meets it.`,
      },
    };
  }
  if (rising && !growth.includes('下降')) {
    return {
      direction: 'higher',
      reason: {
        zh: `目标从${indicator.value2020}升到${indicator.target2025}：结果不低于目标即为达标。`,
        en: `The target rises from ${indicator.value2020} to ${indicator.target2025}: a result at or above the target meets it.`,
      },
    };
  }
  return {
    direction: 'unknown',
    reason: {
      zh: '规划的基数、目标和增速说明方向不一致，因此不判断是否达标。',
      en: 'The plan’s baseline, targets and growth wording do not agree on a direction, so no verdict is given.',
    },
  };
}

function indicatorMeasure(indicator: Indicator): Measure {
  const { direction, reason } = indicatorDirection(indicator);
  return {
    key: `indicator:${indicator.id}`,
    kind: 'indicator',
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    attribute: indicator.attribute,
    quantity: 'indicator',
    base2020: cellNumber(indicator.value2020),
    targets: [
      { year: 2022, value: cellNumber(indicator.target2022), text: indicator.target2022 },
      { year: 2025, value: cellNumber(indicator.target2025), text: indicator.target2025 },
    ],
    ref: indicator.ref,
    direction,
    directionReason: reason,
  };
}

const LEVEL_TO_REACH: Bilingual = {
  zh: '规划写“力争……达到”：结果不低于目标即为达标。',
  en: 'The plan says “strive to reach”: a result at or above the target meets it.',
};

export const measures: readonly Measure[] = [
  ...indicators.map(indicatorMeasure),
  ...parks.map(
    (park): Measure => ({
      key: `park:${park.id}`,
      kind: 'park',
      id: park.id,
      name: park.name,
      unit: '亿元',
      attribute: null,
      quantity: park.target.kind === 'revenue' ? 'revenue' : 'output',
      base2020: null,
      targets: [{ year: 2025, value: park.target.valueYi, text: park.target.text }],
      ref: park.target.ref,
      direction: 'higher',
      directionReason: LEVEL_TO_REACH,
    }),
  ),
  ...industries
    .filter((industry) => industry.clusterTargetYi !== null && industry.clusterTarget !== null)
    .map(
      (industry): Measure => ({
        key: `industry:${industry.id}`,
        kind: 'industry',
        id: industry.id,
        name: industry.name,
        unit: '亿元',
        attribute: null,
        quantity: 'cluster-size',
        base2020: null,
        targets: [{ year: 2025, value: industry.clusterTargetYi, text: industry.clusterTarget ?? '' }],
        ref: industry.ref,
        direction: 'higher',
        directionReason: {
          zh: `规划要打造“${industry.clusterTarget ?? ''}”产业集群：集群规模不低于目标即为达标。`,
          en: `The plan aims for a cluster of the “${industry.clusterTarget ?? ''}” class: a size at or above it meets the target.`,
        },
      }),
    ),
];

const index = new Map<string, Measure>(measures.map((measure) => [measure.key, measure]));

export function measureByKey(key: string): Measure | undefined {
  return index.get(key);
}

export function isMeasureKey(value: string): value is MeasureKey {
  return index.has(value);
}

/** The target of a measure for a year, if the plan sets one. */
export function targetFor(measure: Measure, year: number) {
  return measure.targets.find((target) => target.year === year);
}

/** The plan's position of a measure: for sorting entries in the file. */
export function measureOrder(key: string): number {
  const position = measures.findIndex((measure) => measure.key === key);
  return position < 0 ? Number.MAX_SAFE_INTEGER : position;
}
