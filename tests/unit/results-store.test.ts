/** The results store: committed file + this browser's entries, undo/redo, kept in IndexedDB (an in-memory stand-in here, through src/keep's seam). TEST DATA only. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, setStorageForTests } from '../../src/keep/storage';
import type { ResultEntry } from '../../src/results/types';

const db = new Map<string, unknown>();
setStorageForTests(memoryStorage(db));

const { ensureResultsLoaded, resetResultsForTests, useResultsStore } = await import('../../src/results/store');
const { shownResults } = await import('../../src/results/status');

const source = { title: '测试来源（测试数据）', publisher: '测试', date: '2026', page: '1' };
const entry = (measure: ResultEntry['measure'], year: number, value: number): ResultEntry => ({
  measure,
  year,
  value,
  unit: '亿元',
  source,
  enteredBy: 'test',
  comparable: true,
});

const initial = useResultsStore.getState();
beforeEach(() => {
  db.clear();
  resetResultsForTests();
  useResultsStore.setState(initial, true);
});

describe('results store', () => {
  it('loads the committed file, dropping bad entries and counting them', async () => {
    await ensureResultsLoaded(async () => ({
      version: 1,
      results: [entry('park:sanjiao', 2025, 280), { ...entry('park:gangqiao', 2025, 1), source: undefined }],
    }));
    const state = useResultsStore.getState();
    expect(state.committedState).toBe('ready');
    expect(state.committed.map((e) => e.measure)).toEqual(['park:sanjiao']);
    expect(state.committedProblems.map((p) => p.code)).toEqual(['noSource']);
  });

  it('a committed file that cannot be read is an error, not a crash', async () => {
    await ensureResultsLoaded(() => Promise.reject(new Error('HTTP 404')));
    expect(useResultsStore.getState()).toMatchObject({ committedState: 'error', committedError: 'HTTP 404', committed: [] });
  });

  it('adds, replaces, undoes and redoes; keeps entries in IndexedDB and brings them back', async () => {
    await ensureResultsLoaded(async () => ({ version: 1, results: [entry('park:sanjiao', 2025, 280)] }));
    const store = useResultsStore.getState();
    expect(store.upsert([entry('park:fenghuanghu', 2025, 1500)])).toEqual({ added: 1, replaced: 0 });
    expect(useResultsStore.getState().upsert([entry('park:sanjiao', 2025, 300)])).toEqual({ added: 0, replaced: 1 });
    const shown = () => shownResults(useResultsStore.getState().committed, useResultsStore.getState().local);
    expect(shown().find((r) => r.measure === 'park:sanjiao')).toMatchObject({ value: 300, origin: 'local' });
    useResultsStore.getState().undo();
    expect(shown().find((r) => r.measure === 'park:sanjiao')).toMatchObject({ value: 280, origin: 'committed' });
    useResultsStore.getState().redo();
    expect(shown().find((r) => r.measure === 'park:sanjiao')?.value).toBe(300);
    await vi.waitFor(() => expect(useResultsStore.getState().saveState).toBe('saved'));
    expect((db.get('yongchuan-results-v1') as { results: unknown[] }).results).toHaveLength(2);

    // A new visit: the saved entries come back (checked again by the rules).
    resetResultsForTests();
    useResultsStore.setState(initial, true);
    await ensureResultsLoaded(async () => ({ version: 1, results: [] }));
    expect(useResultsStore.getState().local.map((e) => `${e.measure} ${e.value}`)).toEqual(['park:fenghuanghu 1500', 'park:sanjiao 300']);
  });
});
