import type { Slice } from './slice';

/** Partners of a regional initiative the map highlights: features of its neighbours layer, by id. */
export interface RegionalHighlight {
  /** The initiative shown (the list's toggle reads it). */
  id: string;
  neighbours: readonly string[];
}

export interface RegionalSlice {
  regionalHighlight: RegionalHighlight | null;
  setRegionalHighlight: (highlight: RegionalHighlight | null) => void;
}

export const createRegionalSlice: Slice<RegionalSlice> = (set) => ({
  regionalHighlight: null,
  setRegionalHighlight: (regionalHighlight) => set({ regionalHighlight }),
});
