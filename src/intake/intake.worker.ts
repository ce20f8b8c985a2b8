/// <reference lib="webworker" />
/**
 * The intake worker: every file the user gives the app is read here, off the main thread, under
 * the intake's limits (a PMTiles archive: its header and metadata, before the map reads tiles). One worker lives for the session: the EPSG table is loaded once, and the
 * bytes of the latest files are kept, so that reading one again (another coordinate system,
 * encoding or sheet) sends no bytes.
 */
import { makeEpsgLookup, type EpsgLookup } from '../workbench/epsg';
import { readArchiveInfo, TileArchiveError } from '../tiles/archiveInfo';
import { importAny, tableOf } from './jobs';
import type { FileRef, IntakeRequest, IntakeResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Files whose bytes are kept, the latest last: at most two, and beyond the latest at most 256 MB together. */
const KEPT_FILES = 2;
const KEPT_BYTES = 256 * 1024 * 1024;
const kept = new Map<number, Uint8Array>();

function keptBytes(): number {
  let total = 0;
  for (const bytes of kept.values()) total += bytes.length;
  return total;
}

function bytesOf(file: FileRef): Uint8Array | null {
  if (file.bytes) {
    kept.delete(file.fileId);
    kept.set(file.fileId, new Uint8Array(file.bytes));
    while (kept.size > 1 && (kept.size > KEPT_FILES || keptBytes() > KEPT_BYTES)) kept.delete(kept.keys().next().value!);
  }
  const bytes = kept.get(file.fileId) ?? null;
  if (bytes) {
    // The latest used is kept longest.
    kept.delete(file.fileId);
    kept.set(file.fileId, bytes);
  }
  return bytes;
}

let epsg: Promise<EpsgLookup | undefined> | null = null;

/** The EPSG table is its own chunk (about 1 MB), fetched from the app's origin once, when a map file first needs it. */
function loadEpsg(): Promise<EpsgLookup | undefined> {
  epsg ??= import('virtual:epsg-table').then(
    (module) => makeEpsgLookup(module.default),
    // Without it the built-in systems still work; a file naming another one is reported as unknown.
    () => undefined,
  );
  return epsg;
}

scope.onmessage = async (event: MessageEvent<IntakeRequest>) => {
  const { id, file, job } = event.data;
  const post = (message: IntakeResponse) => scope.postMessage(message);
  if (job.kind === 'archive') {
    try {
      post({ id, type: 'done', answer: { kind: 'archive', info: await readArchiveInfo(job.place, job.title, job.bytes) } });
    } catch (e) {
      if (e instanceof TileArchiveError) post({ id, type: 'error', code: e.code, detail: e.detail });
      else post({ id, type: 'error', code: 'unreadable', detail: e instanceof Error ? e.message : String(e) });
    }
    return;
  }
  const bytes = bytesOf(file);
  if (!bytes) {
    post({ id, type: 'missing' });
    return;
  }
  try {
    if (job.kind === 'table') {
      const outcome = await tableOf(file.fileName, bytes);
      post(outcome.ok ? { id, type: 'done', answer: { kind: 'table', table: outcome.table } } : { id, type: 'error', code: outcome.code, detail: outcome.detail });
      return;
    }
    const outcome = await importAny(file.fileName, bytes, {
      crs: job.crs,
      encoding: job.encoding,
      sheet: job.sheet,
      districtBbox: job.districtBbox,
      epsg: await loadEpsg(),
      onProgress: (done, total) => post({ id, type: 'progress', done, total }),
    });
    post(outcome.ok ? { id, type: 'done', answer: { kind: 'features', result: outcome.result } } : { id, type: 'error', code: outcome.code, detail: outcome.detail });
  } catch (e) {
    // A bug in a reader: still tell the user the file could not be read, never hang.
    post({ id, type: 'error', code: 'unreadable', detail: e instanceof Error ? e.message : String(e) });
  }
};
