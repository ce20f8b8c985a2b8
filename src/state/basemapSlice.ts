import type { BasemapId } from '../url/urlState';
import type { Slice } from './slice';

/** An online basemap, one that loads tiles from another site. */
export type OnlineBasemapId = Exclude<BasemapId, 'none' | 'local'>;

export const isOnlineBasemap = (id: BasemapId): id is OnlineBasemapId => id !== 'none' && id !== 'local';

export interface BasemapSlice {
  /** Online tiles under the project's layers; 'none' (the offline map) by default. */
  basemap: BasemapId;
  /**
   * An online basemap a link asked for, waiting for the visitor's click: nothing is fetched
   * from its host until `acceptLinkedBasemap`. The link keeps naming it meanwhile.
   */
  linkedBasemap: OnlineBasemapId | null;
  /** The user's own 天地图 key, kept only in this browser. */
  tiandituKey: string;
  setBasemap: (basemap: BasemapId) => void;
  /** What a link names: the offline or the site's own basemap at once, an online one only as an offer. */
  offerLinkedBasemap: (basemap: BasemapId) => void;
  acceptLinkedBasemap: () => void;
  declineLinkedBasemap: () => void;
  setTiandituKey: (key: string) => void;
}

export const createBasemapSlice: Slice<BasemapSlice> = (set, get) => ({
  basemap: 'none',
  linkedBasemap: null,
  tiandituKey: '',
  // Any choice the user makes settles a pending offer.
  setBasemap: (basemap) => set({ basemap, linkedBasemap: null }),
  offerLinkedBasemap: (basemap) => (isOnlineBasemap(basemap) ? set({ linkedBasemap: basemap }) : set({ basemap, linkedBasemap: null })),
  acceptLinkedBasemap: () => {
    const linked = get().linkedBasemap;
    if (linked) set({ basemap: linked, linkedBasemap: null });
  },
  declineLinkedBasemap: () => set({ linkedBasemap: null }),
  setTiandituKey: (tiandituKey) => set({ tiandituKey: tiandituKey.trim() }),
});
