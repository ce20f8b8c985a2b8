/**
 * The results the app shows: the committed geodata/plan/results.json (fetched as the app's
 * own asset) and the results planners enter in this browser, kept in IndexedDB with undo and
 * redo. Its own small store, apart from the app's slices (src/state/), as issue #15 asks.
 */
import { del, get, set } from 'idb-keyval';
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import committedUrl from '../../geodata/plan/results.json?url&no-inline';
import { checkResultsFile, entryKey, type Problem } from './schema';
import { shownResults, type ShownResult } from './status';
import type { ResultEntry } from './types';

const KEY = 'yongchuan-results-v1';
const HISTORY = 100;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface ResultsState {
  committed: ResultEntry[];
  committedState: 'loading' | 'ready' | 'error';
  committedError: string | null;
  /** Problems of the committed file (entries with problems are not shown). */
  committedProblems: Problem[];
  /** Entered in this browser; they replace committed entries of the same measure and year. */
  local: ResultEntry[];
  past: ResultEntry[][];
  future: ResultEntry[][];
  saveState: SaveState;
  saveError: string | null;
  /** The indicators tab shows the review instead of the targets. */
  reviewOpen: boolean;
  /** Counts requests to print the review; the sheet is mounted while it is above 0 (until the print dialogue closes). */
  printingReview: number;
  /** Adds entries (one undo step); an entry replaces a local one of the same measure and year. */
  upsert: (entries: readonly ResultEntry[]) => { added: number; replaced: number };
  remove: (entry: Pick<ResultEntry, 'measure' | 'year'>) => void;
  undo: () => void;
  redo: () => void;
  setReviewOpen: (open: boolean) => void;
  /** true: print (again); false: the dialogue closed. */
  setPrintingReview: (on: boolean) => void;
}

export const useResultsStore = create<ResultsState>()((setState, getState) => {
  const change = (local: ResultEntry[]) =>
    setState((state) => ({ local, past: [...state.past, state.local].slice(-HISTORY), future: [] }));
  return {
    committed: [],
    committedState: 'loading',
    committedError: null,
    committedProblems: [],
    local: [],
    past: [],
    future: [],
    saveState: 'idle',
    saveError: null,
    reviewOpen: false,
    printingReview: 0,
    upsert: (entries) => {
      const next = [...getState().local];
      let replaced = 0;
      for (const entry of entries) {
        const at = next.findIndex((other) => entryKey(other) === entryKey(entry));
        const replacesCommitted = getState().committed.some((other) => entryKey(other) === entryKey(entry));
        if (at >= 0) next[at] = entry;
        else next.push(entry);
        if (at >= 0 || replacesCommitted) replaced += 1;
      }
      change(next);
      return { added: entries.length - replaced, replaced };
    },
    remove: (entry) => change(getState().local.filter((other) => entryKey(other) !== entryKey(entry))),
    undo: () =>
      setState((state) => {
        const previous = state.past[state.past.length - 1];
        if (!previous) return state;
        return { local: previous, past: state.past.slice(0, -1), future: [state.local, ...state.future] };
      }),
    redo: () =>
      setState((state) => {
        const next = state.future[0];
        if (!next) return state;
        return { local: next, past: [...state.past, state.local], future: state.future.slice(1) };
      }),
    setReviewOpen: (reviewOpen) => setState({ reviewOpen }),
    setPrintingReview: (on) => setState((state) => ({ printingReview: on ? state.printingReview + 1 : 0 })),
  };
});

/** The results as shown: committed entries with this browser's entries replacing theirs. */
export function useShownResults(): ShownResult[] {
  useEffect(() => {
    void ensureResultsLoaded();
  }, []);
  const committed = useResultsStore((state) => state.committed);
  const local = useResultsStore((state) => state.local);
  return useMemo(() => shownResults(committed, local), [committed, local]);
}

interface Saved {
  version: 1;
  savedAt: string;
  results: unknown[];
}

let loading: Promise<void> | null = null;
let unsubscribe: (() => void) | null = null;

/** Loads the committed file and this browser's saved results once; later calls return the same promise. */
export function ensureResultsLoaded(fetchCommitted: () => Promise<unknown> = defaultFetch): Promise<void> {
  loading ??= Promise.all([loadCommitted(fetchCommitted), restoreLocal()]).then(() => {
    unsubscribe = useResultsStore.subscribe((state, previous) => {
      if (state.local !== previous.local) void persist(state.local);
    });
  });
  return loading;
}

async function defaultFetch(): Promise<unknown> {
  const response = await fetch(committedUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

async function loadCommitted(fetchCommitted: () => Promise<unknown>): Promise<void> {
  try {
    const { entries, problems } = checkResultsFile(await fetchCommitted());
    useResultsStore.setState({ committed: entries, committedProblems: problems, committedState: 'ready' });
  } catch (e) {
    useResultsStore.setState({ committedState: 'error', committedError: e instanceof Error ? e.message : String(e) });
  }
}

async function restoreLocal(): Promise<void> {
  try {
    const saved: unknown = await get(KEY);
    if (typeof saved !== 'object' || saved === null || (saved as Saved).version !== 1) return;
    // What was saved is checked again: an older version of the rules may have let something through.
    const { entries } = checkResultsFile({ version: 1, results: (saved as Saved).results });
    useResultsStore.setState({ local: entries, saveState: entries.length > 0 ? 'saved' : 'idle' });
  } catch {
    // Private mode or IndexedDB disabled: nothing to bring back.
  }
}

async function persist(local: ResultEntry[]): Promise<void> {
  useResultsStore.setState({ saveState: 'saving' });
  try {
    if (local.length === 0) await del(KEY);
    else await set(KEY, { version: 1, savedAt: new Date().toISOString(), results: local } satisfies Saved);
    useResultsStore.setState({ saveState: local.length === 0 ? 'idle' : 'saved', saveError: null });
  } catch (e) {
    useResultsStore.setState({ saveState: 'error', saveError: e instanceof Error ? e.message : String(e) });
  }
}

/** For tests: forget what was loaded. */
export function resetResultsForTests(): void {
  unsubscribe?.();
  unsubscribe = null;
  loading = null;
}
