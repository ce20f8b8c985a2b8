/**
 * Which town (镇街) a geometry lies in. Pure (turf), no MapLibre: used by the data build
 * (parks' `towns` property), the workbench checks, the attribute table and exports.
 *
 * - Polygons: the share of the geometry's area inside each town (intersection area /
 *   geometry area). Shares add up to 1 when the geometry lies inside the district; the
 *   part outside every town is left out, so they add up to less otherwise.
 * - Lines: the share of the length in each town (by chunks of 1/400 of the length,
 *   each counted by its midpoint).
 * - Points: the containing town (share 1; for several points, the share of the points).
 */
import {
  area,
  bbox,
  booleanPointInPolygon,
  feature,
  featureCollection,
  intersect,
  length,
  lineChunk,
  midpoint,
} from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export interface TownArea {
  type: 'Feature';
  properties: { id: string };
  geometry: Polygon | MultiPolygon;
}

export interface TownShareResult {
  townId: string;
  /** 0..1 */
  share: number;
}

type BBox = [number, number, number, number];

const boxes = new WeakMap<TownArea, BBox>();

function boxOf(town: TownArea): BBox {
  let b = boxes.get(town);
  if (!b) {
    b = bbox(town.geometry) as BBox;
    boxes.set(town, b);
  }
  return b;
}

function overlapsBox(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The town containing the point (boundary included), or null outside every town. */
export function townAt(lngLat: Position | { lng: number; lat: number }, townAreas: readonly TownArea[]): string | null {
  const p: Position = Array.isArray(lngLat) ? lngLat : [(lngLat as { lng: number }).lng, (lngLat as { lat: number }).lat];
  const x = p[0] ?? NaN;
  const y = p[1] ?? NaN;
  for (const town of townAreas) {
    const b = boxOf(town);
    if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
    if (booleanPointInPolygon(p, town.geometry)) return town.properties.id;
  }
  return null;
}

function sorted(counts: Map<string, number>, total: number): TownShareResult[] {
  if (!(total > 0)) return [];
  return [...counts.entries()]
    .map(([townId, v]) => ({ townId, share: v / total }))
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share || a.townId.localeCompare(b.townId));
}

function polygonShares(g: Polygon | MultiPolygon, townAreas: readonly TownArea[]): TownShareResult[] {
  const total = area(g);
  const gb = bbox(g) as BBox;
  const counts = new Map<string, number>();
  for (const town of townAreas) {
    if (!overlapsBox(gb, boxOf(town))) continue;
    const inter = intersect(featureCollection([feature(g), feature(town.geometry)]));
    if (inter) counts.set(town.properties.id, (counts.get(town.properties.id) ?? 0) + area(inter));
  }
  return sorted(counts, total);
}

function lineShares(g: LineString | MultiLineString, townAreas: readonly TownArea[]): TownShareResult[] {
  const total = length(feature(g));
  if (!(total > 0)) return [];
  const counts = new Map<string, number>();
  for (const chunk of lineChunk(feature(g), total / 400).features) {
    const c = chunk.geometry.coordinates;
    const a = c[0];
    const b = c[c.length - 1];
    if (!a || !b) continue;
    const id = townAt(midpoint(a, b).geometry.coordinates, townAreas);
    if (id) counts.set(id, (counts.get(id) ?? 0) + length(chunk));
  }
  return sorted(counts, total);
}

function pointShares(points: readonly Position[], townAreas: readonly TownArea[]): TownShareResult[] {
  const counts = new Map<string, number>();
  for (const p of points) {
    const id = townAt(p, townAreas);
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return sorted(counts, points.length);
}

/** The towns a geometry lies in, largest share first (see the module comment). */
export function townsOf(geometry: Geometry | Feature | null | undefined, townAreas: readonly TownArea[]): TownShareResult[] {
  if (!geometry) return [];
  const g: Geometry | null = geometry.type === 'Feature' ? geometry.geometry : geometry;
  if (!g) return [];
  switch (g.type) {
    case 'Point':
      return pointShares([g.coordinates], townAreas);
    case 'MultiPoint':
      return pointShares(g.coordinates, townAreas);
    case 'LineString':
    case 'MultiLineString':
      return lineShares(g, townAreas);
    case 'Polygon':
    case 'MultiPolygon':
      return polygonShares(g, townAreas);
    case 'GeometryCollection': {
      // Rare in imports: take the polygons if there are any, else the lines, else the points.
      const polys = g.geometries.filter((x): x is Polygon | MultiPolygon => x.type === 'Polygon' || x.type === 'MultiPolygon');
      if (polys.length) {
        const coords = polys.flatMap((p) => (p.type === 'Polygon' ? [p.coordinates] : p.coordinates));
        return polygonShares({ type: 'MultiPolygon', coordinates: coords }, townAreas);
      }
      const lines = g.geometries.filter((x): x is LineString | MultiLineString => x.type === 'LineString' || x.type === 'MultiLineString');
      if (lines.length) {
        const coords = lines.flatMap((l) => (l.type === 'LineString' ? [l.coordinates] : l.coordinates));
        return lineShares({ type: 'MultiLineString', coordinates: coords }, townAreas);
      }
      const pts = g.geometries.flatMap((x) => (x.type === 'Point' ? [x.coordinates] : x.type === 'MultiPoint' ? x.coordinates : []));
      return pointShares(pts, townAreas);
    }
  }
}
