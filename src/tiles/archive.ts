/**
 * Opens a PMTiles archive, read in place: a local File (never uploaded; only the byte ranges of
 * the directories and of the tiles drawn are read) or a same-origin URL (HTTP range requests).
 * Its header and metadata are read and checked first in the intake worker (./archiveInfo.ts);
 * the page then reads directories and tiles under the same caps. Loaded with the workbench or
 * the basemap menu, never in the first-load bundle.
 */
import { FileSource, PMTiles, type Source } from 'pmtiles';
import { ImportFailure, startArchiveRead } from '../intake/client';
import { cappedDecompress, cappedSource } from '../intake/pmtilesCaps';
import { placeSource, TileArchiveError, type ArchivePlace, type TileArchiveErrorCode } from './archiveInfo';
import type { TileArchiveHandle, TileArchiveInfo } from './types';

export { sourceLayersOf, TileArchiveError, type TileArchiveErrorCode } from './archiveInfo';

let counter = 0;

/** Wraps a source: a key of its own (two files of one name stay apart) and a count of bytes read. */
class CountingSource implements Source {
  read = 0;
  constructor(
    private readonly inner: Source,
    private readonly key: string,
  ) {}
  getKey(): string {
    return this.key;
  }
  async getBytes(offset: number, length: number, signal?: AbortSignal, etag?: string) {
    const response = await this.inner.getBytes(offset, length, signal, etag);
    this.read += response.data.byteLength;
    return response;
  }
}

/** The header and metadata, read in the intake worker; its refusals as {@link TileArchiveError}. */
async function infoInWorker(place: ArchivePlace, title: string, bytes: number): Promise<TileArchiveInfo> {
  try {
    return await startArchiveRead({ kind: 'archive', place, title, bytes }).promise;
  } catch (error) {
    if (error instanceof ImportFailure && error.code !== 'cancelled' && error.code !== 'worker') {
      throw new TileArchiveError(error.code as TileArchiveErrorCode, error.detail);
    }
    throw new TileArchiveError('unreadable', error instanceof Error ? `${error.message} ${(error as { detail?: string }).detail ?? ''}`.trim() : String(error));
  }
}

async function open(source: CountingSource, place: ArchivePlace, title: string, bytes: number): Promise<{ info: TileArchiveInfo; handle: TileArchiveHandle }> {
  const info = await infoInWorker(place, title, bytes);
  // Directories and tiles are read and decompressed under the intake's caps too.
  const archive = new PMTiles(source, undefined, cappedDecompress());
  return { info, handle: { key: source.getKey(), archive, bytesRead: () => source.read } };
}

/** Opens a local file in place. */
export function openFileArchive(file: File): Promise<{ info: TileArchiveInfo; handle: TileArchiveHandle }> {
  if (file.size === 0) return Promise.reject(new TileArchiveError('empty-file'));
  counter += 1;
  const place = { blob: file };
  return open(new CountingSource(cappedSource(new FileSource(file)), `file-${counter}`), place, file.name.replace(/\.pmtiles$/i, ''), file.size);
}

/** Opens an archive on the app's own origin by HTTP range requests. */
export async function openUrlArchive(url: string): Promise<{ info: TileArchiveInfo; handle: TileArchiveHandle }> {
  let bytes: number;
  try {
    const response = await fetch(url, { method: 'HEAD' });
    if (!response.ok) throw new TileArchiveError('fetch-failed', `HTTP ${response.status}`);
    bytes = Number(response.headers.get('content-length') ?? 0) || 0;
  } catch (error) {
    throw error instanceof TileArchiveError ? error : new TileArchiveError('fetch-failed', error instanceof Error ? error.message : String(error));
  }
  const title = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url).replace(/\.pmtiles$/i, '');
  const place = { url };
  return open(new CountingSource(placeSource(place), url), place, title, bytes);
}
