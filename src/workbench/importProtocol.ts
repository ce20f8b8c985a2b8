/** Messages between the page and the import worker. */
import type { BBox } from './geometry';
import type { CrsId, ImportErrorCode, ImportResult } from './types';

export interface ImportRequest {
  fileName: string;
  bytes: ArrayBuffer;
  crs?: CrsId;
  /** The attribute encoding the user chose (a TextDecoder label). */
  encoding?: string;
  districtBbox: BBox;
  /** For spreadsheets: the sheet to read; the first otherwise. */
  sheet?: string;
}

export type ImportResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'error'; code: ImportErrorCode; detail: string };
