/**
 * Kept work (src/keep/): every record is checked when read back; a damaged or newer-version
 * record is kept aside under a key of its own that later saves never touch; saves are written
 * at once when the page is hidden. Storage in memory through the module's seam. TEST DATA only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupRecord, discardBackup, flushWhenHidden, hasKept, keeper } from '../../src/keep/keeper';
import { useKeepStore } from '../../src/keep/keepStore';
import { readRecord, type RecordKind } from '../../src/keep/record';
import { memoryStorage, setStorageForTests } from '../../src/keep/storage';
import { resultsRecord } from '../../src/results/keptRecord';
import { tilesRecord } from '../../src/tiles/keptRecord';
import { workbenchRecord } from '../../src/workbench/keptRecord';
import type { WorkLayer } from '../../src/workbench/types';

const layer = (id: string): WorkLayer => ({
  id,
  name: `测试图层 ${id}`,
  origin: 'drawing',
  features: [{ type: 'Feature', id: 'd1', properties: { name: '测试' }, geometry: { type: 'Point', coordinates: [105.9, 29.35] } }],
  visible: true,
  parkLinks: {},
});
const KEY = workbenchRecord.key;

let db: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  db = memoryStorage();
  setStorageForTests(db);
  useKeepStore.setState({ backups: [], tab: 'checking', saveFailure: null, refusedEdits: 0 });
});
afterEach(() => setStorageForTests(null));

const backupKeys = () => [...db.map.keys()].filter((key) => key.startsWith(`${KEY}.backup.`));

describe('reading a kept record', () => {
  it('accepts a good record, and says what is wrong with a bad one', () => {
    expect(readRecord(workbenchRecord, undefined)).toEqual({ kind: 'empty' });
    expect(readRecord(workbenchRecord, { version: 1, layers: [layer('a')] })).toEqual({ kind: 'ok', value: [layer('a')] });
    expect(readRecord(workbenchRecord, 'garbage')).toMatchObject({ kind: 'backup', reason: 'malformed' });
    expect(readRecord(workbenchRecord, { layers: [] })).toMatchObject({ kind: 'backup', reason: 'malformed' });
    expect(readRecord(workbenchRecord, { version: 2, layers: [layer('a')] })).toMatchObject({ kind: 'backup', reason: 'newer', value: null });
    // The record that broke the workbench on every reload: features that are not a list.
    const broken = readRecord(workbenchRecord, { version: 1, layers: [{ ...layer('a'), features: 'x' }, layer('b')] });
    expect(broken).toMatchObject({ kind: 'backup', reason: 'invalid', value: [layer('b')] });
    expect(broken.kind === 'backup' && broken.detail).toContain('features is not a list');
    const badCoordinates = { ...layer('c'), features: [{ ...layer('c').features[0], geometry: { type: 'Polygon', coordinates: [[1, 2]] } }] };
    expect(readRecord(workbenchRecord, { version: 1, layers: [badCoordinates] })).toMatchObject({ kind: 'backup', reason: 'invalid', value: null });
  });

  it('brings an older version up to date through its migrations, and keeps aside one it cannot', () => {
    const kind: RecordKind<string[]> = {
      key: 'k',
      name: 'results',
      version: 3,
      validate: (r) => (Array.isArray(r.items) ? { value: r.items as string[], problems: [] } : { value: null, problems: ['no items'] }),
      encode: (items) => ({ items }),
      isEmpty: (items) => items.length === 0,
      migrations: { 1: (r) => ({ ...r, version: 2, list: r.names }), 2: (r) => ({ ...r, version: 3, items: r.list }) },
    };
    expect(readRecord(kind, { version: 1, names: ['x'] })).toEqual({ kind: 'ok', value: ['x'] });
    expect(readRecord({ ...kind, migrations: { 2: kind.migrations![2]! } }, { version: 1, names: ['x'] })).toMatchObject({ kind: 'backup', reason: 'malformed' });
  });

  it('checks the other kinds too: results by the results rules, PMTiles layers by their fields', () => {
    expect(readRecord(resultsRecord, { version: 1, results: [{ measure: 'park:sanjiao' }] })).toMatchObject({ kind: 'backup', reason: 'invalid' });
    expect(readRecord(tilesRecord, { version: 1, layers: [{ id: 't', name: 'n', origin: 'url', visible: true }] })).toMatchObject({ kind: 'backup', reason: 'invalid' });
    expect(readRecord(tilesRecord, { version: 1, layers: [{ id: 't', name: 'n', origin: 'url', url: 'a.pmtiles', visible: true }] })).toMatchObject({ kind: 'ok' });
  });
});

describe('restoring and saving', () => {
  it('keeps a damaged record aside, restores what it can, and the backup holds the original until discarded', async () => {
    const original = { version: 1, savedAt: '2026-01-01T00:00:00Z', layers: [{ ...layer('a'), features: 'x' }, layer('b')] };
    db.map.set(KEY, original);
    const kept = keeper(workbenchRecord, { delayMs: 0 });
    expect(await kept.restore()).toEqual([layer('b')]);
    expect(db.map.has(KEY)).toBe(false);
    const [backupKey] = backupKeys();
    expect(await backupRecord(backupKey!)).toEqual(original);
    expect(useKeepStore.getState().backups).toMatchObject([{ key: backupKey, name: 'workbench', reason: 'invalid' }]);
    expect(await hasKept(workbenchRecord)).toBe(true);

    // A new visit: the backup is offered again, not copied again.
    expect(await keeper(workbenchRecord).restore()).toBeNull();
    expect(backupKeys()).toEqual([backupKey]);
    expect(useKeepStore.getState().backups).toHaveLength(1);

    await discardBackup(backupKey!);
    expect(backupKeys()).toEqual([]);
    expect(useKeepStore.getState().backups).toEqual([]);
  });

  it('a record of a newer version survives an edit: it is kept aside, and the edit is saved beside it', async () => {
    const newer = { version: 2, savedAt: '2027-01-01T00:00:00Z', layers: [layer('future')], somethingNew: { a: 1 } };
    db.map.set(KEY, newer);
    const kept = keeper(workbenchRecord, { delayMs: 0 });
    expect(await kept.restore()).toBeNull();
    kept.save([layer('today')]);
    await kept.flush();
    expect(db.map.get(KEY)).toMatchObject({ version: 1, layers: [layer('today')] });
    const [backupKey] = backupKeys();
    expect(await backupRecord(backupKey!)).toEqual(newer);
    expect(useKeepStore.getState().backups[0]).toMatchObject({ reason: 'newer' });
  });

  it('never writes a backup over another one', async () => {
    db.map.set(KEY, 'first');
    await keeper(workbenchRecord).restore();
    db.map.set(KEY, 'second');
    await keeper(workbenchRecord).restore();
    const kept = await Promise.all(backupKeys().map(backupRecord));
    expect(kept.sort()).toEqual(['first', 'second']);
  });

  it('writes a change at once when the page is hidden or closed, not only after the delay', async () => {
    const page = new EventTarget();
    const doc = { visibilityState: 'visible' as DocumentVisibilityState };
    const stop = flushWhenHidden(page, doc);
    try {
      const kept = keeper(workbenchRecord, { delayMs: 60_000 });
      kept.save([layer('a')]);
      page.dispatchEvent(new Event('pagehide'));
      // Written without the 60 s delay (and without anyone calling flush).
      await vi.waitFor(() => expect(db.map.get(KEY)).toMatchObject({ layers: [layer('a')] }));

      kept.save([layer('b')]);
      page.dispatchEvent(new Event('visibilitychange')); // still visible: nothing yet
      await Promise.resolve();
      expect(db.map.get(KEY)).toMatchObject({ layers: [layer('a')] });
      doc.visibilityState = 'hidden';
      page.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(db.map.get(KEY)).toMatchObject({ layers: [layer('b')] }));
    } finally {
      stop();
    }
  });

  it('a save that fails for lack of space is told to the whole app, and cleared by the next good save', async () => {
    let full = true;
    setStorageForTests({
      ...db,
      set: (key, value) => (full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : db.set(key, value)),
    });
    const states: string[] = [];
    const kept = keeper(workbenchRecord, { delayMs: 0, onSaveState: (state) => states.push(state) });
    kept.save([layer('a')]);
    await kept.flush();
    expect(useKeepStore.getState().saveFailure).toMatchObject({ name: 'workbench', quota: true });
    expect(states.at(-1)).toBe('error');
    full = false;
    kept.save([layer('a')]);
    await kept.flush();
    expect(useKeepStore.getState().saveFailure).toBeNull();
    expect(states.at(-1)).toBe('saved');
  });

  it('an empty document removes the record', async () => {
    const kept = keeper(workbenchRecord, { delayMs: 0 });
    kept.save([layer('a')]);
    await kept.flush();
    kept.save([]);
    await kept.flush();
    expect(db.map.has(KEY)).toBe(false);
  });
});
