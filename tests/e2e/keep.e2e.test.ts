/**
 * Work kept in the browser (issue 19, part 3): a saved record the app cannot use is kept as a
 * backup the workbench offers (download, discard) and never overwritten, a record of a newer
 * version survives an edit, and a second tab is told that another keeps the work instead of
 * overwriting it. Records are written into IndexedDB by the test before the app loads them.
 * TEST DATA only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';

const WORKBENCH = 'yongchuan-workbench-v1';
const RESULTS = 'yongchuan-results-v1';

const layer = (id: string) => ({
  id,
  name: `测试图层 ${id}`,
  origin: 'drawing',
  features: [{ type: 'Feature', id: 'd1', properties: { name: '测试点' }, geometry: { type: 'Point', coordinates: [105.9, 29.35] } }],
  visible: true,
  parkLinks: {},
});

const pointFile = (name: string, lon: number) => ({
  name,
  buffer: Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: `测试 ${name}` }, geometry: { type: 'Point', coordinates: [lon, 29.35] } }],
    }),
  ),
});

/** The keys of the backups kept of a record. */
const backupKeysOf = async (app: AppDriver, key: string) => (await app.keep.keys()).filter((k) => k.startsWith(`${key}.backup.`));

describe('a saved record the app cannot use', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('starts, offers the damaged record as a backup of the original bytes, keeps it across reloads, and discards it only when asked', async () => {
    // Cut off in the middle of a write, as a crash would leave it.
    const truncated = '{"version":1,"layers":[{"id":"parcels","features":[{"type":"Fea';
    await app.keep.writeRecord(WORKBENCH, truncated);
    await app.reload();
    await app.waitForMapIdle();
    await app.workbench.open();
    expect(await app.keep.backupNoticeText()).toContain('损坏');
    const file = await app.keep.downloadBackup();
    expect(file.name).toMatch(/^yongchuan-workbench-backup-.*\.json$/);
    expect(file.bytes.toString('utf8')).toBe(truncated);

    // Nothing is lost: after another reload the backup is still there and still offered.
    await app.reload();
    await app.waitForMapIdle();
    await app.workbench.open();
    await app.keep.backupNoticeText();
    const [backupKey] = await backupKeysOf(app, WORKBENCH);
    expect(await app.keep.readRecord(backupKey!)).toMatchObject({ record: truncated, reason: 'malformed' });

    await app.keep.discardBackup();
    expect(await backupKeysOf(app, WORKBENCH)).toEqual([]);
  });

  it('restores the good layers of a record whose other layer is broken ("features is not iterable" before), and offers the whole original', async () => {
    const broken = { version: 1, savedAt: '2026-11-30T08:00:00.000Z', layers: [{ ...layer('broken'), features: { type: 'FeatureCollection' } }, layer('good')] };
    await app.keep.writeRecord(WORKBENCH, broken);
    await app.reload();
    await app.waitForMapIdle();
    await app.workbench.open();
    expect(await app.keep.backupNoticeText()).toContain('features is not a list');
    await app.workbench.waitForLayer('good');
    expect(await app.workbench.workLayerIds()).toEqual(['good']);
    const file = await app.keep.downloadBackup();
    expect(JSON.parse(file.bytes.toString('utf8'))).toEqual(broken);
    expect(app.consoleErrors.filter((e) => /not iterable/.test(e))).toEqual([]);
    await app.keep.discardBackup();
  });

  it('keeps a record of a newer version through an edit: the edit is saved, the newer record stays readable in its backup', async () => {
    const newer = { version: 2, savedAt: '2027-06-01T08:00:00.000Z', layers: [layer('from-the-future')], sketches: [{ note: '新版本才有的内容' }] };
    await app.keep.writeRecord(WORKBENCH, newer);
    await app.reload();
    await app.waitForMapIdle();
    await app.workbench.open();
    expect(await app.keep.backupNoticeText()).toContain('较新版本');

    await app.workbench.importFile(pointFile('today.geojson', 105.9));
    await app.workbench.addImportToMap();
    await app.workbench.waitForSaved();
    expect(await app.keep.readRecord(WORKBENCH)).toMatchObject({ version: 1, layers: [{ id: 'today' }] });
    const [backupKey] = await backupKeysOf(app, WORKBENCH);
    expect(await app.keep.readRecord(backupKey!)).toMatchObject({ reason: 'newer', record: newer });
  });

  it('offers a damaged results record in the results section too, and the app still starts', async () => {
    await app.keep.writeRecord(RESULTS, { version: 1, results: 'not a list' });
    await app.reload();
    await app.waitForMapIdle();
    await app.results.openWorkbenchSection();
    expect(await app.keep.backupNoticeText('results')).toContain('已录入的成果');
    const [backupKey] = await backupKeysOf(app, RESULTS);
    expect(await app.keep.readRecord(backupKey!)).toMatchObject({ record: { version: 1, results: 'not a list' } });
  });
});

describe('the app open in two tabs', () => {
  let first: AppDriver;
  let second: AppDriver;

  beforeAll(async () => {
    first = await AppDriver.open();
    await first.workbench.open();
    await first.workbench.importFile(pointFile('first.geojson', 105.9));
    await first.workbench.addImportToMap();
    await first.workbench.waitForSaved();
    second = await first.openSecondTab();
  });

  afterAll(async () => {
    await first?.close();
  });

  it('tells the second tab that the first keeps the work, shows that work, and refuses edits there', async () => {
    expect(await second.keep.waitForElsewhere()).toContain('另一个标签页');
    expect(await first.keep.isElsewhereShown()).toBe(false);
    await second.workbench.open();
    await second.workbench.waitForLayer('first');
    await second.workbench.importFile(pointFile('second.geojson', 105.95));
    await second.workbench.tryAddImportToMap();
    expect(await second.keep.waitForElsewhere()).toContain('刚才的修改没有执行');
    expect(await second.workbench.workLayerIds()).toEqual(['first']);
    expect(await second.keep.readRecord(WORKBENCH)).toMatchObject({ layers: [{ id: 'first' }] });
  });

  it('takes over on request: the first tab is told in turn, and the second tab’s edit is kept beside the first’s', async () => {
    await second.keep.takeOver();
    await first.keep.waitForElsewhere();
    // The review was kept while the edit was refused: it can be added now.
    await second.workbench.addImportToMap();
    await second.workbench.waitForSaved();
    expect(await second.workbench.workLayerIds()).toEqual(['first', 'second']);
    expect(await first.keep.readRecord(WORKBENCH)).toMatchObject({ layers: [{ id: 'first' }, { id: 'second' }] });
  });
});
