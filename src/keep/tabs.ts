/**
 * One tab keeps the work at a time. The app open in a second tab of the same browser would
 * otherwise overwrite the first tab's saves with its own older copy, silently. The tab that
 * holds the Web Lock keeps the work; another one says so, refuses edits (nothing typed there
 * could be kept) and offers "take over here": the first tab then writes what it has, lets go
 * and becomes the one that only shows, and this one reads the work again and keeps it. When
 * the first tab closes, the next one takes over by itself.
 *
 * Why not keep the tabs in sync instead: two tabs editing one document at once would need
 * merging of concurrent edits and of two undo histories; one writer, said out loud, is what
 * a desktop application does with a file open twice, and it cannot lose anything.
 */
import { useKeepStore, type TabRole } from './keepStore';

const LOCK = 'yongchuan-map.keep';
const CHANNEL = 'yongchuan-map.keep';

type Message = 'hello' | 'held' | 'release';

let decided: Promise<TabRole> = Promise.resolve('owner');
let channel: BroadcastChannel | null = null;
let letGo: (() => void) | null = null;
let onOwner: () => void = () => undefined;

function setRole(tab: TabRole): void {
  useKeepStore.setState({ tab });
}

/** Resolves once it is known whether this tab keeps the work ('owner') or another does ('elsewhere'). */
export function tabDecided(): Promise<TabRole> {
  return decided;
}

function requestLock(locks: LockManager, resolveDecided: (role: TabRole) => void): void {
  void locks.request(LOCK, () => {
    const was = useKeepStore.getState().tab;
    setRole('owner');
    decided = Promise.resolve('owner');
    resolveDecided('owner');
    channel?.postMessage('held' satisfies Message);
    if (was === 'elsewhere') onOwner();
    return new Promise<void>((resolve) => {
      letGo = resolve;
    });
  });
}

/**
 * Starts the coordination (once, at start-up). `whenOwner` runs when this tab takes the work
 * over from another one; `beforeLettingGo` writes what is waiting before another tab takes over.
 */
export function coordinateTabs(whenOwner: () => void, beforeLettingGo: () => Promise<void>): void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks || typeof BroadcastChannel === 'undefined') {
    setRole('owner'); // nothing to coordinate with: an old browser, one tab
    return;
  }
  onOwner = whenOwner;
  setRole('checking');
  let resolveDecided: (role: TabRole) => void = () => undefined;
  decided = new Promise((resolve) => {
    resolveDecided = resolve;
  });
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const tab = useKeepStore.getState().tab;
    if (event.data === 'hello' && tab === 'owner') channel?.postMessage('held' satisfies Message);
    else if (event.data === 'held' && tab === 'checking') {
      setRole('elsewhere');
      decided = Promise.resolve('elsewhere');
      resolveDecided('elsewhere');
    } else if (event.data === 'release' && tab === 'owner') {
      setRole('elsewhere');
      decided = Promise.resolve('elsewhere');
      void beforeLettingGo().finally(() => {
        letGo?.();
        letGo = null;
        requestLock(locks, () => undefined); // in the queue behind the tab taking over
      });
    }
  };
  requestLock(locks, (role) => resolveDecided(role));
  channel.postMessage('hello' satisfies Message);
}

/** Asks the tab that keeps the work to let this one keep it. */
export function takeOverHere(): void {
  channel?.postMessage('release' satisfies Message);
}
