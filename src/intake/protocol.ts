/** Messages between the page and the intake worker (one worker for the session, see client.ts). */
import type { BBox } from '../workbench/geometry';
import type { CrsId, ImportErrorCode, ImportResult } from '../workbench/types';
import type { ArchivePlace, TileArchiveErrorCode } from '../tiles/archiveInfo';
import type { TileArchiveInfo } from '../tiles/types';
import type { TableRead } from './tableRead';

/** Why the worker could not read a file. */
export type IntakeErrorCode = ImportErrorCode | TileArchiveErrorCode;

/** A file the worker reads: its bytes the first time, after that only its id while the worker keeps them. */
export interface FileRef {
  fileId: number;
  fileName: string;
  bytes?: ArrayBuffer;
}

/** What to make of the file. */
export type IntakeJob =
  /** Map features for the workbench: parsed, coordinate system decided, every feature checked. */
  | {
      kind: 'features';
      crs?: CrsId;
      /** The attribute encoding the user chose (a TextDecoder label). */
      encoding?: string;
      districtBbox: BBox;
      /** For spreadsheets: the sheet to read; the first otherwise. */
      sheet?: string;
    }
  /** Rows of a table (CSV or .xlsx) or a JSON text, for the results. */
  | { kind: 'table' }
  /** A PMTiles archive's header and metadata, read in place (no bytes are sent: a File is read by ranges). */
  | { kind: 'archive'; place: ArchivePlace; title: string; bytes: number };

export interface IntakeRequest {
  id: number;
  file: FileRef;
  job: IntakeJob;
}

export type IntakeAnswer =
  | { kind: 'features'; result: ImportResult }
  | { kind: 'table'; table: TableRead }
  | { kind: 'archive'; info: TileArchiveInfo };

export type IntakeResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; answer: IntakeAnswer }
  | { id: number; type: 'error'; code: IntakeErrorCode; detail: string }
  /** The worker no longer keeps the bytes of the file named only by its id: send them again. */
  | { id: number; type: 'missing' };
