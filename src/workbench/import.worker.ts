/// <reference lib="webworker" />
/** Parses and checks an import off the main thread, reporting progress. */
import { makeEpsgLookup, type EpsgLookup } from './epsg';
import { importAny } from './importAny';
import type { ImportRequest, ImportResponse } from './importProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The EPSG table is its own chunk (about 1 MB), fetched from the app's origin when an import starts. */
async function loadEpsg(): Promise<EpsgLookup | undefined> {
  try {
    const module = await import('virtual:epsg-table');
    return makeEpsgLookup(module.default);
  } catch {
    // Without it the built-in systems still work; a file naming another one is reported as unknown.
    return undefined;
  }
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { fileName, bytes, crs, encoding, districtBbox, sheet } = event.data;
  const post = (message: ImportResponse) => scope.postMessage(message);
  try {
    const epsg = await loadEpsg();
    const outcome = await importAny(fileName, new Uint8Array(bytes), {
      crs,
      encoding,
      sheet,
      districtBbox,
      epsg,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post(outcome.ok ? { type: 'done', result: outcome.result } : { type: 'error', code: outcome.code, detail: outcome.detail });
  } catch (e) {
    // A bug in the importer: still tell the user the file could not be read, never hang.
    post({ type: 'error', code: 'unreadable', detail: e instanceof Error ? e.message : String(e) });
  }
};
