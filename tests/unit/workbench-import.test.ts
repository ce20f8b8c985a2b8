import { area } from '@turf/turf';
import { readFileSync } from 'node:fs';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fromWgs84, PRJ_4544, toWgs84 } from '../../src/workbench/crs';
import { detectFromCrsMember, detectFromPrj, detectFromRange } from '../../src/workbench/detectCrs';
import { boundsOfDistrict } from '../../src/workbench/district';
import { runImport } from '../../src/workbench/importPipeline';
import type { WorkFeature } from '../../src/workbench/types';
import {
  distanceM,
  manyPointsGeoJson,
  polygon4544GeoJson,
  polygon4544ShapefileZip,
  polygonGcj02GeoJson,
  problemsGeoJson,
  TRUTH,
} from '../support/workbenchFixtures';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function ringOf(feature: WorkFeature | undefined): Position[] {
  if (feature?.geometry.type !== 'Polygon') throw new Error('expected a polygon');
  return feature.geometry.coordinates[0]!;
}

function expectOnTruth(feature: WorkFeature | undefined, toleranceM: number): void {
  const ring = ringOf(feature);
  const truth = TRUTH.coordinates[0]!;
  expect(ring).toHaveLength(truth.length);
  // Shapefile rings are clockwise; compare as sets of vertices.
  for (const p of truth) {
    const nearest = Math.min(...ring.map((q) => distanceM(p, q)));
    expect(nearest).toBeLessThan(toleranceM);
  }
  const truthArea = area(TRUTH);
  expect(Math.abs(area(feature!.geometry as Polygon) - truthArea) / truthArea).toBeLessThan(0.001);
}

/** Meridian arc length on GRS80 (series to e^6): the Gauss-Krüger northing on the central meridian. */
function meridianArc(latDeg: number): number {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const e2 = f * (2 - f);
  const e4 = e2 * e2;
  const e6 = e4 * e2;
  const p = (latDeg * Math.PI) / 180;
  return (
    a *
    ((1 - e2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * p -
      ((3 * e2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * p) +
      ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * p) -
      ((35 * e6) / 3072) * Math.sin(6 * p))
  );
}

describe('coordinate systems', () => {
  it('EPSG:4544 puts the central meridian at easting 500 000 m and the meridian arc as northing', () => {
    const [x, y] = fromWgs84('epsg4544')([105, 29.35]);
    expect(x).toBeCloseTo(500000, 3);
    expect(Math.abs((y ?? 0) - meridianArc(29.35))).toBeLessThan(0.01);
  });

  it('EPSG:4523 is EPSG:4544 with the zone prefix 35 in the easting', () => {
    const a = fromWgs84('epsg4544')([105.9, 29.35]);
    const b = fromWgs84('epsg4523')([105.9, 29.35]);
    expect((b[0] ?? 0) - (a[0] ?? 0)).toBeCloseTo(35_000_000, 3);
    expect(b[1]).toBeCloseTo(a[1] ?? 0, 6);
  });

  it('round-trips each system to well under a metre', () => {
    for (const crs of ['epsg4544', 'epsg4523', 'epsg3857', 'gcj02', 'bd09'] as const) {
      const there = fromWgs84(crs)([105.92, 29.36]);
      const back = toWgs84(crs)(there);
      expect(distanceM(back, [105.92, 29.36]), crs).toBeLessThan(crs === 'gcj02' || crs === 'bd09' ? 3 : 0.001);
    }
  });

  it('GCJ-02 is offset by roughly 480 m near Yongchuan', () => {
    const offset = distanceM(fromWgs84('gcj02')([105.92, 29.36]), [105.92, 29.36]);
    expect(offset).toBeGreaterThan(400);
    expect(offset).toBeLessThan(560);
  });
});

describe('detecting the coordinate system', () => {
  it('reads an ESRI .prj for EPSG:4544 and for zone 35', () => {
    expect(detectFromPrj(PRJ_4544)).toEqual({ crs: 'epsg4544', reason: 'prj' });
    const zone = PRJ_4544.replace('CM_105E', 'Zone_35').replace('500000.0', '35500000.0');
    expect(detectFromPrj(zone)).toEqual({ crs: 'epsg4523', reason: 'prj' });
  });

  it('reads geographic and Web Mercator .prj files and names unknown ones', () => {
    expect(detectFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]').crs).toBe('wgs84');
    expect(detectFromPrj('GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000"]]').crs).toBe('cgcs2000');
    expect(detectFromPrj('PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",PROJECTION["Mercator_Auxiliary_Sphere"]]').crs).toBe('epsg3857');
    expect(detectFromPrj('PROJCS["Xian_1980_3_Degree_GK_CM_105E",GEOGCS["GCS_Xian_1980"]]')).toEqual({
      crs: null,
      name: 'Xian_1980_3_Degree_GK_CM_105E',
    });
  });

  it('reads a GeoJSON crs member', () => {
    expect(detectFromCrsMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4544' } })?.crs).toBe('epsg4544');
    expect(detectFromCrsMember({ type: 'name', properties: { name: 'EPSG:3857' } })?.crs).toBe('epsg3857');
    expect(detectFromCrsMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } })?.crs).toBe('wgs84');
    expect(detectFromCrsMember(undefined)).toBeNull();
  });

  it('tells the systems apart by their numbers, outvoting a few odd features', () => {
    const near = (crs: 'epsg4544' | 'epsg4523' | 'epsg3857') => fromWgs84(crs)([105.9, 29.35]) as [number, number];
    expect(detectFromRange([near('epsg4544')])?.crs).toBe('epsg4544');
    expect(detectFromRange([near('epsg4523')])?.crs).toBe('epsg4523');
    expect(detectFromRange([near('epsg3857')])?.crs).toBe('epsg3857');
    expect(detectFromRange([[105.9, 29.35], [105.8, 29.3], [29.35, 105.9]])?.crs).toBe('wgs84');
    expect(detectFromRange([[1e9, 1e9]])).toBeNull();
  });
});

describe('importing files', () => {
  it('brings a GeoJSON in EPSG:4544 back onto the WGS-84 truth (within 1 m, area within 0.1%)', () => {
    const result = runImport('parcel.geojson', bytes(polygon4544GeoJson()), { districtBbox });
    expect(result.crs).toBe('epsg4544');
    expect(result.crsReason).toBe('crs-member');
    expect(result.problems).toEqual([]);
    expectOnTruth(result.features[0], 1);
  });

  it('brings the same polygon as a zipped Shapefile with .prj back onto the truth', async () => {
    const zip = await polygon4544ShapefileZip();
    const result = runImport('parcel.zip', zip, { districtBbox });
    expect(result.format).toBe('shapefile');
    expect(result.crs).toBe('epsg4544');
    expect(result.crsReason).toBe('prj');
    expect(result.features[0]?.properties['code']).toBe('A-1');
    expectOnTruth(result.features[0], 1);
  });

  it('takes a GCJ-02 file as WGS-84 unless the user says otherwise, then shifts it back', () => {
    const guessed = runImport('web.geojson', bytes(polygonGcj02GeoJson()), { districtBbox });
    expect(guessed.crs).toBe('wgs84');
    const first = ringOf(guessed.features[0])[0]!;
    const shifted = runImport('web.geojson', bytes(polygonGcj02GeoJson()), { districtBbox, crs: 'gcj02' });
    expect(shifted.crsReason).toBe('user');
    const back = ringOf(shifted.features[0])[0]!;
    expect(distanceM(first, back)).toBeGreaterThan(400);
    expect(distanceM(first, back)).toBeLessThan(560);
    expectOnTruth(shifted.features[0], 3);
  });

  it('reports each broken feature by index and name and still loads the good ones', () => {
    const result = runImport('mixed.geojson', bytes(problemsGeoJson()), { districtBbox });
    expect(result.total).toBe(5);
    expect(result.features.map((f) => f.id)).toEqual(['f0', 'f4']);
    expect(result.problems.map((p) => [p.index, p.name, p.code])).toEqual([
      [1, '自相交地块', 'self-intersection'],
      [2, '经纬颠倒点', 'swapped'],
      [3, '无几何', 'null-geometry'],
    ]);
    expect(result.problems[0]?.at?.[0]).toBeCloseTo(105.96, 6);
  });

  it('reports unsupported, empty, degenerate, far-away and non-feature entries', () => {
    const features = [
      { type: 'Feature', properties: { name: 'gc' }, geometry: { type: 'GeometryCollection', geometries: [] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } },
      { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[105.9, 29.3], [105.9, 29.3]] } },
      { type: 'Feature', properties: { name: 'Beijing' }, geometry: { type: 'Point', coordinates: [116.4, 39.9] } },
      { type: 'Point', coordinates: [105.9, 29.3] },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[105.9, 29.3], [105.91, 29.3]]] } },
    ];
    const result = runImport('odd.json', bytes(JSON.stringify({ type: 'FeatureCollection', features })), { districtBbox });
    expect(result.features).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual([
      'empty-geometry', // an empty GeometryCollection (one with parts is split into them)
      'empty-geometry',
      'degenerate',
      'far-outside',
      'not-a-feature',
      'invalid-geojson',
    ]);
    expect(Number(result.problems[3]?.detail)).toBeGreaterThan(1000);
  });

  it('reads CSV with longitude/latitude columns and KML', () => {
    const csv = '名称,经度,纬度\n甲,105.9,29.35\n乙,,29.3\n';
    const fromCsv = runImport('points.csv', bytes(csv), { districtBbox });
    expect(fromCsv.features).toHaveLength(1);
    expect(fromCsv.features[0]?.properties['名称']).toBe('甲');
    expect(fromCsv.problems).toEqual([{ index: 1, name: '乙', code: 'null-geometry' }]);
    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>K</name><Point><coordinates>105.9,29.35</coordinates></Point></Placemark></Document></kml>`;
    const fromKml = runImport('a.kml', bytes(kml), { districtBbox });
    expect(fromKml.crsReason).toBe('kml');
    expect(fromKml.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [105.9, 29.35] });
  });

  it('fails whole files with a reason and never half-loads them', () => {
    expect(() => runImport('bad.geojson', bytes('{"type":'), { districtBbox })).toThrow(/unreadable/);
    expect(() => runImport('a.csv', bytes('a,b\n1,2\n'), { districtBbox })).toThrow(/csv-columns: a, b/);
    expect(() => runImport('a.shp', bytes('x'), { districtBbox })).toThrow(/lone-shp/);
    expect(() => runImport('a.docx', bytes('x'), { districtBbox })).toThrow(/unsupported-format/);
  });

  it('handles 100 000 points with progress reports', () => {
    const progress: number[] = [];
    const result = runImport('many.geojson', bytes(manyPointsGeoJson(100_000)), {
      districtBbox,
      onProgress: (done) => progress.push(done),
    });
    expect(result.features).toHaveLength(100_000);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(100_000);
  });
});
