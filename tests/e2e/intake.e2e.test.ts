/**
 * One way in (issue 19 part 1), as a hostile file and a planner meet it: the extent-bomb .xlsx
 * given to the results import, a PMTiles archive whose metadata is a gzip bomb, a .pmtiles and
 * a results template given to the workbench's one chooser, and an archive's attribution in the
 * credits. Memory is the page's JS heap (Chromium's figure after a garbage collection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsToXlsx, templateRows } from '../../src/results/tabular';
import { AppDriver } from './support/driver';
import { buildMetadataBombArchive, buildRasterArchive } from '../support/pmtiles/archives';
import { withFarCell } from '../support/xlsxFixtures';

const ARCHIVE_ATTRIBUTION = '<a href="https://evil.example/">Evil tiles</a>';

async function templateXlsx(): Promise<Uint8Array> {
  return new Uint8Array(await (await rowsToXlsx(templateRows())).arrayBuffer());
}

describe('one way in', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.results.openWorkbenchSection();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses the results .xlsx with a cell at XFD1048576 within 1 s, saying why, the heap growing under 50 MB', async () => {
    const bomb = withFarCell(await templateXlsx());
    expect(bomb.length).toBeLessThan(20_000);
    const before = await app.tiles.heapUsedMb();
    const started = Date.now();
    const answer = await app.results.importFile({ name: 'far.xlsx', buffer: Buffer.from(bomb) });
    const elapsed = Date.now() - started;
    const grown = (await app.tiles.heapUsedMb()) - before;
    console.info(`extent bomb refused by the results import after ${elapsed} ms; JS heap grew ${grown.toFixed(1)} MB`);
    expect(answer).toContain('无法读取 far.xlsx');
    expect(answer).toContain('工作表超出可读取的范围');
    expect(answer).toContain('16384');
    expect(elapsed).toBeLessThan(1000);
    expect(grown).toBeLessThan(50);
    // The section still reads an honest file afterwards.
    expect(await app.results.importFile({ name: 'results-template.xlsx', buffer: Buffer.from(await templateXlsx()) })).toContain('results-template.xlsx');
  });

  it('says so in English too', async () => {
    await app.language.switch();
    const answer = await app.results.importFile({ name: 'far.xlsx', buffer: Buffer.from(withFarCell(await templateXlsx())) });
    expect(answer).toContain('Could not read far.xlsx');
    expect(answer).toContain('the sheet reaches beyond what can be read');
    await app.language.switch();
  });

  it('routes a results template given to the workbench’s chooser to the results import', async () => {
    const name = 'results-template (2).xlsx';
    await app.workbench.startImport({ name, buffer: Buffer.from(await templateXlsx()) }, 'application/octet-stream');
    // (A filled-in template is imported the same way; this one has no figures yet.)
    expect(await app.results.importAnswerFor(name)).toContain(`导入 ${name}：0 行已保存`);
    expect(await app.tiles.importErrorCount()).toBe(0);
    expect(await app.tiles.importReviewCount()).toBe(0);
  });

  it('refuses a PMTiles archive whose metadata is a gzip bomb, naming the file and the part, the heap growing under 100 MB', async () => {
    const bomb = buildMetadataBombArchive(256);
    expect(bomb.length).toBeLessThan(400_000);
    const before = await app.tiles.heapUsedMb();
    expect(await app.tiles.openFile({ name: 'bomb.pmtiles', buffer: bomb })).toBe('failed');
    const grown = (await app.tiles.heapUsedMb()) - before;
    console.info(`PMTiles metadata bomb refused; JS heap grew ${grown.toFixed(1)} MB`);
    const error = (await app.tiles.errorText('bomb.pmtiles')) ?? '';
    expect(error).toContain('无法打开 bomb.pmtiles');
    expect(error).toContain('元数据');
    expect(error).toContain('16 MB');
    expect(grown).toBeLessThan(100);
  });

  it('opens a .pmtiles chosen in the workbench’s import chooser as a PMTiles layer, not as an import', async () => {
    expect(await app.tiles.openFile({ name: 'overlay.pmtiles', buffer: buildRasterArchive(ARCHIVE_ATTRIBUTION) })).toBe('open');
    expect(await app.tiles.firstDetailTerm('overlay.pmtiles')).toContain('PNG');
    expect(await app.tiles.importErrorCount()).toBe(0);
    expect(await app.tiles.importReviewCount()).toBe(0);
  });

  it('shows the archive’s attribution in the credits as text, never as a link', async () => {
    await app.waitForMapIdle();
    await app.tiles.waitForAttributionText(ARCHIVE_ATTRIBUTION);
    expect(await app.tiles.attributionLinks()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
