import type { Indicator, Park } from '../data/types';
import { exactSum } from './figures';

export interface LayoutTotals {
  /** Sum of the 2025 output targets of 一城一核两翼 (亿元). */
  outputYi: number;
  /** Sum of the areas the plan sets for construction in 2021-2025 for 一城一核两翼 (km²). */
  plannedAreaKm2: number;
  /** Ids of the parks the sums are over. */
  parkIds: string[];
}

/** Totals the plan implies but does not print: derived figures, to be labelled as such. */
export function layoutTotals(parks: Park[]): LayoutTotals {
  const cityCoreWings = parks.filter((park) => park.role !== 'zone');
  const planned = cityCoreWings.map(
    (park) => park.areas.find((area) => area.kind === 'planned-2021-2025' && area.ref.table !== undefined)?.valueKm2,
  );
  return {
    outputYi: exactSum(cityCoreWings.filter((park) => park.target.kind === 'output').map((park) => park.target.valueYi)),
    plannedAreaKm2: exactSum(planned.filter((value): value is number => value !== undefined)),
    parkIds: cityCoreWings.map((park) => park.id),
  };
}

/** Table 1's 2025 target for gross industrial output, as printed. */
export function districtOutputTarget(indicators: Indicator[]): Indicator | undefined {
  return indicators.find((indicator) => indicator.name.zh.startsWith('规模以上工业总产值'));
}
