/**
 * The intake's one worker and its client: progress, the worker kept for the session, bytes
 * kept in the worker for a re-read, cancel, refusals by size before reading, and the results'
 * tables read in the worker under the sheet limits.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { boundsOfDistrict } from '../../src/workbench/district';
import { ImportFailure, startImport, startTableRead } from '../../src/intake/client';
import type { IntakeJob, IntakeRequest, IntakeResponse } from '../../src/intake/protocol';
import { manyPointsGeoJson } from '../support/workbenchFixtures';
import { points4544Xlsx, withFarCell } from '../support/xlsxFixtures';
import { withDeclaredSize, zerosZip } from '../support/zipBombs';
import { buildMetadataBombArchive, buildRasterArchive } from '../support/pmtiles/archives';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);
const MB = 1024 * 1024;

/** The worker's global scope, stood in for: what it posts is recorded. */
const posted: IntakeResponse[] = [];
const scope: { onmessage: ((event: { data: IntakeRequest }) => Promise<void>) | null; postMessage: (m: IntakeResponse) => void } = {
  onmessage: null,
  postMessage: (message) => posted.push(message),
};

let fileIds = 0;
const features = (extra: Partial<Extract<IntakeJob, { kind: 'features' }>> = {}): IntakeJob => ({ kind: 'features', districtBbox, ...extra });

async function send(fileName: string, bytes: Uint8Array | null, job: IntakeJob = features(), fileId = ++fileIds): Promise<IntakeResponse[]> {
  posted.length = 0;
  await scope.onmessage?.({ data: { id: 1, file: { fileId, fileName, ...(bytes ? { bytes: bytes.slice().buffer } : {}) }, job } });
  return [...posted];
}

describe('the intake worker’s messages', () => {
  beforeAll(async () => {
    vi.stubGlobal('self', scope);
    await import('../../src/intake/intake.worker');
    vi.unstubAllGlobals();
  });

  it('reports progress through a large GeoJSON in order, then the result', async () => {
    const messages = await send('many.geojson', new TextEncoder().encode(manyPointsGeoJson(50_000)));
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(25);
    const done = progress.map((m) => (m.type === 'progress' ? m.done : -1));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ id: 1, type: 'progress', done: 50_000, total: 50_000 });
    const last = messages.at(-1);
    expect(last?.type === 'done' && last.answer.kind === 'features' && last.answer.result.features.length).toBe(50_000);
  });

  it('reads the sheet asked for, and answers a zip bomb with an error, not a crash', async () => {
    const xlsx = await send('p.xlsx', await points4544Xlsx(10), features({ sheet: '点位' }));
    const last = xlsx.at(-1);
    expect(last?.type === 'done' && last.answer.kind === 'features' && [last.answer.result.sheet, last.answer.result.features.length]).toEqual(['点位', 10]);
    const bomb = await send('bomb.zip', withDeclaredSize(zerosZip('bomb.shp', 8), 1_500 * MB));
    expect(bomb).toEqual([{ id: 1, type: 'error', code: 'archive-too-large', detail: 'bomb.shp, > 256 MB' }]);
    expect(await send('p.xlsx', await points4544Xlsx(3), features({ sheet: 'nope' }))).toEqual([{ id: 1, type: 'error', code: 'xlsx-sheet', detail: 'nope' }]);
  });

  it('keeps the bytes of a file: read again by its id alone, in another system, without sending them', async () => {
    const id = ++fileIds;
    const first = (await send('gk.xlsx', await points4544Xlsx(5), features(), id)).at(-1);
    expect(first?.type === 'done' && first.answer.kind === 'features' && first.answer.result.crs).toBe('epsg4544');
    const again = (await send('gk.xlsx', null, features({ crs: 'epsg4523' }), id)).at(-1);
    expect(again?.type === 'done' && again.answer.kind === 'features' && [again.answer.result.crs, again.answer.result.total]).toEqual(['epsg4523', 5]);
    // Only the latest files are kept: one never sent, or long pushed out, is asked for again.
    expect(await send('never.geojson', null)).toEqual([{ id: 1, type: 'missing' }]);
    await send('a.geojson', new TextEncoder().encode(manyPointsGeoJson(2)));
    await send('b.geojson', new TextEncoder().encode(manyPointsGeoJson(2)));
    expect(await send('gk.xlsx', null, features(), id)).toEqual([{ id: 1, type: 'missing' }]);
  });

  it('reads a results table, and refuses a workbook reaching XFD1048576 at once, before any reader pads it', async () => {
    const table = (await send('t.csv', new TextEncoder().encode('measure,year,value\nx,2025,1\n'), { kind: 'table' })).at(-1);
    expect(table).toEqual({ id: 1, type: 'done', answer: { kind: 'table', table: { kind: 'rows', rows: [['measure', 'year', 'value'], ['x', '2025', '1']] } } });
    const far = withFarCell(await points4544Xlsx(10));
    const started = performance.now();
    const refused = await send('far.xlsx', far, { kind: 'table' });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(refused).toEqual([{ id: 1, type: 'error', code: 'xlsx-limits', detail: 'xl/worksheets/sheet1.xml: 16384 columns > 200' }]);
  });

  it('reads a PMTiles archive’s header and metadata in place, and refuses one whose metadata is a gzip bomb', async () => {
    const archive = (bytes: Buffer, title: string): IntakeJob => ({ kind: 'archive', place: { blob: new Blob([new Uint8Array(bytes)]) }, title, bytes: bytes.length });
    const bomb = buildMetadataBombArchive(32);
    expect(await send('bomb.pmtiles', null, archive(bomb, 'bomb'))).toEqual([{ id: 1, type: 'error', code: 'metadata-too-large', detail: '16 MB' }]);
    const [opened] = await send('raster.pmtiles', null, archive(buildRasterArchive(), 'raster'));
    expect(opened?.type === 'done' && opened.answer.kind === 'archive' && [opened.answer.info.kind, opened.answer.info.minZoom, opened.answer.info.maxZoom]).toEqual(['raster', 8, 10]);
    expect(await send('text.pmtiles', null, archive(Buffer.from('hello, world'), 'text'))).toEqual([{ id: 1, type: 'error', code: 'not-pmtiles', detail: 'hello, ' }]);
  });
});

/** A Worker that records what it is sent and whether it was ended. */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: { data: IntakeResponse }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  sent: IntakeRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  static get last(): FakeWorker | undefined {
    return FakeWorker.all.at(-1);
  }
  postMessage(request: IntakeRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: IntakeResponse) {
    this.onmessage?.({ data: response });
  }
}

const doneWith = (request: IntakeRequest | undefined, crs: string): IntakeResponse => ({
  id: request!.id,
  type: 'done',
  answer: { kind: 'features', result: { fileName: 'a', format: 'geojson', crs, crsReason: 'user', notices: [], total: 0, features: [], problems: [] } as never },
});

describe('the intake client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps one worker for the session, and sends a file’s bytes to it once', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const file = new File(['{"type":"FeatureCollection","features":[]}'], 'a.geojson');
    const first = startImport(file, { districtBbox, onProgress: () => undefined });
    await vi.waitFor(() => expect(FakeWorker.last?.sent).toHaveLength(1));
    const worker = FakeWorker.last!;
    expect(worker.sent[0]!.file.bytes?.byteLength).toBe(file.size);
    worker.answer(doneWith(worker.sent[0], 'wgs84'));
    await first.promise;
    // Read again in another system: the same worker, the file named by its id, no bytes.
    const again = startImport(file, { districtBbox, crs: 'epsg4523', onProgress: () => undefined });
    await vi.waitFor(() => expect(worker.sent).toHaveLength(2));
    expect(worker.sent[1]).toMatchObject({ file: { fileId: worker.sent[0]!.file.fileId, fileName: 'a.geojson' }, job: { kind: 'features', crs: 'epsg4523' } });
    expect(worker.sent[1]!.file.bytes).toBeUndefined();
    // The worker no longer has them: they are sent again.
    worker.answer({ id: worker.sent[1]!.id, type: 'missing' });
    await vi.waitFor(() => expect(worker.sent).toHaveLength(3));
    expect(worker.sent[2]!.file.bytes?.byteLength).toBe(file.size);
    worker.answer(doneWith(worker.sent[2], 'epsg4523'));
    await expect(again.promise).resolves.toMatchObject({ crs: 'epsg4523' });
    // A results table goes to the same worker.
    // (Left unanswered: the next test's cancel ends the worker, failing it as cancelled too.)
    startTableRead(new File(['measure'], 'r.csv')).promise.catch(() => undefined);
    await vi.waitFor(() => expect(worker.sent).toHaveLength(4));
    expect(worker.sent[3]!.job).toEqual({ kind: 'table' });
    expect(FakeWorker.all.filter((w) => !w.terminated)).toEqual([worker]);
  });

  it('passes progress on; cancelling ends the worker and rejects as cancelled; the next file starts a new one', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: number[] = [];
    const handle = startImport(new File(['{}'], 'b.geojson'), { districtBbox, sheet: 'S', onProgress: (done) => progress.push(done) });
    await vi.waitFor(() => expect(FakeWorker.last?.sent.at(-1)?.file.fileName).toBe('b.geojson'));
    const worker = FakeWorker.last!;
    const request = worker.sent.at(-1)!;
    expect(request.job).toMatchObject({ kind: 'features', sheet: 'S' });
    worker.answer({ id: request.id, type: 'progress', done: 2000, total: 10_000 });
    expect(progress).toEqual([2000]);
    handle.cancel();
    await expect(handle.promise).rejects.toEqual(new ImportFailure('cancelled'));
    expect(worker.terminated).toBe(true);
    startImport(new File(['{}'], 'c.geojson'), { districtBbox, onProgress: () => undefined });
    await vi.waitFor(() => expect(FakeWorker.last).not.toBe(worker));
    await vi.waitFor(() => expect(FakeWorker.last!.sent[0]?.file.bytes).toBeDefined());
  });

  it('refuses a file too large for the browser, or a results file over its limit, before reading it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    let read = false;
    const huge = { name: 'huge.geojson', size: 300 * MB, arrayBuffer: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) };
    const before = FakeWorker.all.map((w) => w.sent.length);
    await expect(startImport(huge, { districtBbox, onProgress: () => undefined }).promise).rejects.toMatchObject({ code: 'too-large', detail: '300 MB > 128 MB' });
    await expect(startTableRead({ ...huge, name: 'r.xlsx', size: 3 * MB }).promise).rejects.toMatchObject({ code: 'too-large', detail: '3.0 MB > 2.0 MB' });
    expect(read).toBe(false);
    expect(FakeWorker.all.map((w) => w.sent.length)).toEqual(before);
  });
});
