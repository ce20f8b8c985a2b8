/**
 * Recovery from a lazily loaded chunk that cannot be fetched, typically after a redeploy
 * removed the old hashed file the open page still asks for. Vite dispatches
 * `vite:preloadError`; the failing import still rejects (its caller shows its own retry), and
 * the app says it was updated and offers a reload. It never reloads by itself, and a failure
 * right after such a reload says so instead of offering the same reload as the cure again.
 */
import { nextNotice, useUpdateStore } from './updateStore';
import { reloadIntoNewVersion } from './serviceWorker';

const RELOAD_MARK = 'yongchuan:reloaded-for-update';

/** Whether this page load is the reload the update notice asked for (read once, then forgotten). */
function takeReloadMark(storage: Pick<Storage, 'getItem' | 'removeItem'> | null): boolean {
  try {
    const marked = storage?.getItem(RELOAD_MARK) === '1';
    storage?.removeItem(RELOAD_MARK);
    return marked;
  } catch {
    return false;
  }
}

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

let reloadedForUpdate = false;

/** The notice a chunk failure shows: the reload first, and a plain statement once a reload did not help. */
export function chunkFailureNotice(afterUpdateReload: boolean): 'chunk-failed' | 'chunk-failed-again' {
  return afterUpdateReload ? 'chunk-failed-again' : 'chunk-failed';
}

export function onChunkLoadFailed(): void {
  const store = useUpdateStore.getState();
  store.setNotice(nextNotice(store.notice, chunkFailureNotice(reloadedForUpdate)));
}

/** Started once, before the app renders. */
export function watchChunkLoads(): void {
  reloadedForUpdate = takeReloadMark(session());
  window.addEventListener('vite:preloadError', onChunkLoadFailed);
}

/** The notice's Reload button: marks the reload (see chunkFailureNotice), then loads the new version. */
export function reloadForUpdate(): void {
  try {
    session()?.setItem(RELOAD_MARK, '1');
  } catch {
    // Without session storage a second failure shows the first notice again; still no automatic reload.
  }
  reloadIntoNewVersion();
}

export const forTests = { takeReloadMark, RELOAD_MARK };
