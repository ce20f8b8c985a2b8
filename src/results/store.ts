/**
 * The results the app shows: the plan package's committed results.json (fetched as the
 * app's own asset, its address from src/data/planExtras.ts) and the results planners enter in this browser, kept in the browser (src/keep/)
 * with undo and redo (src/keep/history.ts). Its own small store, apart from the app's slices
 * (src/state/), as issue #15 asks.
 */
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { committedResultsUrl as committedUrl } from '../data/planExtras';
import { emptyHistory, recorded, redone, undone, type History } from '../keep/history';
import { keeper, type SaveState } from '../keep/keeper';
import { mayEdit } from '../keep/keepStore';
import { resultsRecord } from './keptRecord';
import { checkResultsFile, entryKey, type Problem } from './schema';
import { shownResults, type ShownResult } from './status';
import type { ResultEntry } from './types';

const HISTORY = 100;

export type { SaveState };

export interface ResultsState {
  committed: ResultEntry[];
  committedState: 'loading' | 'ready' | 'error';
  committedError: string | null;
  /** Problems of the committed file (entries with problems are not shown). */
  committedProblems: Problem[];
  /** Entered in this browser; they replace committed entries of the same measure and year. */
  local: ResultEntry[];
  history: History<ResultEntry[]>;
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
  const change = (local: ResultEntry[]) => setState((state) => ({ local, history: recorded(state.history, state.local, HISTORY) }));
  const step = (move: typeof undone<ResultEntry[]>) =>
    setState((state) => {
      const moved = mayEdit() ? move(state.history, state.local) : null;
      return moved ? { local: moved.value, history: moved.history } : state;
    });
  return {
    committed: [],
    committedState: 'loading',
    committedError: null,
    committedProblems: [],
    local: [],
    history: emptyHistory,
    saveState: 'idle',
    saveError: null,
    reviewOpen: false,
    printingReview: 0,
    upsert: (entries) => {
      if (!mayEdit()) return { added: 0, replaced: 0 };
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
    remove: (entry) => {
      if (mayEdit()) change(getState().local.filter((other) => entryKey(other) !== entryKey(entry)));
    },
    undo: () => step(undone),
    redo: () => step(redone),
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

const kept = keeper(resultsRecord, {
  onSaveState: (saveState, error) => useResultsStore.setState({ saveState, saveError: error ?? null }),
  // Another tab kept the results until now: show what it saved (this tab refused edits meanwhile).
  onTakeOver: () => void restoreLocal(true),
});

let loading: Promise<void> | null = null;
let unsubscribe: (() => void) | null = null;

/** Loads the committed file and this browser's saved results once; later calls return the same promise. */
export function ensureResultsLoaded(fetchCommitted: () => Promise<unknown> = defaultFetch): Promise<void> {
  loading ??= Promise.all([loadCommitted(fetchCommitted), restoreLocal()]).then(() => {
    unsubscribe = useResultsStore.subscribe((state, previous) => {
      if (state.local !== previous.local) kept.save(state.local);
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

async function restoreLocal(replace = false): Promise<void> {
  try {
    const entries = (await kept.restore()) ?? [];
    if (replace || entries.length > 0) useResultsStore.setState({ local: entries, history: emptyHistory, saveState: entries.length > 0 ? 'saved' : 'idle' });
  } catch {
    // Private mode or IndexedDB disabled: nothing to bring back.
  }
}

/** For tests: forget what was loaded. */
export function resetResultsForTests(): void {
  unsubscribe?.();
  unsubscribe = null;
  loading = null;
}
