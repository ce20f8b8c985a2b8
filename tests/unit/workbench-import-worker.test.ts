import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { boundsOfDistrict } from '../../src/workbench/district';
import { ImportFailure, startImport } from '../../src/workbench/importClient';
import type { ImportRequest, ImportResponse } from '../../src/workbench/importProtocol';
import { manyPointsGeoJson } from '../support/workbenchFixtures';
import { points4544Xlsx } from '../support/xlsxFixtures';
import { withDeclaredSize, zerosZip } from '../support/zipBombs';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);
const MB = 1024 * 1024;

/** The worker's global scope, stood in for: what it posts is recorded. */
const posted: ImportResponse[] = [];
const scope: { onmessage: ((event: { data: ImportRequest }) => Promise<void>) | null; postMessage: (m: ImportResponse) => void } = {
  onmessage: null,
  postMessage: (message) => posted.push(message),
};

async function send(fileName: string, bytes: Uint8Array, extra: Partial<ImportRequest> = {}): Promise<ImportResponse[]> {
  posted.length = 0;
  await scope.onmessage?.({ data: { fileName, bytes: bytes.slice().buffer, districtBbox, ...extra } });
  return [...posted];
}

describe('the import worker’s messages', () => {
  beforeAll(async () => {
    vi.stubGlobal('self', scope);
    await import('../../src/workbench/import.worker');
    vi.unstubAllGlobals();
  });

  it('reports progress through a large GeoJSON in order, then the result', async () => {
    const messages = await send('many.geojson', new TextEncoder().encode(manyPointsGeoJson(50_000)));
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(25);
    const done = progress.map((m) => (m.type === 'progress' ? m.done : -1));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ type: 'progress', done: 50_000, total: 50_000 });
    const last = messages.at(-1);
    expect(last?.type === 'done' && last.result.features.length).toBe(50_000);
  });

  it('reads the sheet asked for, and answers a zip bomb with an error, not a crash', async () => {
    const xlsx = await send('p.xlsx', await points4544Xlsx(10), { sheet: '点位' });
    const last = xlsx.at(-1);
    expect(last?.type === 'done' && [last.result.sheet, last.result.features.length]).toEqual(['点位', 10]);
    const bomb = await send('bomb.zip', withDeclaredSize(zerosZip('bomb.shp', 8), 1_500 * MB));
    expect(bomb).toEqual([{ type: 'error', code: 'archive-too-large', detail: 'bomb.shp, > 256 MB' }]);
    expect(await send('p.xlsx', await points4544Xlsx(3), { sheet: 'nope' })).toEqual([{ type: 'error', code: 'xlsx-sheet', detail: 'nope' }]);
  });
});

/** A Worker that records what it is sent and whether it was ended. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: { data: ImportResponse }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  sent: ImportRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: ImportRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('the import client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('passes progress on, and cancelling ends the worker and rejects as cancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: number[] = [];
    const handle = startImport(new File(['{}'], 'a.geojson'), { districtBbox, sheet: 'S', onProgress: (done) => progress.push(done) });
    await vi.waitFor(() => expect(FakeWorker.last?.sent).toHaveLength(1));
    const worker = FakeWorker.last!;
    expect(worker.sent[0]).toMatchObject({ fileName: 'a.geojson', sheet: 'S' });
    worker.onmessage?.({ data: { type: 'progress', done: 2000, total: 10_000 } });
    expect(progress).toEqual([2000]);
    handle.cancel();
    await expect(handle.promise).rejects.toEqual(new ImportFailure('cancelled'));
    expect(worker.terminated).toBe(true);
  });

  it('refuses a file too large for the browser before reading it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    let read = false;
    const huge = { name: 'huge.geojson', size: 300 * MB, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) } as unknown as File;
    const handle = startImport(huge, { districtBbox, onProgress: () => undefined });
    await expect(handle.promise).rejects.toMatchObject({ code: 'too-large', detail: '300 MB > 128 MB' });
    expect(read).toBe(false);
    expect(FakeWorker.last?.terminated).toBe(true);
    expect(FakeWorker.last?.sent).toEqual([]);
  });
});
