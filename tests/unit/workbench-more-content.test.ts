import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundsOfDistrict } from '../../src/workbench/district';
import { parseCoordinateText } from '../../src/workbench/formats/coordinateText';
import { runImport } from '../../src/workbench/importPipeline';
import { distanceM } from '../support/workbenchFixtures';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('GeometryCollections', () => {
  const collection = {
    type: 'GeometryCollection',
    geometries: [
      { type: 'Point', coordinates: [105.9, 29.35] },
      { type: 'LineString', coordinates: [[105.9, 29.35], [105.92, 29.36]] },
    ],
  };

  it('splits one into its parts, kept together by the collection’s id', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '站点与道路' }, geometry: collection }] });
    const result = runImport('gc.geojson', bytes(text), { districtBbox });
    expect(result.total).toBe(1);
    expect(result.features.map((f) => [f.id, f.geometry.type, f.properties['collection'], f.properties['part'], f.properties['name']])).toEqual([
      ['f0-1', 'Point', 'f0', 1, '站点与道路'],
      ['f0-2', 'LineString', 'f0', 2, '站点与道路'],
    ]);
    expect(result.notices).toContainEqual({ code: 'collections-split', values: { count: 1 } });
  });

  it('reads a bare GeometryCollection (no Feature around it), and reports a bad part by its number', () => {
    const bad = { ...collection, geometries: [...collection.geometries, { type: 'Point', coordinates: [29.35, 105.9] }] };
    const result = runImport('gc.geojson', bytes(JSON.stringify(bad)), { districtBbox });
    expect(result.features).toHaveLength(2);
    expect(result.problems).toEqual([expect.objectContaining({ index: 0, part: 3, code: 'swapped' })]);
  });

  it('names what it found when a file is none of FeatureCollection, Feature or geometry', () => {
    expect(() => runImport('x.json', bytes('{"type":"Topology","objects":{}}'), { districtBbox })).toThrow(/"type": "Topology"/);
  });
});

describe('TSV and coordinates in degrees, minutes and seconds', () => {
  it('reads a .tsv', () => {
    const result = runImport('sites.tsv', bytes('名称\t经度\t纬度\n永川站\t105.9\t29.35\n'), { districtBbox });
    expect(result.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [105.9, 29.35] });
    expect(result.features[0]?.properties['名称']).toBe('永川站');
  });

  it('reads DMS coordinates in text columns and puts them within 1 m of their decimal value', () => {
    const csv = 'name,lon,lat\nA,105°54′30″E,29°21′25″N\nB,"105 54 30 E","29 21 25 N"\nC,东经105度54分30秒,北纬29度21分25秒\nD,"105°54.5\'E","29°21.41667\'N"\n';
    const result = runImport('dms.csv', bytes(csv), { districtBbox });
    expect(result.problems).toEqual([]);
    const truth = [105 + 54 / 60 + 30 / 3600, 29 + 21 / 60 + 25 / 3600];
    for (const f of result.features) {
      expect(distanceM((f.geometry as GeoJSON.Point).coordinates, truth), String(f.properties['name'])).toBeLessThan(1);
    }
  });

  it('gives negative values south and west, and refuses what is not a coordinate', () => {
    expect(parseCoordinateText('23°30′S')).toBeCloseTo(-23.5, 9);
    expect(parseCoordinateText('W 74° 0′ 21″')).toBeCloseTo(-(74 + 21 / 3600), 9);
    expect(parseCoordinateText('23°30′N')).toBeCloseTo(23.5, 9);
    expect(parseCoordinateText('29°75′N')).toBeNaN();
    expect(parseCoordinateText('north')).toBeNaN();
    expect(parseCoordinateText('')).toBeNaN();
  });
});

describe('a malformed bbox', () => {
  it('is ignored with a notice, and the otherwise sound feature loads', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', bbox: [105.9, 'x'], properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [105.9, 29.35] } },
        { type: 'Feature', properties: { name: 'B' }, geometry: { type: 'Point', bbox: [1, 2, 3], coordinates: [105.91, 29.35] } },
      ],
    });
    const result = runImport('bbox.geojson', bytes(text), { districtBbox });
    expect(result.problems).toEqual([]);
    expect(result.features).toHaveLength(2);
    expect(result.notices).toContainEqual({ code: 'bbox-ignored', values: { count: 2, first: 1 } });
  });
});
