/** What can be selected on the map or in a list. */
export type SelectionKind = 'park' | 'subpark' | 'cluster' | 'township' | 'hub' | 'other-towns';

export interface Selection {
  kind: SelectionKind;
  id: string;
}

const KINDS: readonly SelectionKind[] = ['park', 'subpark', 'cluster', 'township', 'hub', 'other-towns'];

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.id === b.id;
}

/** `park:fenghuanghu` -> { kind: 'park', id: 'fenghuanghu' }; anything malformed -> null. */
export function parseSelection(value: string | null | undefined): Selection | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon <= 0) return null;
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (!(KINDS as readonly string[]).includes(kind)) return null;
  if (!/^[a-z0-9-]{1,64}$/.test(id)) return null;
  return { kind: kind as SelectionKind, id };
}

export function formatSelection(selection: Selection): string {
  return `${selection.kind}:${selection.id}`;
}
