import type { Language } from '../i18n/strings';
import type { Slice } from './slice';

export type PanelTab = 'overview' | 'parks' | 'clusters' | 'industries' | 'compare' | 'indicators' | 'workbench';

export interface UiSlice {
  language: Language;
  tab: PanelTab;
  /** Phone layout: whether the bottom sheet is expanded. */
  sheetExpanded: boolean;
  /** Incremented to ask the map to show the whole district. */
  fitDistrictRequest: number;
  setTab: (tab: PanelTab) => void;
  setLanguage: (language: Language) => void;
  setSheetExpanded: (expanded: boolean) => void;
  requestFitDistrict: () => void;
}

export const createUiSlice: Slice<UiSlice> = (set, get) => ({
  language: 'zh',
  tab: 'overview',
  sheetExpanded: false,
  fitDistrictRequest: 0,
  setTab: (tab) => set({ tab }),
  setLanguage: (language) => set({ language }),
  setSheetExpanded: (sheetExpanded) => set({ sheetExpanded }),
  requestFitDistrict: () => set({ fitDistrictRequest: get().fitDistrictRequest + 1 }),
});
