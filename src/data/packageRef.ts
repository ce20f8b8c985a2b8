import type { PlanRef } from './types';

/** A reference as a plan package writes it: section, table and box, the box number possibly as text ("10"). */
export interface PackageRef {
  section?: string;
  table?: number;
  box?: string | number;
}

/** A package reference for the app's reference label: a box number that is not a whole number is left out, never guessed. */
export function planRefOf(ref: PackageRef): PlanRef {
  const box = typeof ref.box === 'number' ? ref.box : ref.box !== undefined && /^\d+$/.test(ref.box) ? Number(ref.box) : undefined;
  const table = ref.table === 1 || ref.table === 2 || ref.table === 3 || ref.table === 4 ? ref.table : undefined;
  return { section: ref.section ?? '', ...(table !== undefined ? { table } : {}), ...(box !== undefined ? { box } : {}) };
}
