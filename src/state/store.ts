import { create } from 'zustand';
import { createCompareSlice, type CompareSlice } from './compareSlice';
import { createBasemapSlice, type BasemapSlice } from './basemapSlice';
import { createDistanceSlice, type DistanceSlice } from './distanceSlice';
import { createExportSlice, type ExportSlice } from './exportSlice';
import { createIndustrySlice, type IndustrySlice } from './industrySlice';
import { createLayersSlice, type LayersSlice } from './layersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createShareSlice, type ShareSlice } from './shareSlice';
import { createTourSlice, type TourSlice } from './tourSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createWorkbenchSlice, type WorkbenchSlice } from './workbenchSlice';

export type { LayerGroup } from './layersSlice';
export { initialLayers } from './layersSlice';
export type { SelectionOrigin } from './selectionSlice';
export { tabOfKind } from './selectionSlice';
export type { PanelTab } from './uiSlice';

/** The one app store, composed of slices: selection, layers, ui, industry filter. State flows store -> map and panels. */
export type AppState = SelectionSlice &
  LayersSlice &
  UiSlice &
  IndustrySlice &
  CompareSlice &
  ShareSlice &
  BasemapSlice &
  DistanceSlice &
  TourSlice &
  ExportSlice &
  WorkbenchSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createSelectionSlice(...args),
  ...createLayersSlice(...args),
  ...createUiSlice(...args),
  ...createIndustrySlice(...args),
  ...createCompareSlice(...args),
  ...createShareSlice(...args),
  ...createBasemapSlice(...args),
  ...createDistanceSlice(...args),
  ...createTourSlice(...args),
  ...createExportSlice(...args),
  ...createWorkbenchSlice(...args),
}));
