import type { ParkId } from '../data/types';
import type { Slice } from './slice';

/** The A4 sheet laid out for printing: one park's, or the whole layout's. */
export type PrintSheet = ({ kind: 'park'; id: ParkId } | { kind: 'layout' }) & {
  /** PNG data URL of the map framed on the sheet's subject. */
  snapshot: string | null;
};

export interface ExportSlice {
  printSheet: PrintSheet | null;
  setPrintSheet: (sheet: PrintSheet | null) => void;
}

export const createExportSlice: Slice<ExportSlice> = (set) => ({
  printSheet: null,
  setPrintSheet: (printSheet) => set({ printSheet }),
});
