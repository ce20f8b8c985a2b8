import { sameSelection, type Selection, type SelectionKind } from '../data/selection';
import type { Slice } from './slice';
import { uiChange, type PanelTab } from './uiSlice';

/**
 * Where a selection change came from: the map does not fly to what the user just clicked on it.
 * 'table' (the workbench's attribute table) keeps the current tab.
 */
export type SelectionOrigin = 'map' | 'list' | 'history' | 'keyboard' | 'table';

/** The list tab where each kind of selection is shown. */
export const tabOfKind: Record<SelectionKind, PanelTab> = {
  park: 'parks',
  subpark: 'parks',
  hub: 'parks',
  cluster: 'clusters',
  township: 'clusters',
  'other-towns': 'clusters',
};

export interface SelectionSlice {
  selection: Selection | null;
  selectionOrigin: SelectionOrigin;
  select: (selection: Selection | null, origin: SelectionOrigin) => void;
}

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: null,
  selectionOrigin: 'list',
  select: (selection, origin) => {
    if (sameSelection(get().selection, selection) && origin !== 'list') return;
    // One write: the list opens at the entry (the UI slice's own change), the sheet unfolds.
    set({
      selection,
      selectionOrigin: origin,
      ...(selection && origin !== 'table' ? uiChange.tab(tabOfKind[selection.kind]) : {}),
      ...(selection ? uiChange.sheet(true) : {}),
    });
  },
});
