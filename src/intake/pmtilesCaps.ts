/**
 * PMTiles archives are read in place, part by part, by the pmtiles library: the header and root
 * directory, the metadata, leaf directories and each tile. Every part is read and decompressed
 * here under a cap, through the intake's budgeted inflater, instead of the library's default
 * (which inflates a gzip bomb in full: 306 KB of metadata became 1.5 GB). Pure; types only
 * from pmtiles, so this file does not bring the library in.
 */
import type { Compression, DecompressFunc, Source } from 'pmtiles';
import { ArchiveError, gunzipCapped } from './inflateBudget';

/** Bytes one part of an archive may read or decompress to. A real archive's parts are far smaller. */
export const PMTILES_PART_CAP = 16 * 1024 * 1024;

/** pmtiles' compression codes (its `Compression` enum), restated so that no value is imported. */
const NONE = 1;
const UNKNOWN = 0;
const GZIP = 2;

/** A part longer than the cap, read or decompressed. */
export class PartTooLargeError extends Error {
  constructor(readonly cap: number) {
    super(`part > ${cap} bytes`);
  }
}

/** Compression the library asked for that is not supported (brotli, zstd). */
export class CompressionError extends Error {
  constructor(readonly compression: number) {
    super(`compression ${compression}`);
  }
}

const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);

/** The `decompress` to give every `PMTiles` instance. */
export function cappedDecompress(cap = PMTILES_PART_CAP): DecompressFunc {
  return async (data: ArrayBuffer, compression: Compression) => {
    const code = compression as number;
    if (code === NONE || code === UNKNOWN) {
      if (data.byteLength > cap) throw new PartTooLargeError(cap);
      return data;
    }
    if (code !== GZIP) throw new CompressionError(code);
    try {
      return buffer(gunzipCapped(new Uint8Array(data), cap, ''));
    } catch (e) {
      if (e instanceof ArchiveError && e.reason === 'inflated-too-large') throw new PartTooLargeError(cap);
      throw e;
    }
  };
}

/** Refuses a read longer than the cap before it is made (a header may declare metadata of any length). */
export function checkReadLength(length: number, cap = PMTILES_PART_CAP): void {
  if (length > cap) throw new PartTooLargeError(cap);
}

/** A source that refuses any read beyond the cap before making it. */
export function cappedSource(inner: Source, cap = PMTILES_PART_CAP): Source {
  return {
    getKey: () => inner.getKey(),
    getBytes: async (offset, length, signal, etag) => {
      checkReadLength(length, cap);
      return inner.getBytes(offset, length, signal, etag);
    },
  };
}
