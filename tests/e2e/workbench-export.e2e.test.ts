/**
 * A planner gets the file back (issue #22): an EPSG:4544 Shapefile imported in the
 * workbench and exported from the attribute table as a zipped Shapefile in EPSG:4544 (the
 * system it came in, chosen by default), in GBK on request, and as CSV in a system typed
 * by its EPSG code. Each download is read back by the workbench's own import in Node and,
 * where installed, by GDAL.
 */
import { unzipSync } from 'fflate';
import type { Polygon, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundsOfDistrict } from '../../src/workbench/district';
import { runImport } from '../../src/workbench/importPipeline';
import { definitionFromWgs84 } from '../../src/workbench/crs';
import { GDAL_AVAILABLE, ogrEpsg, tempFolder } from '../support/gdal';
import { distanceM, polygon4544ShapefileZip, TRUTH } from '../support/workbenchFixtures';
import { definitionOf, nodeEpsg } from '../support/workbenchFiles';
import { AppDriver } from './support/driver';

const districtBbox = boundsOfDistrict(JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection);
const epsg = nodeEpsg();

function expectOnTruth(polygon: Polygon, toleranceM: number): void {
  const ring = polygon.coordinates[0]!;
  for (const p of TRUTH.coordinates[0]!) expect(Math.min(...ring.map((q: Position) => distanceM(p, q)))).toBeLessThan(toleranceM);
}

describe('exporting a layer as a planner’s office needs it', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
    await app.workbench.open();
    await app.workbench.importFile({ name: 'parcel-4544.zip', buffer: Buffer.from(await polygon4544ShapefileZip()) });
    await app.workbench.addImportToMap();
    await app.workbench.showInTable('parcel-4544');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('offers the system the layer came in, and writes a Shapefile in it whose .prj GDAL reads as EPSG:4544', async () => {
    expect(await app.workbench.exportCrs()).toBe('epsg4544');
    const download = await app.workbench.downloadFile('wb-export-shapefile');
    expect(download.name).toBe('parcel-4544-EPSG4544-shp.zip');
    expect(await app.workbench.exportReportText()).toContain('parcel-4544（面 1 个）');
    const files = unzipSync(new Uint8Array(download.bytes));
    expect(Object.keys(files).sort()).toEqual(['parcel-4544.cpg', 'parcel-4544.dbf', 'parcel-4544.prj', 'parcel-4544.shp', 'parcel-4544.shx']);
    expect(new TextDecoder().decode(files['parcel-4544.cpg'])).toBe('UTF-8');
    const back = runImport(download.name, new Uint8Array(download.bytes), { districtBbox, epsg });
    expect(back.crs).toBe('epsg4544');
    expect(back.features[0]?.properties).toMatchObject({ name: 'parcel', code: 'A-1' });
    expectOnTruth(back.features[0]!.geometry as Polygon, 0.01);
    if (GDAL_AVAILABLE) {
      const tmp = tempFolder();
      try {
        expect(ogrEpsg(`/vsizip/${tmp.write('out.zip', download.bytes)}/parcel-4544.shp`, 'parcel-4544')).toBe(4544);
      } finally {
        tmp.done();
      }
    }
  });

  it('writes GBK on request, with code page 936 in the .cpg', async () => {
    await app.workbench.chooseExportEncoding('gbk');
    const download = await app.workbench.downloadFile('wb-export-shapefile');
    const files = unzipSync(new Uint8Array(download.bytes));
    expect(new TextDecoder().decode(files['parcel-4544.cpg'])).toBe('936');
    expect(files['parcel-4544.dbf']![29]).toBe(0x4d);
  });

  it('writes CSV in a system typed by its EPSG code, x/y and WKT in it', async () => {
    await app.workbench.chooseExportCrs('other', '32648');
    const download = await app.workbench.downloadFile('wb-export-csv');
    expect(download.name).toBe('parcel-4544-EPSG32648.csv');
    const rows = Papa.parse<Record<string, string>>(download.bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!['area_km2'])).toBeGreaterThan(5);
    const utm = definitionFromWgs84(definitionOf(32648));
    const [x = 0, y = 0] = utm(TRUTH.coordinates[0]![0]!);
    const first = /^POLYGON \(\(([\d.]+) ([\d.]+),/.exec(rows[0]!['wkt'] ?? '');
    expect(first).not.toBeNull();
    const corners = (rows[0]!['wkt'] ?? '').replace(/^POLYGON \(\(|\)\)$/g, '').split(', ').map((p) => p.split(' ').map(Number));
    expect(Math.min(...corners.map(([cx = 0, cy = 0]) => Math.hypot(cx - x, cy - y)))).toBeLessThan(0.01);
  });

  it('says so when the typed code is not a system it can write', async () => {
    await app.workbench.chooseExportCrs('other', '99999');
    expect(await app.workbench.exportRefused('wb-export-csv')).toContain('EPSG:99999');
  });
});
