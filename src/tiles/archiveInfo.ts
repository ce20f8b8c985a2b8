/**
 * What an archive holds, read from its header and metadata under the intake's caps
 * (../intake/pmtilesCaps.ts). Runs in the intake worker (src/intake), so that even the part of
 * a hostile archive read before it is refused is read off the main thread.
 */
import { FetchSource, FileSource, PMTiles, TileType, type Header, type Source } from 'pmtiles';
import type { BBox } from '../geo/bounds';
import { cappedDecompress, cappedSource, CompressionError, PartTooLargeError, PMTILES_PART_CAP } from '../intake/pmtilesCaps';
import { megabytes } from '../intake/limits';
import type { TileArchiveInfo, TileGeometry, TileSourceLayer } from './types';

export type TileArchiveErrorCode =
  | 'not-pmtiles'
  | 'old-version'
  | 'tile-type'
  | 'unreadable'
  | 'fetch-failed'
  | 'no-range'
  | 'empty-file'
  /** The metadata, or the header and root directory, read or decompress beyond the intake's cap. */
  | 'metadata-too-large'
  | 'directory-too-large'
  | 'unsupported-compression';

/** A reason an archive cannot be shown; the panel words it in both languages. */
export class TileArchiveError extends Error {
  constructor(
    readonly code: TileArchiveErrorCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
}

const FORMATS: Partial<Record<TileType, string>> = {
  [TileType.Mvt]: 'mvt',
  [TileType.Png]: 'png',
  [TileType.Jpeg]: 'jpg',
  [TileType.Webp]: 'webp',
  [TileType.Avif]: 'avif',
};

function geometryOf(name: string | undefined): TileGeometry {
  if (!name) return 'unknown';
  if (/point/i.test(name)) return 'Point';
  if (/line/i.test(name)) return 'LineString';
  if (/polygon/i.test(name)) return 'Polygon';
  return 'unknown';
}

interface Metadata {
  name?: unknown;
  attribution?: unknown;
  vector_layers?: unknown;
  tilestats?: { layers?: unknown };
}

/** The source-layers a vector archive's metadata lists, with a geometry type where tilestats give one. */
export function sourceLayersOf(metadata: unknown): TileSourceLayer[] {
  const meta = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as Metadata;
  const stats = Array.isArray(meta.tilestats?.layers) ? (meta.tilestats.layers as { layer?: unknown; geometry?: unknown; count?: unknown }[]) : [];
  const layers = Array.isArray(meta.vector_layers) ? (meta.vector_layers as { id?: unknown; fields?: unknown }[]) : [];
  return layers
    .filter((layer): layer is { id: string; fields?: unknown } => typeof layer?.id === 'string' && layer.id !== '')
    .map((layer) => {
      const stat = stats.find((s) => s?.layer === layer.id);
      const fields: Record<string, string> = {};
      if (typeof layer.fields === 'object' && layer.fields !== null) {
        for (const [key, type] of Object.entries(layer.fields)) fields[key] = String(type);
      }
      return {
        id: layer.id,
        geometry: geometryOf(typeof stat?.geometry === 'string' ? stat.geometry : undefined),
        fields,
        count: typeof stat?.count === 'number' ? stat.count : null,
      };
    });
}

function infoOf(header: Header, metadata: unknown, fallbackTitle: string, bytes: number): TileArchiveInfo {
  const format = FORMATS[header.tileType];
  if (!format) throw new TileArchiveError('tile-type', String(header.tileType));
  const meta = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as Metadata;
  const kind = header.tileType === TileType.Mvt ? 'vector' : 'raster';
  const bounds: BBox = [header.minLon, header.minLat, header.maxLon, header.maxLat];
  return {
    title: typeof meta.name === 'string' && meta.name.trim() ? meta.name.trim() : fallbackTitle,
    kind,
    tileFormat: format,
    layers: kind === 'vector' ? sourceLayersOf(metadata) : [],
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    bounds,
    attribution: typeof meta.attribution === 'string' ? meta.attribution : '',
    bytes,
  };
}

/** Why a part of the archive could not be read, naming the part. */
function partError(part: string, error: unknown): TileArchiveError {
  if (error instanceof TileArchiveError) return error;
  const what = part === 'header' ? 'header / root directory' : part;
  if (error instanceof PartTooLargeError) {
    return new TileArchiveError(part === 'metadata' ? 'metadata-too-large' : 'directory-too-large', `${megabytes(PMTILES_PART_CAP)} MB`);
  }
  if (error instanceof CompressionError) return new TileArchiveError('unsupported-compression', `${what}: ${error.compression}`);
  return new TileArchiveError('unreadable', `${what}: ${error instanceof Error ? error.message : String(error)}`);
}

/** A fetch source that refuses a server without range requests, instead of downloading the whole archive. */
class RangeOnlySource implements Source {
  private readonly inner: FetchSource;
  constructor(private readonly url: string) {
    this.inner = new FetchSource(url);
  }
  getKey(): string {
    return this.url;
  }
  async getBytes(offset: number, length: number, signal?: AbortSignal, etag?: string) {
    const response = await this.inner.getBytes(offset, length, signal, etag);
    if (response.data.byteLength > length) throw new TileArchiveError('no-range', this.url);
    return response;
  }
}

/** Where an archive is: a local file (a Blob, read in place) or a same-origin URL (read by range requests). */
export type ArchivePlace = { blob: Blob } | { url: string };

/** A source for the place, refusing any read beyond the cap. */
export function placeSource(place: ArchivePlace): Source {
  return cappedSource('blob' in place ? new FileSource(place.blob as File) : new RangeOnlySource(place.url));
}

/** Checks an archive's magic number and version, then reads its header and metadata. Throws {@link TileArchiveError}. */
export async function readArchiveInfo(place: ArchivePlace, title: string, bytes: number): Promise<TileArchiveInfo> {
  const source = placeSource(place);
  // The magic number first: a wrong file gets a plain answer rather than a decoder's error.
  let head: ArrayBuffer;
  try {
    head = (await source.getBytes(0, 8)).data;
  } catch (error) {
    throw error instanceof TileArchiveError ? error : new TileArchiveError('fetch-failed', error instanceof Error ? error.message : String(error));
  }
  const magic = new TextDecoder().decode(new Uint8Array(head, 0, Math.min(7, head.byteLength)));
  if (magic !== 'PMTiles') throw new TileArchiveError('not-pmtiles', magic.replace(/[^\x20-\x7e]/g, '?'));
  const version = new Uint8Array(head)[7] ?? 0;
  if (version !== 3) throw new TileArchiveError('old-version', String(version));
  // Every part (directories, metadata, tiles) is decompressed under the intake's cap.
  const archive = new PMTiles(source, undefined, cappedDecompress());
  let header: Header;
  let metadata: unknown;
  let part = 'header';
  try {
    header = await archive.getHeader();
    part = 'metadata';
    metadata = await archive.getMetadata();
  } catch (error) {
    throw partError(part, error);
  }
  return infoOf(header, metadata, title, bytes);
}
