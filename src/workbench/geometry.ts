/** Small pure helpers over WGS-84 work geometries. */
import type { Position } from 'geojson';
import type { WorkGeometry } from './types';

export type BBox = [number, number, number, number];

const KM_PER_DEG = 111.195;

/** Every position of a geometry, in order. */
export function positionsOf(geometry: WorkGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/** The same geometry with every position passed through `fn`. */
export function mapPositions<G extends WorkGeometry>(geometry: G, fn: (p: Position) => Position): G {
  const g = geometry as WorkGeometry;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: fn(g.coordinates) } as G;
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: g.coordinates.map(fn) } as G;
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((line) => line.map(fn)) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(fn))) } as G;
  }
}

export function bboxOf(positions: readonly Position[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    const x = p[0] ?? NaN;
    const y = p[1] ?? NaN;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

/** Approximate gap in km between two lon/lat boxes (0 when they overlap). */
export function bboxGapKm(a: BBox, b: BBox): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  const lat = ((Math.max(a[1], b[1]) + Math.min(a[3], b[3])) / 2) * (Math.PI / 180);
  return Math.hypot(dx * KM_PER_DEG * Math.cos(lat), dy * KM_PER_DEG);
}

const NAME_KEYS = ['name', 'NAME', 'Name', '名称', '名字', 'title', 'Title', 'label', 'mc', 'MC'];

/** The name a feature goes by in lists and problem reports, when its properties have one. */
export function featureName(properties: unknown): string | null {
  if (typeof properties !== 'object' || properties === null) return null;
  const record = properties as Record<string, unknown>;
  for (const key of NAME_KEYS) {
    const value = record[key];
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return String(value).trim();
  }
  return null;
}

export function isPolygonal(geometry: WorkGeometry): geometry is GeoJSON.Polygon | GeoJSON.MultiPolygon {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

/** Whether the map's drawing tool can reshape this geometry (it has no multi-part modes). */
export function canEditShape(geometry: WorkGeometry): boolean {
  return geometry.type === 'Polygon' || geometry.type === 'LineString' || geometry.type === 'Point';
}
