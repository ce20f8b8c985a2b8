/**
 * keepDriver (`app.keep`): work kept in the browser (src/keep/). Covers writing and reading
 * records straight in the app's IndexedDB (as an earlier or a newer version of the app would
 * have left them), the backup the workbench offers for a record it could not restore (its
 * download and discard), the banner of a tab whose work another tab keeps, and taking over.
 */
import { tid, type Downloaded, type PageHelper } from './playwright-helper';

/** Which record a backup notice is of. */
export type KeptName = 'workbench' | 'results' | 'tiles';
const notice = (name: KeptName) => `[data-testid="kept-backup"][data-name="${name}"]`;

/** idb-keyval's database and object store, where the app keeps its records. */
const DB = 'keyval-store';
const STORE = 'keyval';

export class KeepDriver {
  readonly #ui: PageHelper;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  async #db<R>(mode: 'read' | 'write', key: string | null, value?: unknown): Promise<R> {
    return this.#ui.evaluate(
      ({ db, store, mode, key, value }) =>
        new Promise<R>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onupgradeneeded = () => open.result.createObjectStore(store);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store, mode === 'write' ? 'readwrite' : 'readonly');
            const objects = tx.objectStore(store);
            const request = mode === 'write' ? objects.put(value, key!) : key === null ? objects.getAllKeys() : objects.get(key);
            tx.oncomplete = () => {
              open.result.close();
              resolve(request.result as R);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { db: DB, store: STORE, mode, key, value },
    );
  }

  /** Writes `value` under `key` in the app's IndexedDB (reload afterwards for the app to read it). */
  async writeRecord(key: string, value: unknown): Promise<void> {
    await this.#db('write', key, value);
  }

  /** The value under `key` in the app's IndexedDB (undefined when there is none). */
  async readRecord(key: string): Promise<unknown> {
    return this.#db('read', key);
  }

  /** Every key in the app's IndexedDB. */
  async keys(): Promise<string[]> {
    return this.#db<string[]>('read', null);
  }

  /** Waits for the workbench's notice of a record it could not restore, and returns its text. */
  async backupNoticeText(name: KeptName = 'workbench'): Promise<string> {
    await this.#ui.waitFor(notice(name));
    return this.#ui.firstInnerText(notice(name));
  }

  /** Clicks "download backup" and returns the file. */
  async downloadBackup(name: KeptName = 'workbench'): Promise<Downloaded> {
    return this.#ui.download(`${notice(name)} >> ${tid('kept-backup-download')}`);
  }

  /** Discards the backup (both steps: discard, then confirm) and waits for the notice to go. */
  async discardBackup(name: KeptName = 'workbench'): Promise<void> {
    await this.#ui.click(`${notice(name)} >> ${tid('kept-backup-discard')}`);
    await this.#ui.click(`${notice(name)} >> ${tid('kept-backup-discard-confirm')}`);
    await this.#ui.waitFor(notice(name), 'detached');
  }

  /** Waits until this tab says another tab keeps the work, and returns what it says. */
  async waitForElsewhere(): Promise<string> {
    await this.#ui.waitFor(tid('keep-elsewhere'));
    return this.#ui.firstInnerText(tid('keep-elsewhere'));
  }

  async isElsewhereShown(): Promise<boolean> {
    return this.#ui.isVisible(tid('keep-elsewhere'));
  }

  /** Clicks "edit in this tab instead" and waits until this tab keeps the work. */
  async takeOver(): Promise<void> {
    await this.#ui.click(tid('keep-take-over'));
    await this.#ui.waitFor(tid('keep-elsewhere'), 'detached');
  }
}
