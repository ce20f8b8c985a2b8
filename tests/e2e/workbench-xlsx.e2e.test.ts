import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxSheet } from '../../src/intake/xlsxRead';
import { rowsToXlsx } from '../../src/workbench/formats/xlsxWrite';
import { fromWgs84 } from '../../src/workbench/crs';
import { AppDriver } from './support/driver';
import { badRowsXlsx, points4544Xlsx, truthPoint, twoSheetsXlsx, withFarCell } from '../support/xlsxFixtures';
import { withDeclaredSize, zerosZip } from '../support/zipBombs';

const file = (name: string, bytes: Uint8Array) => ({ name, buffer: Buffer.from(bytes) });

describe('Excel in the planners’ workbench', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.workbench.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports an .xlsx chosen in the file input, reporting bad rows by sheet and row and keeping the rest', async () => {
    await app.workbench.importFile(file('bad-rows.xlsx', await badRowsXlsx()));
    expect(await app.workbench.reviewSummary()).toContain('2 个要素可以载入，4 个有问题');
    const problems = await app.workbench.problemTexts();
    expect(problems.map((text) => text.split(': ')[0])).toEqual([
      '工作表“问题”第 3 行“缺纬度”',
      '工作表“问题”第 4 行“颠倒”',
      '工作表“问题”第 5 行“文字”',
      '工作表“问题”第 8 行“北京”',
    ]);
    const download = await app.workbench.downloadProblemsCsv();
    const csv = readFileSync(download.path, 'utf8').split('\r\n');
    expect(csv[0]).toBe('\uFEFFsheet,row,name,code,problem,what to do');
    expect(csv.slice(1, 5).map((line) => line.split(',').slice(0, 4).join(','))).toEqual([
      '问题,3,缺纬度,null-geometry',
      '问题,4,颠倒,swapped',
      '问题,5,文字,null-geometry',
      '问题,8,北京,far-outside',
    ]);
    await app.workbench.addImportToMap();
    await expect(app.workbench.layerCountText('bad-rows')).resolves.toContain('2');
  });

  it('detects EPSG:4544 in 10 000 rows, lands them within 1 m, and exports them as .xlsx in EPSG:4544, the system they came in', async () => {
    const count = 10_000;
    await app.workbench.importFile(file('gk-points.xlsx', await points4544Xlsx(count)));
    expect(await app.workbench.detectedCrsText()).toContain('EPSG:4544');
    expect(await app.workbench.reviewSummary()).toContain(`全部 ${count} 个要素`);
    await app.workbench.chooseCrsCandidate('epsg4544');
    await app.workbench.waitForCrsChosen();
    await app.workbench.addImportToMap();
    await app.workbench.showInTable('gk-points');
    const download = await app.workbench.downloadFile('wb-export-xlsx');
    expect(download.name).toBe('gk-points-EPSG4544.xlsx');
    const read = await readXlsxSheet(new Uint8Array(readFileSync(download.path)));
    const [header = [], ...rows] = read.rows;
    expect(header.slice(0, 4)).toEqual(['id', '名称', '面积', 'towns']);
    expect(header.slice(-3)).toEqual(['x_epsg4544', 'y_epsg4544', 'wkt']);
    expect(header.some((h) => String(h).startsWith('share_'))).toBe(true);
    expect(rows).toHaveLength(count);
    const to4544 = fromWgs84('epsg4544');
    const [xAt, yAt] = [header.indexOf('x_epsg4544'), header.indexOf('y_epsg4544')];
    let worst = 0;
    for (const row of rows) {
      const i = Number(String(row[1]).slice(1));
      const [x = NaN, y = NaN] = to4544(truthPoint(i, count));
      worst = Math.max(worst, Math.hypot(Number(row[xAt]) - x, Number(row[yAt]) - y));
      expect(row[2]).toBe(i % 97);
    }
    expect(worst).toBeLessThan(1);
  });

  it('passes over a cover sheet, and reads the sheet the user picks', async () => {
    await app.workbench.importFile(file('three-sheets.xlsx', await twoSheetsXlsx(5)));
    expect(await app.workbench.chosenSheet()).toBe('点位');
    expect(await app.workbench.sheetNames()).toEqual(['说明', '点位', '经纬度']);
    expect(await app.workbench.detectedCrsText()).toContain('EPSG:4544');
    await app.workbench.chooseSheet('经纬度');
    expect(await app.workbench.reviewSummary()).toContain('全部 2 个要素');
    expect(await app.workbench.detectedCrsText()).toContain('WGS-84');
    await app.workbench.discardImport();
  });

  it('shows script-like cells as text and runs nothing', async () => {
    // The driver dismisses every dialog the page opens and keeps its message.
    const dialogsBefore = app.dialogs.length;
    const script = '<img src=x onerror="alert(1)">';
    await app.workbench.importFile(
      file('script.xlsx', await rowsToXlsx([['name', 'lon', 'lat', 'link'], [script, 105.9, 29.35, '=HYPERLINK("http://evil.example","x")']], { keepFormulaText: true })),
    );
    await app.workbench.addImportToMap();
    await app.workbench.showInTable('script');
    expect(await app.workbench.firstRowText()).toContain(script);
    expect(await app.workbench.firstRowText()).toContain('=HYPERLINK(');
    expect(await app.workbench.tableImageCount()).toBe(0);
    expect(app.dialogs.length - dialogsBefore).toBe(0);
  });

  it('refuses a workbook reaching cell XFD1048576, saying why', async () => {
    await app.workbench.importFile(file('far.xlsx', withFarCell(await points4544Xlsx(10))));
    expect(await app.workbench.importError()).toContain('工作表超出可读取的范围');
  });

  it('refuses a zipped Shapefile that would inflate to 1.5 GB at once, pointing to PMTiles', async () => {
    const started = Date.now();
    await app.workbench.importFile(file('bomb.zip', withDeclaredSize(zerosZip('bomb.shp', 16), 1_500 * 1024 * 1024)));
    console.log(`zip bomb refused in the page after ${Date.now() - started} ms`);
    const error = (await app.workbench.importError()) ?? '';
    expect(error).toContain('bomb.shp');
    expect(error).toContain('PMTiles');
    expect(await app.workbench.workLayerIds()).toEqual(['bad-rows', 'gk-points', 'script']);
    expect(app.consoleErrors).toEqual([]);
  });
});
