import { industryById } from '../data/plan';
import type { AreaKind, Bilingual, IndustryId, Park, PlanRef, Target } from '../data/types';
import { DERIVED_IDS, derivedFigure, type DerivedFigure, type DerivedId } from './derived';

/** Area kinds in the order the comparison lists them. */
export const AREA_ORDER: readonly AreaKind[] = [
  'total-planned',
  'first-phase',
  'approved',
  'built-2020',
  'planned-2021-2025',
  'built-up-2025',
];

export interface AreaCell {
  /** The figure; null when the plan gives none for this park. */
  value: number | null;
  /** Every statement of it in the plan, verbatim, with where. */
  statements: { text: string; ref: PlanRef }[];
}

export interface LeadCell {
  industries: { id: IndustryId; name: Bilingual; shared: boolean }[];
  other: Bilingual[];
  text: string;
}

export type CompareRow =
  | { kind: 'positioning'; cells: Bilingual[] }
  | { kind: 'lead'; cells: LeadCell[] }
  | { kind: 'area'; area: AreaKind; cells: AreaCell[] }
  | { kind: 'target'; cells: Target[] }
  | { kind: 'derived'; derived: DerivedId; cells: (DerivedFigure | null)[] };

export interface Comparison {
  parks: Park[];
  rows: CompareRow[];
  /** Industries led by two or more of the compared places. */
  shared: IndustryId[];
}

/** Industries that two or more of the given parks name as lead industries. */
export function sharedIndustries(parks: readonly Park[]): IndustryId[] {
  const counts = new Map<IndustryId, number>();
  for (const park of parks) for (const id of park.leadIndustries) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].filter(([, count]) => count >= 2).map(([id]) => id);
}

function areaCell(park: Park, kind: AreaKind): AreaCell {
  const statements = park.areas.filter((area) => area.kind === kind);
  const values = [...new Set(statements.map((area) => area.valueKm2))];
  return {
    value: values.length === 1 ? values[0]! : null,
    statements: statements.map((area) => ({ text: area.text, ref: area.ref })),
  };
}

/**
 * The side-by-side model of two to five places: positioning, lead industries, every area
 * figure any of them has, the 2025 target, and the derived figures their figures support.
 * Rows that are empty for every place are left out.
 */
export function buildComparison(parks: readonly Park[]): Comparison {
  const shared = sharedIndustries(parks);
  const rows: CompareRow[] = [
    { kind: 'positioning', cells: parks.map((park) => park.positioning) },
    {
      kind: 'lead',
      cells: parks.map((park) => ({
        industries: park.leadIndustries.map((id) => ({
          id,
          name: industryById(id)?.name ?? { zh: id, en: id },
          shared: shared.includes(id),
        })),
        other: park.otherLeadActivities,
        text: park.leadIndustriesText,
      })),
    },
  ];
  for (const area of AREA_ORDER) {
    const cells = parks.map((park) => areaCell(park, area));
    if (cells.some((cell) => cell.statements.length > 0)) rows.push({ kind: 'area', area, cells });
  }
  rows.push({ kind: 'target', cells: parks.map((park) => park.target) });
  for (const derived of DERIVED_IDS) {
    const cells = parks.map((park) => derivedFigure(park, derived));
    if (cells.some((cell) => cell !== null)) rows.push({ kind: 'derived', derived, cells });
  }
  return { parks: [...parks], rows, shared };
}
