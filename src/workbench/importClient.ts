/** Starts an import in a worker; the returned handle cancels it by ending the worker. */
import type { BBox } from './geometry';
import { importByteLimit, sizeFailure } from './importLimits';
import type { ImportRequest, ImportResponse } from './importProtocol';
import type { CrsId, ImportErrorCode, ImportResult } from './types';

export interface ImportHandle {
  promise: Promise<ImportResult>;
  cancel: () => void;
}

export class ImportFailure extends Error {
  constructor(
    readonly code: ImportErrorCode | 'cancelled' | 'worker',
    readonly detail = '',
  ) {
    super(code);
  }
}

export function startImport(
  file: File,
  options: { crs?: CrsId; encoding?: string; sheet?: string; districtBbox: BBox; onProgress: (done: number, total: number) => void },
): ImportHandle {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: ((error: ImportFailure) => void) | null = null;
  const promise = new Promise<ImportResult>((resolve, reject) => {
    settle = (error) => {
      worker.terminate();
      reject(error);
    };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress(message.done, message.total);
      else if (message.type === 'done') {
        worker.terminate();
        resolve(message.result);
      } else settle?.(new ImportFailure(message.code, message.detail));
    };
    worker.onerror = (event) => settle?.(new ImportFailure('worker', event.message));
    // Refused before reading: a file the browser cannot hold would freeze the tab while it is read.
    const tooLarge = sizeFailure(file.size, importByteLimit(typeof navigator === 'undefined' ? undefined : (navigator as { deviceMemory?: number }).deviceMemory));
    if (tooLarge) {
      queueMicrotask(() => settle?.(new ImportFailure(tooLarge.code, tooLarge.detail)));
      return;
    }
    file.arrayBuffer().then(
      (bytes) => {
        const request: ImportRequest = {
          fileName: file.name,
          bytes,
          crs: options.crs,
          encoding: options.encoding,
          sheet: options.sheet,
          districtBbox: options.districtBbox,
        };
        worker.postMessage(request, [bytes]);
      },
      (e: unknown) => settle?.(new ImportFailure('unreadable', e instanceof Error ? e.message : String(e))),
    );
  });
  return { promise, cancel: () => settle?.(new ImportFailure('cancelled')) };
}
