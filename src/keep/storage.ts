/**
 * Where kept records live: IndexedDB (through idb-keyval) in the browser. The seam lets unit
 * tests keep records in memory instead; nothing else in the app imports idb-keyval.
 */
import { del, get, keys, set } from 'idb-keyval';

export interface KeepStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

const indexedDbStorage: KeepStorage = {
  get: (key) => get(key),
  set: (key, value) => set(key, value),
  del: (key) => del(key),
  keys: async () => (await keys()).filter((key): key is string => typeof key === 'string'),
};

let current: KeepStorage = indexedDbStorage;

export function storage(): KeepStorage {
  return current;
}

/** For tests: keep records somewhere else (e.g. {@link memoryStorage}); `null` goes back to IndexedDB. */
export function setStorageForTests(next: KeepStorage | null): void {
  current = next ?? indexedDbStorage;
}

/** A storage in memory, cloning values as IndexedDB does. */
export function memoryStorage(map = new Map<string, unknown>()): KeepStorage & { map: Map<string, unknown> } {
  return {
    map,
    get: (key) => Promise.resolve(map.has(key) ? structuredClone(map.get(key)) : undefined),
    set: (key, value) => {
      map.set(key, structuredClone(value));
      return Promise.resolve();
    },
    del: (key) => {
      map.delete(key);
      return Promise.resolve();
    },
    keys: () => Promise.resolve([...map.keys()]),
  };
}
