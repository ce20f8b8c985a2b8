import type { Slice } from './slice';
import { uiChange } from './uiSlice';

export interface TourSlice {
  /** The step of the guided tour on screen; null when no tour is running. */
  tourStep: number | null;
  tourPlaying: boolean;
  /** Whether the legend was open when the tour began: it folds for the tour and comes back after. */
  legendBeforeTour: boolean | null;
  startTour: () => void;
  setTourStep: (step: number) => void;
  setTourPlaying: (playing: boolean) => void;
  endTour: () => void;
}

export const createTourSlice: Slice<TourSlice> = (set, get) => ({
  tourStep: null,
  tourPlaying: false,
  legendBeforeTour: null,
  // The tour needs the map: fold the bottom sheet down (phone) and the legend to its button.
  startTour: () => {
    set({
      ...(get().tourStep === null ? { legendBeforeTour: get().legendOpen } : {}),
      ...uiChange.sheet(false),
      ...uiChange.legend(false),
      tourStep: 0,
      tourPlaying: false,
    });
  },
  setTourStep: (tourStep) => set({ tourStep }),
  setTourPlaying: (tourPlaying) => set({ tourPlaying }),
  endTour: () => {
    const legend = get().legendBeforeTour;
    set({ tourStep: null, tourPlaying: false, legendBeforeTour: null, ...(legend !== null ? uiChange.legend(legend) : {}) });
  },
});
