/** Key projects grouped by what they build: roads, gas, power, water, and the rest. Pure. */
import type { ProjectItem } from './types';

export type ProjectGroup = 'road' | 'gas' | 'power' | 'water' | 'other';
export const GROUP_ORDER: readonly ProjectGroup[] = ['road', 'gas', 'power', 'water', 'other'];

/** Kinds that fall in a group other than their own name; every kind not named here or in GROUP_ORDER is 'other'. */
const GROUP_OF_KIND: Readonly<Record<string, ProjectGroup>> = { sewage: 'water' };

export function groupOfKind(kind: string): ProjectGroup {
  if ((GROUP_ORDER as readonly string[]).includes(kind)) return kind as ProjectGroup;
  return GROUP_OF_KIND[kind] ?? 'other';
}

/** The groups that have items, in GROUP_ORDER, each with its items in the order given. */
export function groupProjects(items: readonly ProjectItem[]): { group: ProjectGroup; items: ProjectItem[] }[] {
  return GROUP_ORDER.map((group) => ({ group, items: items.filter((item) => groupOfKind(item.kind) === group) })).filter(
    (entry) => entry.items.length > 0,
  );
}
