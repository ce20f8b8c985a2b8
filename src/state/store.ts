import { create } from 'zustand';
import type { Language } from '../i18n/strings';
import { sameSelection, type Selection, type SelectionKind } from './selection';

export type LayerGroup = 'parks' | 'subparks' | 'clusters' | 'townships' | 'hubs' | 'neighbours';
export type PanelTab = 'overview' | 'parks' | 'clusters';

/** Where a selection change came from: the map does not fly to what the user just clicked on it. */
export type SelectionOrigin = 'map' | 'list' | 'history' | 'keyboard';

export interface AppState {
  language: Language;
  selection: Selection | null;
  selectionOrigin: SelectionOrigin;
  hover: Selection | null;
  layers: Record<LayerGroup, boolean>;
  tab: PanelTab;
  /** Phone layout: whether the bottom sheet is expanded. */
  sheetExpanded: boolean;
  /** Incremented to ask the map to show the whole district. */
  fitDistrictRequest: number;
  select: (selection: Selection | null, origin: SelectionOrigin) => void;
  setHover: (hover: Selection | null) => void;
  setLayer: (layer: LayerGroup, visible: boolean) => void;
  setTab: (tab: PanelTab) => void;
  setLanguage: (language: Language) => void;
  setSheetExpanded: (expanded: boolean) => void;
  requestFitDistrict: () => void;
}

/** The list tab where each kind of selection is shown. */
export const tabOfKind: Record<SelectionKind, PanelTab> = {
  park: 'parks',
  subpark: 'parks',
  hub: 'parks',
  cluster: 'clusters',
  township: 'clusters',
  'other-towns': 'clusters',
};

export const initialLayers: Record<LayerGroup, boolean> = {
  parks: true,
  subparks: true,
  clusters: true,
  townships: true,
  hubs: true,
  neighbours: true,
};

export const useAppStore = create<AppState>()((set, get) => ({
  language: 'zh',
  selection: null,
  selectionOrigin: 'list',
  hover: null,
  layers: initialLayers,
  tab: 'overview',
  sheetExpanded: false,
  fitDistrictRequest: 0,
  select: (selection, origin) => {
    if (sameSelection(get().selection, selection) && origin !== 'list') return;
    set({
      selection,
      selectionOrigin: origin,
      tab: selection ? tabOfKind[selection.kind] : get().tab,
      sheetExpanded: selection !== null || get().sheetExpanded,
    });
  },
  setHover: (hover) => {
    if (!sameSelection(get().hover, hover)) set({ hover });
  },
  setLayer: (layer, visible) => set({ layers: { ...get().layers, [layer]: visible } }),
  setTab: (tab) => set({ tab }),
  setLanguage: (language) => set({ language }),
  setSheetExpanded: (sheetExpanded) => set({ sheetExpanded }),
  requestFitDistrict: () => set({ fitDistrictRequest: get().fitDistrictRequest + 1 }),
}));
