import type { Language } from '../i18n/strings';
import type { Slice } from './slice';

export type PanelTab = 'overview' | 'parks' | 'clusters' | 'industries' | 'compare' | 'indicators' | 'workbench';

export interface UiSlice {
  language: Language;
  tab: PanelTab;
  /** Phone layout: whether the bottom sheet is expanded. */
  sheetExpanded: boolean;
  /** Whether the legend is unfolded (folded to its button on a phone, and during the tour). */
  legendOpen: boolean;
  setTab: (tab: PanelTab) => void;
  setLanguage: (language: Language) => void;
  setSheetExpanded: (expanded: boolean) => void;
  setLegendOpen: (open: boolean) => void;
}

const isPhone = (): boolean => typeof window !== 'undefined' && (window.matchMedia?.('(max-width: 700px)').matches ?? false);

export const createUiSlice: Slice<UiSlice> = (set) => ({
  language: 'zh',
  tab: 'overview',
  sheetExpanded: false,
  legendOpen: !isPhone(),
  setTab: (tab) => set({ tab }),
  setLanguage: (language) => set({ language }),
  setSheetExpanded: (sheetExpanded) => set({ sheetExpanded }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
});
