import type { Slice } from './slice';

export interface TourSlice {
  /** The step of the guided tour on screen; null when no tour is running. */
  tourStep: number | null;
  tourPlaying: boolean;
  startTour: () => void;
  setTourStep: (step: number) => void;
  setTourPlaying: (playing: boolean) => void;
  endTour: () => void;
}

export const createTourSlice: Slice<TourSlice> = (set, get) => ({
  tourStep: null,
  tourPlaying: false,
  // On a phone the tour needs the map: fold the bottom sheet down.
  startTour: () => {
    set({ tourStep: 0, tourPlaying: false });
    get().setSheetExpanded(false);
  },
  setTourStep: (tourStep) => set({ tourStep }),
  setTourPlaying: (tourPlaying) => set({ tourPlaying }),
  endTour: () => set({ tourStep: null, tourPlaying: false }),
});
