/**
 * What the app knows about a newer version of itself: a service worker waiting with one, or a
 * lazily loaded part of the app that could not be fetched (after a redeploy its old file is gone).
 */
import { create } from 'zustand';

/** `chunk-failed-again`: the same failure right after a reload made for it (no reload loop: the user decides). */
export type UpdateNotice = 'new-version' | 'chunk-failed' | 'chunk-failed-again';

export interface UpdateState {
  notice: UpdateNotice | null;
  /** Reloads into the new version (set by the service worker module when one is waiting). */
  applyWaiting: (() => void) | null;
  setNotice: (notice: UpdateNotice | null) => void;
  setApplyWaiting: (apply: (() => void) | null) => void;
}

export const useUpdateStore = create<UpdateState>()((set) => ({
  notice: null,
  applyWaiting: null,
  setNotice: (notice) => set({ notice }),
  setApplyWaiting: (applyWaiting) => set({ applyWaiting }),
}));

/** A chunk failure outranks a new version (it is what the user sees broken); a new version never hides one. */
export function nextNotice(current: UpdateNotice | null, incoming: UpdateNotice): UpdateNotice {
  if (incoming === 'new-version' && current !== null) return current;
  return incoming;
}
