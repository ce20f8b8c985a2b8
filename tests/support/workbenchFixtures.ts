/**
 * Test files for the planner's workbench, made at test time from a WGS-84 truth: the
 * same polygon in EPSG:4544 as GeoJSON and as a zipped Shapefile with its .prj, a GCJ-02
 * file, a file with broken features, and a large point file.
 */
import { zip as shpZip } from '@mapbox/shp-write';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { fromWgs84, PRJ_4544 } from '../../src/workbench/crs';

/** A pentagon over the old city of Yongchuan; it contains the 中山路街道 seat (105.90435, 29.35695). */
export const TRUTH: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [105.885, 29.34],
      [105.925, 29.338],
      [105.932, 29.362],
      [105.905, 29.378],
      [105.882, 29.364],
      [105.885, 29.34],
    ],
  ],
};

export const TRUTH_NAME = '老城测试地块';

function project(polygon: Polygon, fn: (p: Position) => Position): Polygon {
  return { type: 'Polygon', coordinates: polygon.coordinates.map((ring) => ring.map(fn)) };
}

/** The truth in EPSG:4544 metres, with a `crs` member as QGIS writes it. */
export function polygon4544GeoJson(): string {
  const geometry = project(TRUTH, fromWgs84('epsg4544'));
  return JSON.stringify({
    type: 'FeatureCollection',
    name: 'parcel_4544',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4544' } },
    features: [{ type: 'Feature', properties: { name: TRUTH_NAME, code: 'A-1' }, geometry }],
  });
}

/** The truth in EPSG:4544 as a zipped Shapefile with a .prj. */
export async function polygon4544ShapefileZip(): Promise<Uint8Array> {
  const geometry = project(TRUTH, fromWgs84('epsg4544'));
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'parcel', code: 'A-1' }, geometry }],
  };
  return shpZip<'uint8array'>(collection, {
    prj: PRJ_4544,
    outputType: 'uint8array',
    compression: 'DEFLATE',
    types: { polygon: 'parcel' },
  });
}

/** The truth in GCJ-02, with nothing in the file saying so (as from a web map). */
export function polygonGcj02GeoJson(): string {
  const geometry = project(TRUTH, fromWgs84('gcj02'));
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'GCJ-02 地块' }, geometry }],
  });
}

/** Five features: #1 crosses itself, #2 has latitude/longitude swapped, #3 has no geometry. */
export function problemsGeoJson(): string {
  const features: Feature<Geometry | null>[] = [
    { type: 'Feature', properties: { name: '正常地块' }, geometry: TRUTH },
    {
      type: 'Feature',
      properties: { name: '自相交地块' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.95, 29.3],
            [105.97, 29.32],
            [105.97, 29.3],
            [105.95, 29.32],
            [105.95, 29.3],
          ],
        ],
      },
    },
    { type: 'Feature', properties: { name: '经纬颠倒点' }, geometry: { type: 'Point', coordinates: [29.35, 105.92] } },
    { type: 'Feature', properties: { name: '无几何' }, geometry: null },
    { type: 'Feature', properties: { name: '正常点' }, geometry: { type: 'Point', coordinates: [105.9, 29.36] } },
  ];
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** `count` points on a grid over the district, each with a few attributes. */
export function manyPointsGeoJson(count: number): string {
  const side = Math.ceil(Math.sqrt(count));
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const lon = 105.7 + (0.4 * (i % side)) / side;
    const lat = 29.1 + (0.4 * Math.floor(i / side)) / side;
    parts.push(
      `{"type":"Feature","properties":{"name":"P${i}","kind":"${i % 3 === 0 ? 'a' : 'b'}","value":${i % 97}},"geometry":{"type":"Point","coordinates":[${lon.toFixed(6)},${lat.toFixed(6)}]}}`,
    );
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

/** `count` small square parcels (about 100 m across) on a grid over the district, each with a few attributes. */
export function manyParcelsGeoJson(count: number): string {
  const side = Math.ceil(Math.sqrt(count));
  const size = 0.001;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const lon = 105.7 + (0.4 * (i % side)) / side;
    const lat = 29.1 + (0.4 * Math.floor(i / side)) / side;
    const ring = [
      [lon, lat],
      [lon + size, lat],
      [lon + size, lat + size],
      [lon, lat + size],
      [lon, lat],
    ].map(([x, y]) => `[${x!.toFixed(6)},${y!.toFixed(6)}]`);
    parts.push(`{"type":"Feature","properties":{"name":"地块${i}","use":"${i % 3 === 0 ? '工业' : '仓储'}"},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`);
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

/** Great-circle distance in metres (haversine; plenty for metre-level comparisons over a few km). */
export function distanceM(a: Position, b: Position): number {
  const R = 6371008.8;
  const rad = Math.PI / 180;
  const dLat = ((b[1] ?? 0) - (a[1] ?? 0)) * rad;
  const dLon = ((b[0] ?? 0) - (a[0] ?? 0)) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((a[1] ?? 0) * rad) * Math.cos((b[1] ?? 0) * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}
