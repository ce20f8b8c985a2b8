/**
 * Registers the service worker that makes the app work offline (built by vite-plugin-pwa).
 * Called once the map is first idle: installing it precaches the whole app, which would
 * otherwise compete with the first load for the network and the CPU.
 */
let registered = false;

export function registerServiceWorker(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => {
    console.warn('service worker not registered:', error);
  });
}
