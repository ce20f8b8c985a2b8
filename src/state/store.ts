import { create } from 'zustand';
import { createCompareSlice, type CompareSlice } from './compareSlice';
import { createBasemapSlice, type BasemapSlice } from './basemapSlice';
import { createDistanceSlice, type DistanceSlice } from './distanceSlice';
import { createExportSlice, type ExportSlice } from './exportSlice';
import { createIndustrySlice, type IndustrySlice } from './industrySlice';
import { createLayersSlice, type LayersSlice } from './layersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createTourSlice, type TourSlice } from './tourSlice';
import { createTilesSlice, type TilesSlice } from './tilesSlice';
import { createRegionalSlice, type RegionalSlice } from './regionalSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createWorkDocumentSlice, type WorkDocumentSlice } from './workDocumentSlice';
import { createWorkToolSlice, type WorkToolSlice } from './workToolSlice';

export type { LayerGroup } from './layersSlice';
export { initialLayers } from './layersSlice';
export type { SelectionOrigin } from './selectionSlice';
export { tabOfKind } from './selectionSlice';
export type { PanelTab } from './uiSlice';

/**
 * The one app store, composed of slices. State flows store -> map and panels; slices change each
 * other only through their named actions. Mouse-rate values live in pointerStore.
 */
export type AppState = SelectionSlice &
  LayersSlice &
  UiSlice &
  IndustrySlice &
  CompareSlice &
  ViewSlice &
  BasemapSlice &
  DistanceSlice &
  TourSlice &
  ExportSlice &
  WorkDocumentSlice &
  WorkToolSlice &
  TilesSlice &
  RegionalSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createSelectionSlice(...args),
  ...createLayersSlice(...args),
  ...createUiSlice(...args),
  ...createIndustrySlice(...args),
  ...createCompareSlice(...args),
  ...createViewSlice(...args),
  ...createBasemapSlice(...args),
  ...createDistanceSlice(...args),
  ...createTourSlice(...args),
  ...createExportSlice(...args),
  ...createWorkDocumentSlice(...args),
  ...createWorkToolSlice(...args),
  ...createTilesSlice(...args),
  ...createRegionalSlice(...args),
}));
