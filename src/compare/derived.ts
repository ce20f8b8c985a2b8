import type { AreaKind, Park } from '../data/types';

/** Figures the plan does not print but its figures support; always shown labelled as derived. */
export type DerivedId =
  | 'target-per-planned-construction'
  | 'target-per-approved'
  | 'target-per-total-planned'
  | 'built-share-of-approved';

export interface DerivedFigure {
  id: DerivedId;
  value: number;
  numerator: number;
  denominator: number;
  /** 'per-km2': 亿元 per km²; 'percent': a share in %. */
  unit: 'per-km2' | 'percent';
}

export const DERIVED_IDS: readonly DerivedId[] = [
  'target-per-planned-construction',
  'target-per-approved',
  'target-per-total-planned',
  'built-share-of-approved',
];

/** The area of a kind the plan gives for a park; null when it gives none or gives conflicting ones. */
export function areaOf(park: Park, kind: AreaKind): number | null {
  const values = new Set(park.areas.filter((area) => area.kind === kind).map((area) => area.valueKm2));
  return values.size === 1 ? [...values][0]! : null;
}

export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function ratio(id: DerivedId, numerator: number, denominator: number | null): DerivedFigure | null {
  if (denominator === null || denominator <= 0) return null;
  return { id, numerator, denominator, value: roundTo(numerator / denominator, 2), unit: 'per-km2' };
}

/** One derived figure of a park, or null when the plan lacks a figure it needs. */
export function derivedFigure(park: Park, id: DerivedId): DerivedFigure | null {
  const target = park.target.valueYi;
  switch (id) {
    case 'target-per-planned-construction':
      return ratio(id, target, areaOf(park, 'planned-2021-2025'));
    case 'target-per-approved':
      return ratio(id, target, areaOf(park, 'approved'));
    case 'target-per-total-planned':
      return ratio(id, target, areaOf(park, 'total-planned'));
    case 'built-share-of-approved': {
      const built = areaOf(park, 'built-2020');
      const approved = areaOf(park, 'approved');
      if (built === null || approved === null || approved <= 0) return null;
      return { id, numerator: built, denominator: approved, value: roundTo((built / approved) * 100, 1), unit: 'percent' };
    }
  }
}
