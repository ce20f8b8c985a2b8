/**
 * The page's side of the intake: one worker for the session (./intake.worker.ts), started on
 * the first file. Every file goes through here: refused by size before it is read, then read
 * in the worker with progress; a cancel ends the worker (the only way to stop a reader in the
 * middle of a file) and the next file starts a new one. A file read again (another coordinate
 * system, encoding or sheet) is named by its id: its bytes are sent only while the worker has
 * not got them.
 */
import type { BBox } from '../workbench/geometry';
import type { CrsId, ImportResult } from '../workbench/types';
import { importByteLimit, sizeFailure } from './limits';
import type { TileArchiveInfo } from '../tiles/types';
import type { IntakeAnswer, IntakeErrorCode, IntakeJob, IntakeRequest, IntakeResponse } from './protocol';
import { TABLE_LIMITS, type TableRead } from './tableRead';

export interface IntakeHandle<T> {
  promise: Promise<T>;
  cancel: () => void;
}
/** The workbench's name for a handle on a map import. */
export type ImportHandle = IntakeHandle<ImportResult>;

export class ImportFailure extends Error {
  constructor(
    readonly code: IntakeErrorCode | 'cancelled' | 'worker',
    readonly detail = '',
  ) {
    super(code);
  }
}

/** What the client needs of a file (a File, or anything that reads like one). */
export interface IntakeFile {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

interface Pending {
  request: IntakeRequest;
  source: IntakeFile;
  onProgress?: (done: number, total: number) => void;
  resolve: (answer: IntakeAnswer) => void;
  reject: (error: ImportFailure) => void;
}

let worker: Worker | null = null;
/** Files whose bytes the current worker was sent. */
let sent = new Set<number>();
const pending = new Map<number, Pending>();
let nextRequest = 0;
let nextFile = 0;
const fileIds = new WeakMap<object, number>();

function fileIdOf(file: IntakeFile): number {
  let id = fileIds.get(file);
  if (id === undefined) fileIds.set(file, (id = ++nextFile));
  return id;
}

/** Ends the worker, failing whatever it was still reading. */
function endWorker(error: ImportFailure): void {
  worker?.terminate();
  worker = null;
  sent = new Set();
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) p.reject(error);
}

function theWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./intake.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<IntakeResponse>) => {
    const message = event.data;
    const p = pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') p.onProgress?.(message.done, message.total);
    else if (message.type === 'missing') {
      sent.delete(p.request.file.fileId);
      void post(p);
    } else {
      pending.delete(message.id);
      if (message.type === 'done') p.resolve(message.answer);
      else p.reject(new ImportFailure(message.code, message.detail));
    }
  };
  started.onerror = (event) => endWorker(new ImportFailure('worker', event.message));
  worker = started;
  return started;
}

/** Sends a request, with the file's bytes unless the worker has them. */
async function post(p: Pending): Promise<void> {
  const { fileId } = p.request.file;
  const target = theWorker();
  if (sent.has(fileId) || p.request.job.kind === 'archive') {
    target.postMessage({ ...p.request, file: { fileId, fileName: p.request.file.fileName } } satisfies IntakeRequest);
    return;
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await p.source.arrayBuffer();
  } catch (e) {
    pending.delete(p.request.id);
    p.reject(new ImportFailure('unreadable', e instanceof Error ? e.message : String(e)));
    return;
  }
  // Cancelled while the file was being read.
  if (!pending.has(p.request.id) || worker !== target) return;
  sent.add(fileId);
  target.postMessage({ ...p.request, file: { fileId, fileName: p.request.file.fileName, bytes } } satisfies IntakeRequest, [bytes]);
}

function start(file: IntakeFile, job: IntakeJob, byteLimit: number, onProgress?: (done: number, total: number) => void): IntakeHandle<IntakeAnswer> {
  const id = ++nextRequest;
  const request: IntakeRequest = { id, file: { fileId: fileIdOf(file), fileName: file.name }, job };
  const promise = new Promise<IntakeAnswer>((resolve, reject) => {
    // Refused before reading: a file the browser cannot hold would freeze the tab while it is read.
    const tooLarge = sizeFailure(file.size, byteLimit);
    if (tooLarge) {
      reject(new ImportFailure(tooLarge.code, tooLarge.detail));
      return;
    }
    const p: Pending = { request, source: file, onProgress, resolve, reject };
    pending.set(id, p);
    void post(p);
  });
  const cancel = () => {
    if (pending.has(id)) endWorker(new ImportFailure('cancelled'));
  };
  return { promise, cancel };
}

const deviceMemory = (): number | undefined =>
  typeof navigator === 'undefined' ? undefined : (navigator as { deviceMemory?: number }).deviceMemory;

/** A map file for the workbench: its features, checked, in WGS-84. */
export function startImport(
  file: IntakeFile,
  options: { crs?: CrsId; encoding?: string; sheet?: string; districtBbox: BBox; onProgress: (done: number, total: number) => void },
): ImportHandle {
  const { onProgress, ...rest } = options;
  const handle = start(file, { kind: 'features', ...rest }, importByteLimit(deviceMemory()), onProgress);
  return {
    cancel: handle.cancel,
    promise: handle.promise.then((answer) => {
      if (answer.kind !== 'features') throw new ImportFailure('worker', answer.kind);
      return answer.result;
    }),
  };
}

/** A table (CSV, .xlsx) or JSON text, for the results. */
export function startTableRead(file: IntakeFile): IntakeHandle<TableRead> {
  const handle = start(file, { kind: 'table' }, TABLE_LIMITS.fileBytes);
  return {
    cancel: handle.cancel,
    promise: handle.promise.then((answer) => {
      if (answer.kind !== 'table') throw new ImportFailure('worker', answer.kind);
      return answer.table;
    }),
  };
}

/** A PMTiles archive's header and metadata, checked under the caps in the worker (the file is read there by ranges, not sent). */
export function startArchiveRead(job: Extract<IntakeJob, { kind: 'archive' }>): IntakeHandle<TileArchiveInfo> {
  const handle = start({ name: job.title, size: 0, arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) }, job, Infinity);
  return {
    cancel: handle.cancel,
    promise: handle.promise.then((answer) => {
      if (answer.kind !== 'archive') throw new ImportFailure('worker', answer.kind);
      return answer.info;
    }),
  };
}
