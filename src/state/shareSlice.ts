import type { MapView } from '../url/urlState';
import type { Slice } from './slice';

/** Where a view change came from: the map reports its own moves; a link or Back asks the map to move. */
export type ViewOrigin = 'map' | 'url';

export interface ShareSlice {
  /** The map's current centre and zoom, as the URL carries it; null until the map reports one. */
  view: MapView | null;
  viewOrigin: ViewOrigin;
  /** Names of link parameters that were unknown or malformed and so ignored. */
  urlIgnored: string[];
  setView: (view: MapView, origin: ViewOrigin) => void;
  setUrlIgnored: (names: string[]) => void;
}

export const createShareSlice: Slice<ShareSlice> = (set) => ({
  view: null,
  viewOrigin: 'map',
  urlIgnored: [],
  setView: (view, viewOrigin) => set({ view, viewOrigin }),
  setUrlIgnored: (urlIgnored) => set({ urlIgnored }),
});
