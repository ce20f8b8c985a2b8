import type { BBox } from '../geo/bounds';
import type { MapView } from '../url/urlState';
import type { Slice } from './slice';

/** Where a view change came from: the map reports its own moves; a link or Back asks the map to move. */
export type ViewOrigin = 'map' | 'url';

/** A place the app asks the map to frame (WGS-84); each request has its own number. */
export interface FrameRequest {
  seq: number;
  /** `minZoom`: the view may not end further out (a tile archive draws nothing below its first zoom). */
  target: 'district' | { bbox: BBox; maxZoom: number; minZoom?: number; animate: boolean };
}

export interface ViewSlice {
  /** The map's current centre and zoom, as the URL carries it; null until the map reports one. */
  view: MapView | null;
  viewOrigin: ViewOrigin;
  /** Names of link parameters that were unknown or malformed and so ignored. */
  urlIgnored: string[];
  frameRequest: FrameRequest | null;
  setView: (view: MapView, origin: ViewOrigin) => void;
  setUrlIgnored: (names: string[]) => void;
  requestFrame: (target: FrameRequest['target']) => void;
  requestFitDistrict: () => void;
}

export const createViewSlice: Slice<ViewSlice> = (set, get) => ({
  view: null,
  viewOrigin: 'map',
  urlIgnored: [],
  frameRequest: null,
  setView: (view, viewOrigin) => set({ view, viewOrigin }),
  setUrlIgnored: (urlIgnored) => set({ urlIgnored }),
  requestFrame: (target) => set({ frameRequest: { seq: (get().frameRequest?.seq ?? 0) + 1, target } }),
  requestFitDistrict: () => get().requestFrame('district'),
});
