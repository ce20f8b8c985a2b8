import { create } from 'zustand';
import { createLayersSlice, type LayersSlice } from './layersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type { LayerGroup } from './layersSlice';
export { initialLayers } from './layersSlice';
export type { SelectionOrigin } from './selectionSlice';
export { tabOfKind } from './selectionSlice';
export type { PanelTab } from './uiSlice';

/** The one app store, composed of slices: selection, layers, ui. State flows store -> map and panels. */
export type AppState = SelectionSlice & LayersSlice & UiSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createSelectionSlice(...args),
  ...createLayersSlice(...args),
  ...createUiSlice(...args),
}));
