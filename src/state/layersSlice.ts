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

export interface LayersSlice {
  layers: Record<LayerGroup, boolean>;
  setLayer: (layer: LayerGroup, visible: boolean) => void;
}

export const createLayersSlice: Slice<LayersSlice> = (set, get) => ({
  layers: initialLayers,
  setLayer: (layer, visible) => set({ layers: { ...get().layers, [layer]: visible } }),
});
