/**
 * The one way work is kept in this browser: a keeper per kind of record restores it (checked,
 * anything unusable kept aside as a backup that is never overwritten), saves changes shortly
 * after they happen, and writes at once when the page is hidden or closed. Saving asks the
 * browser to keep the site's storage (navigator.storage.persist) and waits until this tab is
 * known to be the one that keeps the work (see tabs.ts).
 */
import { useKeepStore, type Backup } from './keepStore';
import { encodeRecord, readRecord, type RecordKind } from './record';
import { storage } from './storage';
import { tabDecided } from './tabs';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface Keeper<T> {
  /** Reads the saved record: its usable value, or null. Anything wrong is kept aside first. */
  restore(): Promise<T | null>;
  /** Saves `value` soon (changes in quick succession are written once). */
  save(value: T): void;
  /** Writes what is waiting now. */
  flush(): Promise<void>;
}

export interface KeeperOptions {
  onSaveState?: (state: SaveState, error?: string) => void;
  /** Called when this tab takes over keeping the work from another one: read it again. */
  onTakeOver?: () => void;
  /** How long to wait for more changes before writing. */
  delayMs?: number;
}

const all = new Set<{ flush: () => Promise<void>; takeOver: () => void }>();

/** Writes everything waiting, in every keeper (the page is being hidden or closed). */
export function flushAll(): Promise<void> {
  return Promise.all([...all].map((k) => k.flush())).then(() => undefined);
}

/** Every keeper reads its record again (this tab now keeps the work). */
export function takeOverAll(): void {
  for (const k of all) k.takeOver();
}

/** Writes at once when the page goes away or into the background (a save waiting on a timer would be lost). */
export function flushWhenHidden(target: EventTarget = window, doc: { visibilityState: DocumentVisibilityState } = document): () => void {
  const onHide = () => void flushAll();
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') void flushAll();
  };
  target.addEventListener('pagehide', onHide);
  target.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.removeEventListener('visibilitychange', onVisibility);
  };
}

let persistAsked = false;

/** Asks once per visit that the browser not evict the site's storage when space runs low. */
function askPersistent(): void {
  if (persistAsked) return;
  persistAsked = true;
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.persist) return;
  void manager
    .persisted()
    .then((already) => (already ? true : manager.persist()))
    .catch(() => undefined);
}

function isQuota(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message));
}

const backupPrefix = (key: string) => `${key}.backup.`;

/** Every backup kept of records of this kind, oldest first. */
export async function backupsOf(kind: Pick<RecordKind<unknown>, 'key' | 'name'>): Promise<Backup[]> {
  const keys = (await storage().keys()).filter((key) => key.startsWith(backupPrefix(kind.key))).sort();
  const found: Backup[] = [];
  for (const key of keys) {
    const kept = (await storage().get(key)) as Partial<Backup> | undefined;
    found.push({ key, name: kind.name, reason: kept?.reason ?? 'malformed', detail: String(kept?.detail ?? ''), at: String(kept?.at ?? '') });
  }
  return found;
}

/** Whether anything of this kind was kept: the record or a backup of it (at start-up, to load only what is needed). */
export async function hasKept(kind: Pick<RecordKind<unknown>, 'key'>): Promise<boolean> {
  try {
    const keys = await storage().keys();
    return keys.some((key) => key === kind.key || key.startsWith(backupPrefix(kind.key)));
  } catch {
    return false; // private mode or IndexedDB disabled: nothing to bring back
  }
}

/** The original record a backup keeps, exactly as it was saved. */
export async function backupRecord(key: string): Promise<unknown> {
  return ((await storage().get(key)) as { record?: unknown } | undefined)?.record;
}

/** Forgets a backup (the user chose to discard it). */
export async function discardBackup(key: string): Promise<void> {
  await storage().del(key);
  useKeepStore.setState((state) => ({ backups: state.backups.filter((b) => b.key !== key) }));
}

function showBackups(name: Backup['name'], backups: Backup[]): void {
  useKeepStore.setState((state) => ({ backups: [...state.backups.filter((b) => b.name !== name), ...backups] }));
}

/** Keeps `record` under a new key of its own (never one already used), then removes it from `key`. */
async function keepAside(kind: RecordKind<unknown>, record: unknown, reason: Backup['reason'], detail: string): Promise<void> {
  const at = new Date().toISOString();
  const used = new Set(await storage().keys());
  let key = `${backupPrefix(kind.key)}${at}`;
  for (let n = 2; used.has(key); n += 1) key = `${backupPrefix(kind.key)}${at}.${n}`;
  await storage().set(key, { name: kind.name, reason, detail, at, record });
  await storage().del(kind.key);
}

export function keeper<T>(kind: RecordKind<T>, options: KeeperOptions = {}): Keeper<T> {
  const delay = options.delayMs ?? 150;
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function write(value: T): Promise<void> {
    // Only the tab that keeps the work writes; another tab's copy is shown, not saved.
    if ((await tabDecided()) !== 'owner') return;
    options.onSaveState?.('saving');
    try {
      if (kind.isEmpty(value)) await storage().del(kind.key);
      else {
        askPersistent();
        await storage()
          .set(kind.key, encodeRecord(kind, value))
          .catch((error: unknown) => {
            if (!kind.simplify || (error as { name?: unknown } | null)?.name !== 'DataCloneError') throw error;
            return storage().set(kind.key, encodeRecord(kind, kind.simplify(value)));
          });
      }
      options.onSaveState?.(kind.isEmpty(value) ? 'idle' : 'saved');
      if (useKeepStore.getState().saveFailure?.name === kind.name) useKeepStore.setState({ saveFailure: null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      options.onSaveState?.('error', message);
      useKeepStore.setState({ saveFailure: { name: kind.name, quota: isQuota(error), message } });
    }
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (!waiting) return writing;
    const { value } = waiting;
    waiting = null;
    // Started now, not after the previous write: on pagehide the page may not live that long.
    writing = Promise.all([writing, write(value)]).then(() => undefined);
    return writing;
  }

  const self: Keeper<T> = {
    async restore() {
      const saved = await storage().get(kind.key);
      const read = readRecord(kind, saved);
      if (read.kind === 'backup') await keepAside(kind as RecordKind<unknown>, saved, read.reason, read.detail);
      showBackups(kind.name, await backupsOf(kind));
      return read.kind === 'empty' ? null : read.value;
    },
    save(value) {
      waiting = { value };
      if (useKeepStore.getState().tab !== 'elsewhere') options.onSaveState?.('saving');
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
  };
  all.add({ flush, takeOver: () => options.onTakeOver?.() });
  return self;
}
