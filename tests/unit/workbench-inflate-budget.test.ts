import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ArchiveError, listZipEntries, unzipWithBudget } from '../../src/intake/inflateBudget';
import { importByteLimit, sizeFailure } from '../../src/intake/limits';
import { tryImport } from '../../src/workbench/importPipeline';
import { polygon4544ShapefileZip } from '../support/workbenchFixtures';
import { withDeclaredSize, zerosZip } from '../support/zipBombs';

const districtBbox: [number, number, number, number] = [105.6, 29.0, 106.1, 29.6];
const MB = 1024 * 1024;

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  }
}

function refusal(run: () => unknown): ArchiveError {
  try {
    run();
  } catch (e) {
    if (e instanceof ArchiveError) return e;
    throw e;
  }
  throw new Error('expected the archive to be refused');
}

describe('unzipping against a budget', () => {
  it('gives the same entries as fflate for a zipped Shapefile and a mixed archive', async () => {
    const shapefile = await polygon4544ShapefileZip();
    expect(unzipWithBudget(shapefile)).toEqual(unzipSync(shapefile));
    const mixed = zipSync({
      '图层/地块.dbf': [new TextEncoder().encode('名称'.repeat(500)), { level: 6 }],
      'stored.prj': [new TextEncoder().encode('PROJCS["x"]'), { level: 0 }],
      'empty.cpg': new Uint8Array(0),
    });
    expect(unzipWithBudget(mixed)).toEqual(unzipSync(mixed));
    expect(listZipEntries(mixed).map((e) => [e.name, e.method])).toEqual([
      ['图层/地块.dbf', 8],
      ['stored.prj', 0],
      ['empty.cpg', 8],
    ]);
  });

  it('skips entries the filter leaves out, without inflating them', () => {
    const zip = zipSync({ 'keep.xml': new TextEncoder().encode('<a/>'), 'big.bin': new Uint8Array(4 * MB) });
    expect(Object.keys(unzipWithBudget(zip, { budget: MB, filter: (name) => name.endsWith('.xml') }))).toEqual(['keep.xml']);
  });

  it('refuses by the declared sizes before inflating anything', () => {
    // 32 MB of zeros whose central directory says 1.5 GB.
    const bomb = withDeclaredSize(zerosZip('bomb.shp', 32), 1_500 * MB);
    const error = timed('declared 1.5 GB, refused', () => refusal(() => unzipWithBudget(bomb)));
    expect(error.reason).toBe('declared-too-large');
    expect(error.entry).toBe('bomb.shp');
  });

  it('refuses by the bytes inflated when the declared sizes lie, as soon as the budget is passed', () => {
    const bomb = withDeclaredSize(zerosZip('liar.shp', 64), 100);
    expect(bomb.length).toBeLessThan(100_000);
    const error = timed('64 MB declared as 100 bytes, budget 8 MB, refused', () => refusal(() => unzipWithBudget(bomb, { budget: 8 * MB })));
    expect(error.reason).toBe('inflated-too-large');
    expect(error.budget).toBe(8 * MB);
  });

  it('refuses what is not a zip, and a damaged one, as such', () => {
    expect(refusal(() => unzipWithBudget(new TextEncoder().encode('not a zip at all, just text'))).reason).toBe('not-a-zip');
    const zip = zipSync({ 'a.shp': new Uint8Array(1000).fill(7) });
    const damaged = zip.slice();
    damaged.fill(0, 0, 30); // the local header
    expect(refusal(() => unzipWithBudget(damaged)).reason).toBe('corrupt');
  });

  it('tells the user a zipped Shapefile bomb is too large and names the entry, instead of inflating it', () => {
    const bomb = withDeclaredSize(zerosZip('bomb.shp', 32), 1_500 * MB);
    const outcome = timed('Shapefile bomb through the import pipeline', () => tryImport('bomb.zip', bomb, { districtBbox }));
    expect(outcome).toEqual({ ok: false, code: 'archive-too-large', detail: 'bomb.shp, > 256 MB' });
  });
});

describe('what an import may weigh', () => {
  it('scales the file limit with the device memory, within 64 and 256 MB, 128 MB when unknown', () => {
    expect(importByteLimit()).toBe(128 * MB);
    expect(importByteLimit(0.5)).toBe(64 * MB);
    expect(importByteLimit(4)).toBe(128 * MB);
    expect(importByteLimit(8)).toBe(256 * MB);
  });

  it('refuses a file over the limit with its size and the limit, and lets one under it through', () => {
    expect(sizeFailure(300 * MB, importByteLimit())).toEqual({ code: 'too-large', detail: '300 MB > 128 MB' });
    expect(sizeFailure(127 * MB, importByteLimit())).toBeNull();
  });
});
