import { readFileSync } from 'node:fs';
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { definitionFromWgs84, fromWgs84 } from '../../src/workbench/crs';
import { parseCrsInput, resolveCrs } from '../../src/workbench/crsResolve';
import { detectFromPrj } from '../../src/workbench/detectCrs';
import { boundsOfDistrict } from '../../src/workbench/district';
import { runImport } from '../../src/workbench/importPipeline';
import type { WorkFeature } from '../../src/workbench/types';
import { distanceM, TRUTH } from '../support/workbenchFixtures';
import { ESRI_WKT, nodeEpsg, projectPolygon, shapefileParts, zipShapefile } from '../support/workbenchFiles';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);
const epsg = nodeEpsg();
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function definition(code: number): string {
  const entry = epsg.byCode(code);
  if (!entry) throw new Error(`EPSG:${code} is not in the table`);
  return entry.proj4;
}

/** The truth written in EPSG:`code` (by the EPSG dataset's own definition), as a zipped Shapefile with this .prj. */
async function truthShapefile(code: number, prj: string | undefined): Promise<Uint8Array> {
  const geometry = projectPolygon(TRUTH, definitionFromWgs84(definition(code)));
  const parts = await shapefileParts([{ type: 'Feature', properties: { name: 'parcel' }, geometry }]);
  return zipShapefile('parcel', { ...parts, ...(prj !== undefined ? { prj } : {}) });
}

/** Every vertex of the truth has an imported vertex within `toleranceM`. */
function expectOnTruth(feature: WorkFeature | undefined, toleranceM: number): void {
  if (feature?.geometry.type !== 'Polygon') throw new Error('expected a polygon');
  const ring = feature.geometry.coordinates[0]!;
  for (const p of TRUTH.coordinates[0]!) expect(Math.min(...ring.map((q) => distanceM(p, q)))).toBeLessThan(toleranceM);
}

describe('a coordinate system the file names is read, whichever it is', () => {
  const cases: [string, keyof typeof ESRI_WKT, number, string][] = [
    ['UTM zone 48N', 'utm48n', 32648, 'UTM zone 48N'],
    ['Xian 1980 3° Gauss-Krüger CM 105°E', 'xian80', 2380, 'Xian 1980'],
    ['Beijing 1954 3° Gauss-Krüger CM 105°E', 'beijing54', 2432, 'Beijing 1954'],
    ['CGCS2000 6° Gauss-Krüger zone 18 (with the zone prefix)', 'cgcs6zone18', 4496, 'zone 18'],
    ['WGS 84 / World Mercator', 'worldMercator', 3395, 'World Mercator'],
  ];
  for (const [title, wkt, code, name] of cases) {
    it(`${title}: an ESRI .prj is matched to EPSG:${code} and the parcel lands on the truth within 1 m`, async () => {
      const result = runImport('parcel.zip', await truthShapefile(code, ESRI_WKT[wkt]), { districtBbox, epsg });
      expect(result.crs).toBe(`epsg:${code}`);
      expect(result.crsReason).toBe('prj');
      expect(result.crsLabel).toContain(name);
      expect(result.crsCandidates).toBeUndefined();
      expect(result.problems).toEqual([]);
      expectOnTruth(result.features[0], 1);
    });
  }

  it('applies Beijing 1954’s datum shift, which ESRI’s WKT leaves out (without it the parcel is tens of metres off)', async () => {
    const zip = await truthShapefile(2432, ESRI_WKT.beijing54);
    const naive = runImport('parcel.zip', zip, { districtBbox, crs: 'prj' });
    const shifted = runImport('parcel.zip', zip, { districtBbox, epsg });
    const a = (naive.features[0]!.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
    const b = (shifted.features[0]!.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
    expect(distanceM(a, b)).toBeGreaterThan(20);
    expectOnTruth(shifted.features[0], 1);
  });

  it('a .prj naming UTM zone 18N is honoured although its numbers look like EPSG:4544 (a point in New York stays there)', async () => {
    const truth: Position = [-74.0, 40.7];
    const [x, y] = definitionFromWgs84(definition(32618))(truth);
    expect(x).toBeGreaterThan(1e5); // the numbers a guess would take for Gauss-Krüger CM 105°E
    expect(y).toBeLessThan(6e6);
    const point: Feature<Geometry, Record<string, unknown>> = { type: 'Feature', properties: { name: 'NYC' }, geometry: { type: 'Point', coordinates: [x!, y!] } };
    const zip = zipShapefile('nyc', { ...(await shapefileParts([point])), prj: ESRI_WKT.utm18n });
    const result = runImport('nyc.zip', zip, { districtBbox, epsg });
    expect(result.crs).toBe('epsg:32618');
    expect(result.crsReason).toBe('prj');
    // Far from Yongchuan, so not loaded; but reported where it really is.
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.code).toBe('far-outside');
    expect(distanceM(result.problems[0]!.at!, truth)).toBeLessThan(1);
  });

  it('reads State Plane (US feet) and SWEREF99 TM .prj files: each point is reported where it really is, within 1 m', async () => {
    const cases: [string, string, number, Position][] = [
      [
        'NAD_1983_StatePlane_New_York_Long_Island_FIPS_3104_Feet',
        'PROJCS["NAD_1983_StatePlane_New_York_Long_Island_FIPS_3104_Feet",GEOGCS["GCS_North_American_1983",DATUM["D_North_American_1983",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",984250.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",-74.0],PARAMETER["Standard_Parallel_1",40.66666666666666],PARAMETER["Standard_Parallel_2",41.03333333333333],PARAMETER["Latitude_Of_Origin",40.16666666666666],UNIT["Foot_US",0.3048006096012192]]',
        2263,
        [-73.98, 40.75],
      ],
      [
        'SWEREF99_TM',
        'PROJCS["SWEREF99_TM",GEOGCS["GCS_SWEREF99",DATUM["D_SWEREF99",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
        3006,
        [18.07, 59.33],
      ],
    ];
    for (const [name, prj, code, truth] of cases) {
      const [x, y] = definitionFromWgs84(definition(code))(truth);
      const point: Feature<Geometry, Record<string, unknown>> = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [x!, y!] } };
      const result = runImport('far.zip', zipShapefile('far', { ...(await shapefileParts([point])), prj }), { districtBbox, epsg });
      expect(result.crsReason, name).toBe('prj');
      expect(result.problems[0]?.code, name).toBe('far-outside');
      expect(distanceM(result.problems[0]!.at!, truth), name).toBeLessThan(1);
    }
  });

  it('reads an OGC .prj by its EPSG authority and a GeoJSON crs member by its code', () => {
    const wkt = `PROJCS["WGS 84 / UTM zone 49N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]]],PROJECTION["Transverse_Mercator"],AUTHORITY["EPSG","32649"]]`;
    expect(detectFromPrj(wkt, epsg)).toEqual({ crs: 'epsg:32649', reason: 'prj' });
    const geometry = projectPolygon(TRUTH, definitionFromWgs84(definition(32649)));
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32649' } },
      features: [{ type: 'Feature', properties: {}, geometry }],
    });
    const result = runImport('utm49.geojson', bytes(text), { districtBbox, epsg });
    expect(result.crs).toBe('epsg:32649');
    expect(result.crsReason).toBe('crs-member');
    expectOnTruth(result.features[0], 1);
  });

  it('reads a .prj with no EPSG name or code through proj4’s WKT parser', async () => {
    const custom = ESRI_WKT.utm48n.replace('WGS_1984_UTM_Zone_48N', 'Site_grid_A');
    const result = runImport('parcel.zip', await truthShapefile(32648, custom), { districtBbox, epsg });
    expect(result.crs).toBe('prj');
    expect(result.crsLabel).toBe('Site_grid_A');
    expectOnTruth(result.features[0], 1);
  });

  it('never quotes a .prj that is not well-known text (a saved web page), and says so', async () => {
    const html = '<!DOCTYPE html><html><head><title>Login</title></head><body>…</body></html>';
    const result = runImport('parcel.zip', await truthShapefile(4544, html), { districtBbox, epsg });
    expect(result.unknownCrsName).toBeUndefined();
    expect(result.notices?.map((n) => n.code)).toContain('prj-unreadable');
    expect(JSON.stringify(result)).not.toContain('DOCTYPE');
  });
});

describe('when nothing is named and two systems fit the numbers', () => {
  it('a UTM 48N file with no .prj is offered both readings, about 1.3 km apart, and each puts the parcel where it says', async () => {
    const result = runImport('parcel.zip', await truthShapefile(32648, undefined), { districtBbox, epsg });
    expect(result.crsReason).toBe('range');
    expect(result.crsCandidates?.map((c) => c.crs)).toEqual(['epsg4544', 'epsg:32648']);
    expect(result.crsCandidatesApartM).toBeGreaterThan(1200);
    expect(result.crsCandidatesApartM).toBeLessThan(1400);
    // Each reading is shown by where it puts the parcel's first vertex: the UTM one on the truth, the 4544 one (scale 1, not 0.9996) about 1.3 km south.
    const utm = result.crsCandidates![1]!.at;
    expect(Math.min(...TRUTH.coordinates[0]!.map((p) => distanceM(utm, p)))).toBeLessThan(1);
    expect(result.crsCandidates![0]!.at[1]).toBeLessThan(utm[1]);
    const chosen = runImport('parcel.zip', await truthShapefile(32648, undefined), { districtBbox, epsg, crs: 'epsg:32648' });
    expect(chosen.crsReason).toBe('user');
    expect(chosen.crsCandidates).toBeUndefined();
    expectOnTruth(chosen.features[0], 1);
  });

  it('a CGCS2000 4544 file with no .prj is offered the same two readings (the numbers cannot tell)', () => {
    const geometry = projectPolygon(TRUTH, fromWgs84('epsg4544'));
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] });
    const result = runImport('a.geojson', bytes(text), { districtBbox, epsg });
    expect(result.crs).toBe('epsg4544');
    expect(result.crsCandidates).toHaveLength(2);
    expectOnTruth(result.features[0], 1);
  });
});

describe('choosing a system by EPSG code', () => {
  it('reads what a user types and resolves every code proj4 can express', () => {
    expect(parseCrsInput('EPSG:32648')).toBe('epsg:32648');
    expect(parseCrsInput(' 4544 ')).toBe('epsg4544');
    expect(parseCrsInput('UTM')).toBeNull();
    expect(resolveCrs('epsg:3006', { epsg })?.label).toBe('SWEREF99 TM (EPSG:3006)');
    expect(resolveCrs('epsg:2263', { epsg })?.label).toContain('New York');
    expect(resolveCrs('epsg:99999', { epsg })).toBeNull();
  });

  it('fails the file with a clear reason for a code the table does not hold', () => {
    expect(() => runImport('a.geojson', bytes('{"type":"Point","coordinates":[1,2]}'), { districtBbox, epsg, crs: 'epsg:99999' })).toThrow(
      /unknown-crs: epsg:99999/,
    );
  });
});
