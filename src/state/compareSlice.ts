import type { ParkId } from '../data/types';
import type { Slice } from './slice';

export const COMPARE_MAX = 5;

export interface CompareSlice {
  /** Places chosen for the side-by-side comparison, in the order chosen. */
  compareIds: ParkId[];
  toggleCompare: (id: ParkId) => void;
  setCompareIds: (ids: ParkId[]) => void;
}

export const createCompareSlice: Slice<CompareSlice> = (set, get) => ({
  compareIds: [],
  toggleCompare: (id) => {
    const current = get().compareIds;
    if (current.includes(id)) set({ compareIds: current.filter((other) => other !== id) });
    else if (current.length < COMPARE_MAX) set({ compareIds: [...current, id] });
  },
  setCompareIds: (ids) => set({ compareIds: [...new Set(ids)].slice(0, COMPARE_MAX) }),
});
