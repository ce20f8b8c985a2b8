/**
 * How much an import may weigh before the browser cannot hold it. A file is read whole,
 * parsed and checked in memory several times its size, so beyond the limit the app says
 * so (and points to PMTiles, which the map streams tile by tile) instead of freezing.
 */
import { ArchiveError } from './inflateBudget';
import type { ImportErrorCode } from '../workbench/types';

const MB = 1024 * 1024;

/** Largest file the workbench reads, scaled by the device's memory when the browser tells it (Chromium caps it at 8 GB). */
export function importByteLimit(deviceMemoryGb?: number): number {
  if (deviceMemoryGb === undefined || !Number.isFinite(deviceMemoryGb) || deviceMemoryGb <= 0) return 128 * MB;
  return Math.min(256 * MB, Math.max(64 * MB, deviceMemoryGb * 32 * MB));
}

export const megabytes = (bytes: number): string => (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);

/** The file-level failure for a file of `size` bytes, or null when it may be read. */
export function sizeFailure(size: number, limit: number): { code: ImportErrorCode; detail: string } | null {
  return size > limit ? { code: 'too-large', detail: `${megabytes(size)} MB > ${megabytes(limit)} MB` } : null;
}

/** An archive's refusal as an import failure: over budget points to PMTiles, anything else is unreadable. */
export function archiveFailure(error: ArchiveError): { code: ImportErrorCode; detail: string } {
  if (error.reason === 'declared-too-large' || error.reason === 'inflated-too-large') {
    return { code: 'archive-too-large', detail: `${error.entry}, > ${megabytes(error.budget)} MB` };
  }
  return { code: 'unreadable', detail: error.message };
}
