// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunkFailureNotice, forTests, reloadForUpdate, watchChunkLoads } from './chunkRecovery';
import { nextNotice, useUpdateStore } from './updateStore';

afterEach(() => {
  useUpdateStore.setState({ notice: null, applyWaiting: null });
  window.sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('recovery from a chunk that cannot be loaded', () => {
  it('answers vite:preloadError with the "app was updated" notice, without reloading by itself', () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    watchChunkLoads();
    window.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));
    expect(useUpdateStore.getState().notice).toBe('chunk-failed');
    expect(reload).not.toHaveBeenCalled();
  });

  it('says a reload did not help, instead of offering it as the cure again, on the page that reload loaded', () => {
    window.sessionStorage.setItem(forTests.RELOAD_MARK, '1');
    watchChunkLoads();
    // The mark is read once: a later page load starts afresh.
    expect(window.sessionStorage.getItem(forTests.RELOAD_MARK)).toBeNull();
    window.dispatchEvent(new Event('vite:preloadError', { cancelable: true }));
    expect(useUpdateStore.getState().notice).toBe('chunk-failed-again');
  });

  it('the Reload button marks the reload, then activates a waiting service worker rather than reloading at once', () => {
    const apply = vi.fn();
    useUpdateStore.setState({ applyWaiting: apply });
    reloadForUpdate();
    expect(window.sessionStorage.getItem(forTests.RELOAD_MARK)).toBe('1');
    expect(apply).toHaveBeenCalledOnce();
  });

  it('decides the notice from whether this page is the reload made for it', () => {
    expect(chunkFailureNotice(false)).toBe('chunk-failed');
    expect(chunkFailureNotice(true)).toBe('chunk-failed-again');
    expect(forTests.takeReloadMark(null)).toBe(false);
    const throwing = { getItem: () => { throw new Error('denied'); }, removeItem: () => undefined };
    expect(forTests.takeReloadMark(throwing)).toBe(false);
  });

  it('a new version never hides a broken view', () => {
    expect(nextNotice(null, 'new-version')).toBe('new-version');
    expect(nextNotice('chunk-failed', 'new-version')).toBe('chunk-failed');
    expect(nextNotice('new-version', 'chunk-failed')).toBe('chunk-failed');
  });
});
