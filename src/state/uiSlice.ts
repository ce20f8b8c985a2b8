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

/**
 * The UI changes other slices make as part of their own action, as plain state patches: an
 * action spreads them into its one `set`, so one user action is one store write (and one scene
 * pass), not one per slice it touches.
 */
export const uiChange = {
  tab: (tab: PanelTab): Pick<UiSlice, 'tab'> => ({ tab }),
  sheet: (sheetExpanded: boolean): Pick<UiSlice, 'sheetExpanded'> => ({ sheetExpanded }),
  legend: (legendOpen: boolean): Pick<UiSlice, 'legendOpen'> => ({ legendOpen }),
};

const isPhone = (): boolean => typeof window !== 'undefined' && (window.matchMedia?.('(max-width: 700px)').matches ?? false);

export const createUiSlice: Slice<UiSlice> = (set) => ({
  language: 'zh',
  tab: 'overview',
  sheetExpanded: false,
  legendOpen: !isPhone(),
  setTab: (tab) => set(uiChange.tab(tab)),
  setLanguage: (language) => set({ language }),
  setSheetExpanded: (sheetExpanded) => set(uiChange.sheet(sheetExpanded)),
  setLegendOpen: (legendOpen) => set(uiChange.legend(legendOpen)),
});
