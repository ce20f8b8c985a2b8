import type { BasemapId } from '../url/urlState';
import type { Slice } from './slice';

export interface BasemapSlice {
  /** Online tiles under the project's layers; 'none' (the offline map) by default. */
  basemap: BasemapId;
  /** The user's own 天地图 key, kept only in this browser. */
  tiandituKey: string;
  setBasemap: (basemap: BasemapId) => void;
  setTiandituKey: (key: string) => void;
}

export const createBasemapSlice: Slice<BasemapSlice> = (set) => ({
  basemap: 'none',
  tiandituKey: '',
  setBasemap: (basemap) => set({ basemap }),
  setTiandituKey: (tiandituKey) => set({ tiandituKey: tiandituKey.trim() }),
});
