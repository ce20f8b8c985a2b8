import type { Language } from '../i18n/strings';
import type { Slice } from './slice';

export type PanelTab = 'overview' | 'parks' | 'clusters' | 'industries' | 'compare' | 'indicators' | 'workbench';

export interface UiSlice {
  language: Language;
  tab: PanelTab;
  /** Phone layout: whether the bottom sheet is expanded. */
  sheetExpanded: boolean;
  setTab: (tab: PanelTab) => void;
  setLanguage: (language: Language) => void;
  setSheetExpanded: (expanded: boolean) => void;
}

export const createUiSlice: Slice<UiSlice> = (set) => ({
  language: 'zh',
  tab: 'overview',
  sheetExpanded: false,
  setTab: (tab) => set({ tab }),
  setLanguage: (language) => set({ language }),
  setSheetExpanded: (sheetExpanded) => set({ sheetExpanded }),
});
