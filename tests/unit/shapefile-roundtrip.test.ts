/**
 * A planner's round trip (issue #22): an EPSG:4544 Shapefile imported, one vertex moved,
 * exported in EPSG:4544 (the system it came in, by default), read back through the
 * workbench and through GDAL: every untouched vertex within 1 mm, the attributes unchanged.
 * And the writer's own parts: field names within 10 bytes, GBK text, the ESRI .prj.
 */
import { readFileSync } from 'node:fs';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readPrjTable } from '../../scripts/build/epsgTable';
import { parseWkt, toEsriWkt } from '../../scripts/build/esriWkt';
import { definitionFromWgs84, PRJ_4544 } from '../../src/workbench/crs';
import { boundsOfDistrict } from '../../src/workbench/district';
import { defaultExportCrs, exportCrs } from '../../src/workbench/exportCrs';
import { shapefileZip } from '../../src/workbench/exportShapefile';
import { fieldNames, writeDbf } from '../../src/workbench/formats/dbfWrite';
import { readDbfHeader, readDbfRows } from '../../src/workbench/formats/dbf';
import { encodeText } from '../../src/workbench/formats/textEncode';
import { runImport } from '../../src/workbench/importPipeline';
import { setFeatureGeometry } from '../../src/workbench/layers';
import type { WorkLayer } from '../../src/workbench/types';
import { GDAL_AVAILABLE, ogrEpsg, ogrRead, tempFolder } from '../support/gdal';
import { distanceM, TRUTH } from '../support/workbenchFixtures';
import { dbfBytes, definitionOf, encode, nodeEpsg, projectPolygon, shapefileParts, zipShapefile } from '../support/workbenchFiles';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);
const epsg = nodeEpsg();
const prjTable = readPrjTable();
const tables = { epsg, prjOf: (code: number) => prjTable[String(code)] };
const to4544 = definitionFromWgs84(definitionOf(4544));
const ATTRIBUTES: Record<string, string> = { name: '老城测试地块', code: 'A-1', 面积: '12.5', 用途: '工业用地' };
const MOVED = 2;

async function importedLayer(): Promise<{ layer: WorkLayer; source: Polygon }> {
  const source = projectPolygon(TRUTH, to4544);
  // The geometry from @mapbox/shp-write, the attributes byte by byte (shp-write mangles Chinese text and names).
  const parts = await shapefileParts([{ type: 'Feature', properties: {}, geometry: source }]);
  const dbf = dbfBytes(Object.keys(ATTRIBUTES), [Object.values(ATTRIBUTES).map((v) => encode(v, 'utf-8'))]);
  const result = runImport('parcel.zip', zipShapefile('parcel', { ...parts, dbf, prj: PRJ_4544, cpg: 'UTF-8' }), { districtBbox, epsg });
  expect(result.features[0]?.properties).toEqual(ATTRIBUTES);
  expect(result.crs).toBe('epsg4544');
  expect(result.features).toHaveLength(1);
  const layer: WorkLayer = {
    id: 'parcel',
    name: 'parcel',
    origin: 'import',
    source: { fileName: result.fileName, format: result.format, crs: result.crs, crsReason: result.crsReason },
    features: result.features,
    visible: true,
    parkLinks: {},
  };
  return { layer, source };
}

const ring = (g: unknown): Position[] => (g as Polygon).coordinates[0]!.slice(0, -1);

describe('an EPSG:4544 Shapefile imported, edited and exported in EPSG:4544', () => {
  it('comes back through the workbench and through GDAL with every untouched vertex within 1 mm and its attributes unchanged', async () => {
    const { layer, source } = await importedLayer();
    const feature = layer.features[0]!;
    const before = ring(feature.geometry);
    const moved: Position = [before[MOVED]![0]! + 0.0002, before[MOVED]![1]! + 0.0001];
    const edited = setFeatureGeometry([layer], layer.id, feature.id, {
      type: 'Polygon',
      coordinates: [[...before.map((p, i) => (i === MOVED ? moved : p)), before[0]!]],
    })[0]!;

    const crsId = defaultExportCrs(edited);
    expect(crsId).toBe('epsg4544');
    const crs = exportCrs(crsId, tables)!;
    const { bytes, report } = shapefileZip(edited.features, 'parcel', crs, 'utf-8');
    expect(report.sets).toEqual([{ name: 'parcel', kind: 'polygons', count: 1 }]);

    // Through the workbench.
    const back = runImport('parcel-4544.zip', bytes, { districtBbox, epsg });
    expect(back.crs).toBe('epsg4544');
    expect(back.problems).toEqual([]);
    expect(back.features[0]?.properties).toMatchObject(ATTRIBUTES);
    const again = ring(back.features[0]!.geometry);
    expect(again).toHaveLength(before.length);
    for (let i = 0; i < before.length; i++) {
      const want = i === MOVED ? moved : before[i]!;
      expect(Math.min(...again.map((q) => distanceM(q, want))), `vertex ${i}`).toBeLessThan(0.001);
    }

    // Through GDAL, in the file's own metres, against the source file's coordinates.
    if (!GDAL_AVAILABLE) return; // exports-gdal.test.ts fails under CI=true without GDAL
    const tmp = tempFolder();
    try {
      const zip = tmp.write('parcel-4544.zip', bytes);
      expect(ogrEpsg(`/vsizip/${zip}/parcel.shp`, 'parcel')).toBe(4544);
      const read = ogrRead(`/vsizip/${zip}/parcel.shp`);
      expect(read.features).toHaveLength(1);
      expect(read.features[0]!.properties).toMatchObject(ATTRIBUTES);
      const metres = ring(read.features[0]!.geometry);
      const sourceRing = ring(source);
      for (let i = 0; i < sourceRing.length; i++) {
        const want = i === MOVED ? to4544(moved) : sourceRing[i]!;
        const nearest = Math.min(...metres.map((q) => Math.hypot(q[0]! - want[0]!, q[1]! - want[1]!)));
        expect(nearest, `vertex ${i}`).toBeLessThan(0.001);
      }
    } finally {
      tmp.done();
    }
  });
});

describe('the Shapefile writer’s parts', () => {
  it('fits field names in 10 bytes, unique regardless of case, and reports each one renamed', () => {
    const { names, renamed } = fieldNames(['name', 'population_2025', 'population_2030', 'NAME', '用地性质代码'], 'utf-8');
    expect(names).toEqual(['name', 'population', 'populati_1', 'NAME_1', '用地性']);
    for (const n of names) expect(encodeText(n, 'utf-8').bytes.length).toBeLessThanOrEqual(10);
    expect(renamed).toEqual([
      { from: 'population_2025', to: 'population' },
      { from: 'population_2030', to: 'populati_1' },
      { from: 'NAME', to: 'NAME_1' },
      { from: '用地性质代码', to: '用地性' },
    ]);
    expect(fieldNames(['用地性质代码'], 'gbk').names).toEqual(['用地性质代']);
  });

  it('writes typed fields its own reader reads back: numbers, booleans, text in GBK with language driver 0x4D', () => {
    const rows = [
      { 名称: '凤凰湖', n: -3.5, ok: true, big: 12345678901 },
      { 名称: '港桥', n: 0.125, ok: false, big: null },
    ];
    const { bytes } = writeDbf(['名称', 'n', 'ok', 'big'], rows, 'gbk');
    const decode = (b: Uint8Array) => new TextDecoder('gbk').decode(b);
    const header = readDbfHeader(bytes, decode);
    expect(header.ldid).toBe(0x4d);
    expect(header.fields.map((f) => [f.name, f.type])).toEqual([['名称', 'C'], ['n', 'N'], ['ok', 'L'], ['big', 'N']]);
    expect(readDbfRows(bytes, header, decode)).toEqual(rows);
    expect(encodeText('凤凰湖', 'gbk').bytes).toEqual(encode('凤凰湖', 'gbk'));
    expect(encodeText('😀', 'gbk')).toEqual({ bytes: Uint8Array.of(0x3f), unencodable: 1 });
  });

  it('writes the ESRI .prj of EPSG:4544 as ArcGIS names its parts, and leaves out what ESRI WKT has not', () => {
    const esri = prjTable['4544']!;
    expect(toEsriWkt(esri)).toBe(esri); // already ESRI: nothing left to change
    expect(esri).toMatch(/^PROJCS\["CGCS2000_3_Degree_GK_CM_105E",GEOGCS\["GCS_China_Geodetic_Coordinate_System_2000",DATUM\["D_China_2000",SPHEROID\["CGCS2000",6378137\.0,298\.257222101\]\]/);
    expect(esri).not.toMatch(/AUTHORITY|AXIS|TOWGS84/);
    expect(parseWkt(esri).keyword).toBe('PROJCS');
    expect(exportCrs('gcj02')?.prj).toBeNull();
  });
});
