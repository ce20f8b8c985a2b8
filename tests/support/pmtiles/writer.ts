/**
 * A small PMTiles v3 writer, for the tests and the benchmark only (no maintained writer is on
 * npm). It follows https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md: a 127-byte
 * header, a root directory (leaf directories when the root would not fit in the first 16 KiB),
 * JSON metadata and the tile data, clustered (tiles in tile-id order).
 */
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export const HEADER_BYTES = 127;
/** The header and root directory must fit in the first 16 KiB. */
const FIRST_READ = 16_384;

export const COMPRESSION = { none: 1, gzip: 2 } as const;
export const TILE_TYPE = { mvt: 1, png: 2 } as const;

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** The tile as stored (already compressed when `tileCompression` is gzip). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  tileType: (typeof TILE_TYPE)[keyof typeof TILE_TYPE];
  tileCompression: (typeof COMPRESSION)[keyof typeof COMPRESSION];
  /** Gzip for the directories and metadata (the default), or none. */
  internalCompression?: (typeof COMPRESSION)[keyof typeof COMPRESSION];
  bounds: [number, number, number, number];
  center?: [number, number, number];
  metadata: Record<string, unknown>;
  /** Metadata bytes as stored, instead of `metadata` compressed (to make hostile archives). */
  storedMetadata?: Uint8Array;
  /** Entries per leaf directory, when leaves are needed (small values exercise them in tests). */
  leafSize?: number;
  /** Force leaf directories even when the root would fit. */
  forceLeaves?: boolean;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

class Bytes {
  private readonly parts: number[] = [];
  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint out of range: ${value}`);
    let v = value;
    while (v >= 0x80) {
      this.parts.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.parts.push(v);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** A directory as the spec serialises it, before compression. */
export function serialiseDirectory(entries: readonly Entry[]): Uint8Array {
  const out = new Bytes();
  out.varint(entries.length);
  let last = 0;
  for (const e of entries) {
    out.varint(e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) out.varint(e.runLength);
  for (const e of entries) out.varint(e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    out.varint(previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return out.done();
}

function compress(bytes: Uint8Array, how: number): Uint8Array {
  return how === COMPRESSION.gzip ? new Uint8Array(gzipSync(bytes)) : bytes;
}

function setUint64(view: DataView, at: number, value: number): void {
  view.setBigUint64(at, BigInt(value), true);
}

function header(fields: {
  root: [number, number];
  metadata: [number, number];
  leaves: [number, number];
  data: [number, number];
  addressed: number;
  entries: number;
  contents: number;
  options: ArchiveOptions;
  minZoom: number;
  maxZoom: number;
}): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  bytes[7] = 3;
  setUint64(view, 8, fields.root[0]);
  setUint64(view, 16, fields.root[1]);
  setUint64(view, 24, fields.metadata[0]);
  setUint64(view, 32, fields.metadata[1]);
  setUint64(view, 40, fields.leaves[0]);
  setUint64(view, 48, fields.leaves[1]);
  setUint64(view, 56, fields.data[0]);
  setUint64(view, 64, fields.data[1]);
  setUint64(view, 72, fields.addressed);
  setUint64(view, 80, fields.entries);
  setUint64(view, 88, fields.contents);
  const { options } = fields;
  bytes[96] = 1; // clustered
  bytes[97] = options.internalCompression ?? COMPRESSION.gzip;
  bytes[98] = options.tileCompression;
  bytes[99] = options.tileType;
  bytes[100] = fields.minZoom;
  bytes[101] = fields.maxZoom;
  const [w, s, e, n] = options.bounds;
  const e7 = (v: number) => Math.round(v * 1e7);
  view.setInt32(102, e7(w), true);
  view.setInt32(106, e7(s), true);
  view.setInt32(110, e7(e), true);
  view.setInt32(114, e7(n), true);
  const center = options.center ?? [(w + e) / 2, (s + n) / 2, fields.minZoom];
  bytes[118] = center[2];
  view.setInt32(119, e7(center[0]), true);
  view.setInt32(123, e7(center[1]), true);
  return bytes;
}

/** The whole archive, as bytes. Identical tiles are stored once (run lengths are not used). */
export function writePmtiles(tiles: readonly TileInput[], options: ArchiveOptions): Buffer {
  if (tiles.length === 0) throw new Error('an archive needs at least one tile');
  const internal = options.internalCompression ?? COMPRESSION.gzip;
  const sorted = tiles
    .map((tile) => ({ tileId: zxyToTileId(tile.z, tile.x, tile.y), tile }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const chunks: Uint8Array[] = [];
  const seen = new Map<string, Entry>();
  let offset = 0;
  for (const { tileId, tile } of sorted) {
    if (entries.at(-1)?.tileId === tileId) throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} given twice`);
    const hash = tile.data.length < 64 ? Buffer.from(tile.data).toString('base64') : null;
    const same = hash ? seen.get(hash) : undefined;
    if (same) {
      entries.push({ tileId, offset: same.offset, length: same.length, runLength: 1 });
      continue;
    }
    const entry = { tileId, offset, length: tile.data.length, runLength: 1 };
    if (hash) seen.set(hash, entry);
    entries.push(entry);
    chunks.push(tile.data);
    offset += tile.data.length;
  }
  const dataLength = offset;

  let root = compress(serialiseDirectory(entries), internal);
  let leaves: Uint8Array = new Uint8Array(0);
  if (options.forceLeaves || HEADER_BYTES + root.length > FIRST_READ) {
    const leafSize = options.leafSize ?? 4096;
    const leafParts: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let leafOffset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const part = entries.slice(i, i + leafSize);
      const bytes = compress(serialiseDirectory(part), internal);
      rootEntries.push({ tileId: part[0]!.tileId, offset: leafOffset, length: bytes.length, runLength: 0 });
      leafParts.push(bytes);
      leafOffset += bytes.length;
    }
    root = compress(serialiseDirectory(rootEntries), internal);
    if (HEADER_BYTES + root.length > FIRST_READ) throw new Error('root directory too large: use larger leaves');
    leaves = Buffer.concat(leafParts);
  }
  const metadata = options.storedMetadata ?? compress(new TextEncoder().encode(JSON.stringify(options.metadata)), internal);
  const zooms = tiles.map((t) => t.z);
  const rootAt = HEADER_BYTES;
  const metadataAt = rootAt + root.length;
  const leavesAt = metadataAt + metadata.length;
  const dataAt = leavesAt + leaves.length;
  const head = header({
    root: [rootAt, root.length],
    metadata: [metadataAt, metadata.length],
    leaves: [leavesAt, leaves.length],
    data: [dataAt, dataLength],
    addressed: entries.length,
    entries: entries.length,
    contents: chunks.length,
    options,
    minZoom: Math.min(...zooms),
    maxZoom: Math.max(...zooms),
  });
  return Buffer.concat([head, root, metadata, leaves, ...chunks]);
}

/** Gzips a tile as PMTiles stores it with tile compression gzip. */
export function gzipTile(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(bytes, { level: 6 }));
}
