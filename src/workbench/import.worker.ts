/// <reference lib="webworker" />
/** Parses and checks an import off the main thread, reporting progress. */
import { importAny } from './importAny';
import type { ImportRequest, ImportResponse } from './importProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { fileName, bytes, crs, districtBbox, sheet } = event.data;
  const post = (message: ImportResponse) => scope.postMessage(message);
  try {
    const outcome = await importAny(fileName, new Uint8Array(bytes), {
      crs,
      districtBbox,
      sheet,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post(outcome.ok ? { type: 'done', result: outcome.result } : { type: 'error', code: outcome.code, detail: outcome.detail });
  } catch (e) {
    // A bug in the importer: still tell the user the file could not be read, never hang.
    post({ type: 'error', code: 'unreadable', detail: e instanceof Error ? e.message : String(e) });
  }
};
