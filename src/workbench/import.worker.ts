/// <reference lib="webworker" />
/** Parses and checks an import off the main thread, reporting progress. */
import { ImportError } from './parse';
import { runImport } from './importPipeline';
import type { ImportRequest, ImportResponse } from './importProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { fileName, bytes, crs, districtBbox } = event.data;
  const post = (message: ImportResponse) => scope.postMessage(message);
  try {
    const result = runImport(fileName, new Uint8Array(bytes), {
      crs,
      districtBbox,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', result });
  } catch (e) {
    if (e instanceof ImportError) post({ type: 'error', code: e.code, detail: e.detail });
    else post({ type: 'error', code: 'unreadable', detail: e instanceof Error ? e.message : String(e) });
  }
};
