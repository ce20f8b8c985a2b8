/**
 * Every export of a workbench layer, read back by GDAL (issue #22): GeoJSON, KML, CSV,
 * Excel and Shapefile. Feature counts, field names, Chinese values, coordinates within
 * 1 cm of the source in the chosen system, the .prj identified as its EPSG code, the
 * .cpg's encoding honoured, the Excel header row taken as field names.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { readPrjTable } from '../../scripts/build/epsgTable';
import { fromWgs84 } from '../../src/workbench/crs';
import { exportCrs, type ExportCrs } from '../../src/workbench/exportCrs';
import { toCsvText, toGeoJsonText, toKmlText } from '../../src/workbench/exportFormats';
import { shapefileZip } from '../../src/workbench/exportShapefile';
import { layerXlsx } from '../../src/workbench/formats/xlsxExport';
import { featureName, positionsOf } from '../../src/workbench/geometry';
import type { WorkFeature, WorkGeometry } from '../../src/workbench/types';
import { GDAL_AVAILABLE, GDAL_MISSING_MESSAGE, GDAL_REQUIRED, ogrEpsg, ogrFieldTypes, ogrLayers, ogrRead, tempFolder } from '../support/gdal';
import { distanceM, TRUTH } from '../support/workbenchFixtures';
import { encode, nodeEpsg } from '../support/workbenchFiles';

const prjTable = readPrjTable();
const tables = { epsg: nodeEpsg(), prjOf: (code: number) => prjTable[String(code)] };
const crsOf = (id: Parameters<typeof exportCrs>[0]): ExportCrs => {
  const crs = exportCrs(id, tables);
  if (!crs) throw new Error(`no export system ${id}`);
  return crs;
};

const LONG_NAME = '规划用地性质代码'; // 24 bytes in UTF-8, 16 in GBK: longer than a .dbf field name may be
const features: WorkFeature[] = [
  { type: 'Feature', id: 'p1', properties: { 名称: '老城测试地块', [LONG_NAME]: 'M1', 备注: -3.5, towns: '中山路街道 100%' }, geometry: TRUTH },
  { type: 'Feature', id: 'p2', properties: { 名称: '凤凰湖站点', [LONG_NAME]: 'M2', 备注: 7 }, geometry: { type: 'Point', coordinates: [105.9000004, 29.35] } },
  { type: 'Feature', id: 'p3', properties: { 名称: '成渝大道', [LONG_NAME]: 'S1', 备注: null }, geometry: { type: 'LineString', coordinates: [[105.9, 29.3], [105.95, 29.31]] } },
];
const townShares = (f: WorkFeature) => (f.id === 'p1' ? [{ name: '中山路街道', percent: 100 }] : []);

/** Every vertex of `read` within `tolerance` (in the system's units) of the source's, in the same order. */
function expectVertices(read: WorkGeometry | null | undefined, source: WorkGeometry, toSystem: (p: Position) => Position, tolerance: number, metres = false): void {
  expect(read).toBeTruthy();
  const got = positionsOf(read!);
  const want = positionsOf(source).map(toSystem);
  // Shapefile rings are written clockwise, GeoJSON ones counter-clockwise: compare as sets of vertices.
  expect(got).toHaveLength(want.length);
  for (const w of want) {
    const nearest = Math.min(...got.map((g) => (metres ? distanceM(g, w) : Math.hypot((g[0] ?? 0) - (w[0] ?? 0), (g[1] ?? 0) - (w[1] ?? 0)))));
    expect(nearest).toBeLessThan(tolerance);
  }
}

/** The fields GDAL read, in order (GDAL's GeoJSON leaves out a feature's unset fields, so over all features). */
const fieldNames = (read: ReturnType<typeof ogrRead>): string[] => [...new Set(read.features.flatMap((f) => Object.keys(f.properties)))].sort();

describe('GDAL is there to judge the exports', () => {
  it(GDAL_REQUIRED ? 'ogrinfo and ogr2ogr are installed (required under CI=true)' : 'ogrinfo and ogr2ogr are installed, or these tests are skipped', () => {
    if (GDAL_REQUIRED) expect(GDAL_AVAILABLE, GDAL_MISSING_MESSAGE).toBe(true);
    else if (!GDAL_AVAILABLE) console.warn(`SKIPPED: ${GDAL_MISSING_MESSAGE}`);
  });
});

describe.skipIf(!GDAL_AVAILABLE)('every export, read by GDAL', () => {
  const tmp = tempFolder();
  afterAll(() => tmp.done());
  const to4544 = fromWgs84('epsg4544');
  const byName = (read: ReturnType<typeof ogrRead>, name: string) => read.features.find((f) => f.properties['名称'] === name || f.properties['Name'] === name);

  it('GeoJSON (WGS-84): three features, the Chinese names and every vertex within 1 cm', () => {
    const read = ogrRead(tmp.write('layer.geojson', toGeoJsonText(features)));
    expect(read.features).toHaveLength(3);
    for (const f of features) {
      const got = byName(read, String(f.properties['名称']));
      expect(got?.properties[LONG_NAME]).toBe(f.properties[LONG_NAME]);
      expectVertices(got?.geometry as WorkGeometry, f.geometry, (p) => p, 0.01, true);
    }
  });

  it('KML (WGS-84): three placemarks named in Chinese, every vertex within 1 cm', () => {
    const read = ogrRead(tmp.write('layer.kml', toKmlText(features, '图层', (f) => featureName(f.properties) ?? f.id)));
    expect(read.features).toHaveLength(3);
    for (const f of features) expectVertices(byName(read, String(f.properties['名称']))?.geometry as WorkGeometry, f.geometry, (p) => p, 0.01, true);
  });

  it('CSV in EPSG:4544: the WKT and x/y columns in metres within 1 cm, field names and Chinese values as written', () => {
    const file = tmp.write('layer-EPSG4544.csv', toCsvText(features, crsOf('epsg4544'), { townShares }));
    const read = ogrRead(file, { open: ['GEOM_POSSIBLE_NAMES=wkt', 'KEEP_GEOM_COLUMNS=NO', 'AUTODETECT_TYPE=YES'] });
    expect(read.features).toHaveLength(3);
    expect(fieldNames(read)).toEqual(['id', '名称', LONG_NAME, '备注', 'towns', 'area_km2', 'area_mu', 'length_km', 'share_中山路街道', 'x_epsg4544', 'y_epsg4544'].sort());
    for (const f of features) {
      const got = byName(read, String(f.properties['名称']));
      expect(got?.properties[LONG_NAME]).toBe(f.properties[LONG_NAME]);
      expectVertices(got?.geometry as WorkGeometry, f.geometry, to4544, 0.01);
    }
    const point = byName(read, '凤凰湖站点')!;
    const [x, y] = to4544([105.9000004, 29.35]);
    expect(Math.abs(Number(point.properties['x_epsg4544']) - x!)).toBeLessThan(0.01);
    expect(Math.abs(Number(point.properties['y_epsg4544']) - y!)).toBeLessThan(0.01);
    expect(byName(read, '老城测试地块')?.properties['备注']).toBe(-3.5);
    expect(byName(read, '老城测试地块')?.properties['share_中山路街道']).toBe(100);
  });

  it('Excel in EPSG:4544: GDAL takes the header row for field names, numbers as numbers, x/y within 1 cm', async () => {
    const file = tmp.write('layer.xlsx', await layerXlsx(features, '图层', crsOf('epsg4544'), { townShares }));
    const [layer] = ogrLayers(file);
    expect(layer).toBe('图层');
    const read = ogrRead(file);
    expect(read.features).toHaveLength(3);
    expect(fieldNames(read)).toEqual(['id', '名称', LONG_NAME, '备注', 'towns', 'area_km2', 'area_mu', 'length_km', 'share_中山路街道', 'x_epsg4544', 'y_epsg4544', 'wkt'].sort());
    const types = ogrFieldTypes(file, layer!);
    expect(types).toMatchObject({ 名称: 'String', area_km2: 'Real', area_mu: 'Real', x_epsg4544: 'Real', 备注: 'Real' });
    const parcel = byName(read, '老城测试地块')!;
    expect(parcel.properties['area_km2']).toBeGreaterThan(5);
    expect(parcel.properties['area_mu']).toBeCloseTo((parcel.properties['area_km2'] as number) * 1500, 0);
    const point = byName(read, '凤凰湖站点')!;
    const [x, y] = to4544([105.9000004, 29.35]);
    expect(Math.abs((point.properties['x_epsg4544'] as number) - x!)).toBeLessThan(0.01);
    expect(Math.abs((point.properties['y_epsg4544'] as number) - y!)).toBeLessThan(0.01);
  });

  for (const encoding of ['utf-8', 'gbk'] as const) {
    it(`Shapefile in EPSG:4544, ${encoding}: one set per geometry type, the .prj read as EPSG:4544, the Chinese text decoded by its .cpg, vertices within 1 cm`, () => {
      const { bytes, report } = shapefileZip(features, '地块', crsOf('epsg4544'), encoding);
      const zip = tmp.write(`layer-${encoding}.zip`, bytes);
      expect(report.sets.map((s) => [s.name, s.count])).toEqual([
        ['地块_polygons', 1],
        ['地块_points', 1],
        ['地块_lines', 1],
      ]);
      const renamed = report.renamed.find((r) => r.from === LONG_NAME)!;
      expect(renamed.to).toBe(encoding === 'utf-8' ? '规划用' : '规划用地性');
      const files = unzipSync(bytes);
      expect(new TextDecoder().decode(files['地块_polygons.cpg'])).toBe(encoding === 'utf-8' ? 'UTF-8' : '936');
      // The text is really in that encoding, not UTF-8 relabelled.
      const dbf = files['地块_polygons.dbf']!;
      const needle = encode('老城测试地块', encoding);
      expect(Buffer.from(dbf).indexOf(Buffer.from(needle))).toBeGreaterThan(0);
      for (const set of report.sets) {
        const source = `/vsizip/${zip}/${set.name}.shp`;
        expect(ogrEpsg(source, set.name)).toBe(4544);
        const read = ogrRead(source);
        expect(read.features).toHaveLength(1);
        const got = read.features[0]!;
        const original = features.find((f) => f.properties['名称'] === got.properties['名称'])!;
        expect(original, `${set.name}: ${JSON.stringify(got.properties)}`).toBeTruthy();
        expect(got.properties[renamed.to]).toBe(original.properties[LONG_NAME]);
        expect(got.properties['id']).toBe(original.id);
        expectVertices(got.geometry as WorkGeometry, original.geometry, to4544, 0.01);
      }
      const polygons = ogrFieldTypes(`/vsizip/${zip}/地块_polygons.shp`, '地块_polygons');
      expect(polygons).toMatchObject({ id: 'String', 名称: 'String', 备注: 'Real', area_km2: 'Real', area_mu: 'Real' });
    });
  }

  it('a .prj GDAL identifies for each system planners meet (and any of the EPSG table)', () => {
    const point: WorkFeature[] = [{ type: 'Feature', id: 'a', properties: { n: 1 }, geometry: { type: 'Point', coordinates: [105.9, 29.35] } }];
    const ids = ['wgs84', 'cgcs2000', 'epsg3857', 'epsg4544', 'epsg4523', 'epsg:4507', 'epsg:4496', 'epsg:2380', 'epsg:2432', 'epsg:32648', 'epsg:32649', 'epsg:3395', 'epsg:2263'] as const;
    for (const id of ids) {
      const crs = crsOf(id);
      const zip = tmp.write(`prj-${crs.code}.zip`, shapefileZip(point, 'p', crs, 'utf-8').bytes);
      expect(ogrEpsg(`/vsizip/${zip}/p.shp`, 'p'), id).toBe(crs.code);
    }
  });

  it('the UTF-8 export reads back in QGIS’s reader with every field name GDAL reports as written', () => {
    const zip = tmp.write('names.zip', shapefileZip(features.slice(0, 1), 'n', crsOf('epsg4544'), 'utf-8').bytes);
    expect(Object.keys(ogrRead(`/vsizip/${zip}/n.shp`).features[0]!.properties)).toEqual(['id', '名称', '规划用', '备注', 'towns', 'area_km2', 'area_mu']);
    expect(readFileSync(zip).length).toBeGreaterThan(0);
  });
});
