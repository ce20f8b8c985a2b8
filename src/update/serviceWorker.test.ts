// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useUpdateStore } from './updateStore';

/** A stand-in for the browser's service-worker container, with one registration whose new version is waiting. */
function fakeServiceWorkers() {
  const container = new EventTarget() as EventTarget & { controller: object | null; register: ReturnType<typeof vi.fn> };
  const waiting = { postMessage: vi.fn(), state: 'installed' };
  const registration = Object.assign(new EventTarget(), { waiting, installing: null, update: vi.fn(() => Promise.resolve()) });
  container.controller = {};
  container.register = vi.fn(() => Promise.resolve(registration));
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return { container, waiting };
}

describe('a new version of the app waits for the user', () => {
  it('is announced, activated only by Reload, and reloads the page once when it takes over', async () => {
    vi.stubEnv('PROD', true);
    const { container, waiting } = fakeServiceWorkers();
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    const { registerServiceWorker, reloadIntoNewVersion } = await import('./serviceWorker');
    registerServiceWorker();
    await vi.waitFor(() => expect(useUpdateStore.getState().notice).toBe('new-version'));

    // Nothing happens until the user asks.
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    expect(waiting.postMessage).not.toHaveBeenCalled();

    reloadIntoNewVersion();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
    vi.unstubAllEnvs();
  });
});
