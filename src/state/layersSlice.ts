import type { Slice } from './slice';

export type LayerGroup = 'parks' | 'subparks' | 'clusters' | 'townships' | 'hubs' | 'neighbours';

export const initialLayers: Record<LayerGroup, boolean> = {
  parks: true,
  subparks: true,
  clusters: true,
  townships: true,
  hubs: true,
  neighbours: true,
};

/** What the parks' colour says: their role in the layout, or the share of their 2025 target reached (results). */
export type ParkColouring = 'role' | 'share';

export interface LayersSlice {
  layers: Record<LayerGroup, boolean>;
  parkColouring: ParkColouring;
  setLayer: (layer: LayerGroup, visible: boolean) => void;
  setParkColouring: (colouring: ParkColouring) => void;
}

export const createLayersSlice: Slice<LayersSlice> = (set, get) => ({
  layers: initialLayers,
  parkColouring: 'role',
  setLayer: (layer, visible) => set({ layers: { ...get().layers, [layer]: visible } }),
  setParkColouring: (parkColouring) => set({ parkColouring }),
});
