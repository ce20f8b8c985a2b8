import type { Slice } from './slice';

export const RING_KM = [5, 10, 20] as const;
export const FILTER_KM = [5, 10, 20, 30] as const;

export interface HubFilter {
  hubId: string;
  km: number;
}

export interface DistanceSlice {
  /** Rings at 5, 10 and 20 km around the selected park, sub-park or cluster. */
  distanceRings: boolean;
  /** Lists show only what lies within `km` of the hub; null shows all. */
  hubFilter: HubFilter | null;
  setDistanceRings: (on: boolean) => void;
  setHubFilter: (filter: HubFilter | null) => void;
}

export const createDistanceSlice: Slice<DistanceSlice> = (set) => ({
  distanceRings: false,
  hubFilter: null,
  setDistanceRings: (distanceRings) => set({ distanceRings }),
  setHubFilter: (hubFilter) => set({ hubFilter }),
});
