import type { IndustryId } from '../data/types';
import type { Slice } from './slice';

export interface IndustrySlice {
  /** Industries chosen in the industry lens; empty means no filter. */
  industryFilter: IndustryId[];
  setIndustryFilter: (industries: IndustryId[]) => void;
  toggleIndustry: (industry: IndustryId) => void;
}

export const createIndustrySlice: Slice<IndustrySlice> = (set, get) => ({
  industryFilter: [],
  setIndustryFilter: (industries) => set({ industryFilter: [...new Set(industries)] }),
  toggleIndustry: (industry) => {
    const current = get().industryFilter;
    set({
      industryFilter: current.includes(industry)
        ? current.filter((id) => id !== industry)
        : [...current, industry],
    });
  },
});
