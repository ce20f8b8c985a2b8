/**
 * The one undo/redo of the app: a history of earlier and later values beside the present one,
 * kept by the store that owns the value (the workbench document, the results). Pure.
 */
export interface History<T> {
  /** Oldest first; the last is what undo brings back. */
  readonly past: readonly T[];
  /** The first is what redo brings back. */
  readonly future: readonly T[];
}

export const emptyHistory: History<never> = { past: [], future: [] };

/** The history after the present value `previous` was replaced by a new one: redo is forgotten. */
export function recorded<T>(history: History<T>, previous: T, limit: number): History<T> {
  return { past: [...history.past, previous].slice(-limit), future: [] };
}

/** Steps back from `present`, or null when there is nothing to undo. */
export function undone<T>(history: History<T>, present: T): { history: History<T>; value: T } | null {
  if (history.past.length === 0) return null;
  const value = history.past[history.past.length - 1] as T;
  return { value, history: { past: history.past.slice(0, -1), future: [present, ...history.future] } };
}

/** Steps forward from `present`, or null when there is nothing to redo. */
export function redone<T>(history: History<T>, present: T): { history: History<T>; value: T } | null {
  if (history.future.length === 0) return null;
  const value = history.future[0] as T;
  return { value, history: { past: [...history.past, present], future: history.future.slice(1) } };
}

