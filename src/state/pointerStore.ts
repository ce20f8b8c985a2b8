/**
 * Values that change at mouse rate (what the pointer is over, the measure tool's live point).
 * They live apart from the app store so a mouse move re-renders nothing that reads the app's
 * state and no subscriber of the app store runs for it.
 */
import type { Position } from 'geojson';
import { create } from 'zustand';
import { sameSelection, type Selection } from '../data/selection';

export interface PointerState {
  hover: Selection | null;
  /** The pointer's position while measuring (WGS-84), the measure's live last point. */
  measureCursor: Position | null;
  setHover: (hover: Selection | null) => void;
  setMeasureCursor: (position: Position | null) => void;
}

export const usePointerStore = create<PointerState>()((set, get) => ({
  hover: null,
  measureCursor: null,
  setHover: (hover) => {
    if (!sameSelection(get().hover, hover)) set({ hover });
  },
  setMeasureCursor: (measureCursor) => set({ measureCursor }),
}));
