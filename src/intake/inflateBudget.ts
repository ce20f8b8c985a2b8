/**
 * Unzipping against a budget of inflated bytes. fflate's unzipSync inflates every entry in
 * full before anything can object, so a 1.5 MB zip that expands to 1.5 GB takes the tab
 * down with it. Here the central directory's declared sizes are summed first, and the
 * bytes actually produced are counted while inflating in small steps, because declared
 * sizes can lie. Pure apart from the time it takes.
 */
import { Gunzip, Inflate } from 'fflate';

/** Default budget of inflated bytes for one archive: a phone still survives it. */
export const DEFAULT_INFLATE_BUDGET = 256 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032×, so one step stays ≲ 16 MB. */
const STEP = 16 * 1024;

export type ArchiveErrorReason = 'declared-too-large' | 'inflated-too-large' | 'too-many-entries' | 'not-a-zip' | 'encrypted' | 'unsupported-method' | 'corrupt';

export class ArchiveError extends Error {
  constructor(
    readonly reason: ArchiveErrorReason,
    /** The entry at fault, when there is one. */
    readonly entry = '',
    /** The budget in bytes, for the size reasons. */
    readonly budget = 0,
  ) {
    super(`${reason}${entry ? ` (${entry})` : ''}`);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

function endOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65 535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(bytes, at) === 0x06054b50) return at;
  }
  throw new ArchiveError('not-a-zip');
}

/** Where the central directory starts and how many entries it lists, reading ZIP64 records when present. */
function directoryBounds(bytes: Uint8Array): { count: number; offset: number } {
  const eocd = endOfCentralDirectory(bytes);
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) throw new ArchiveError('corrupt');
    const zip64 = u64(bytes, locator + 8);
    if (u32(bytes, zip64) !== 0x06064b50) throw new ArchiveError('corrupt');
    count = u64(bytes, zip64 + 32);
    offset = u64(bytes, zip64 + 48);
  }
  return { count, offset };
}

/** The entries of a zip as its central directory declares them; reads no compressed data. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const { count, offset } = directoryBounds(bytes);
  if (count > MAX_ENTRIES) throw new ArchiveError('too-many-entries', String(count));
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ArchiveError('corrupt');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    let compressedSize = u32(bytes, at + 20);
    let declaredSize = u32(bytes, at + 24);
    let localHeaderOffset = u32(bytes, at + 42);
    // A ZIP64 extra field holds, in this order, whichever of the three did not fit in 32 bits.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(bytes, x);
      const size = u16(bytes, x + 2);
      if (id === 0x0001) {
        let field = x + 4;
        if (declaredSize === 0xffffffff) {
          declaredSize = u64(bytes, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, field);
          field += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, field);
      }
      x += 4 + size;
    }
    entries.push({
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: u16(bytes, at + 10),
      flags,
      compressedSize,
      declaredSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ArchiveError('corrupt', entry.name);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ArchiveError('corrupt', entry.name);
  return bytes.subarray(start, end);
}

/** Inflates one entry, throwing as soon as it would produce more than `allowance` bytes. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, allowance: number, budget: number): Uint8Array {
  const data = compressedData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > allowance) throw new ArchiveError('inflated-too-large', entry.name, budget);
    return data.slice();
  }
  if (entry.method !== 8) throw new ArchiveError('unsupported-method', entry.name);
  return inflateSteps(new Inflate(), data, allowance, entry.name, budget);
}

/**
 * Feeds `data` to a streaming inflater in small steps, throwing {@link ArchiveError} as soon as
 * more than `allowance` bytes come out (so a bomb never gets further than one step past it).
 */
function inflateSteps(inflater: Inflate | Gunzip, data: Uint8Array, allowance: number, part: string, budget: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  inflater.ondata = (chunk) => {
    produced += chunk.length;
    if (produced > allowance) throw new ArchiveError('inflated-too-large', part, budget);
    chunks.push(chunk);
  };
  try {
    for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError('corrupt', part);
  }
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Gunzips one part of a file (a PMTiles directory, its metadata, a tile), refusing beyond `cap` bytes. */
export function gunzipCapped(data: Uint8Array, cap: number, part: string): Uint8Array {
  return inflateSteps(new Gunzip(), data, cap, part, cap);
}

export interface UnzipOptions {
  /** Inflated bytes allowed for all the entries kept, together. */
  budget?: number;
  /** Which entries to inflate; the others are skipped and cost nothing. */
  filter?: (name: string) => boolean;
}

/**
 * The entries of a zip by name, like fflate's unzipSync, refusing with {@link ArchiveError}
 * as soon as the budget is passed: first by the declared sizes, then by the bytes inflated.
 */
export function unzipWithBudget(bytes: Uint8Array, options: UnzipOptions = {}): Record<string, Uint8Array> {
  const budget = options.budget ?? DEFAULT_INFLATE_BUDGET;
  const entries = listZipEntries(bytes).filter((e) => !e.name.endsWith('/') && (options.filter?.(e.name) ?? true));
  let declared = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw new ArchiveError('encrypted', entry.name);
    declared += entry.declaredSize;
    if (declared > budget) throw new ArchiveError('declared-too-large', entry.name, budget);
  }
  const out: Record<string, Uint8Array> = {};
  let used = 0;
  for (const entry of entries) {
    const inflated = inflateEntry(bytes, entry, budget - used, budget);
    used += inflated.length;
    out[entry.name] = inflated;
  }
  return out;
}
