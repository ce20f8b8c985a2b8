/**
 * Registers the service worker that makes the app work offline (built by vite-plugin-pwa).
 * Called once the map is first idle: installing it precaches the whole app, which would
 * otherwise compete with the first load for the network and the CPU.
 *
 * A new version never takes over an open page by itself (its chunks would no longer match the
 * page's): it waits, the app says a new version is available, and the user's Reload activates
 * it and reloads once it controls the page.
 */
import { nextNotice, useUpdateStore } from './updateStore';

let registered = false;
/** Set by the user's Reload: only then does a change of controller reload the page, once. */
let switchAsked = false;
let reloading = false;

function offer(registration: ServiceWorkerRegistration): void {
  const waiting = registration.waiting;
  // Without a controller this is the first install, not an update.
  if (!waiting || !navigator.serviceWorker.controller) return;
  const store = useUpdateStore.getState();
  store.setApplyWaiting(() => waiting.postMessage({ type: 'SKIP_WAITING' }));
  store.setNotice(nextNotice(store.notice, 'new-version'));
}

function watch(registration: ServiceWorkerRegistration): void {
  const follow = (installing: ServiceWorker | null) =>
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(registration);
    });
  offer(registration);
  // The browser looks for a new version on every page load: it may be installing already.
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  // Look for a new version when the user comes back to the tab.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
}

export function registerServiceWorker(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install also takes control (clientsClaim): that must not reload.
    if (!switchAsked || reloading) return;
    reloading = true;
    window.location.reload();
  });
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then(watch)
    .catch((error: unknown) => {
      console.warn('service worker not registered:', error);
    });
}

/** Activates a waiting new version (the page reloads when it takes over), else reloads now. */
export function reloadIntoNewVersion(): void {
  const apply = useUpdateStore.getState().applyWaiting;
  if (apply) {
    switchAsked = true;
    apply();
  } else window.location.reload();
}
