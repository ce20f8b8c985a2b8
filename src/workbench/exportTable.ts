/**
 * A layer as a typed table, the rows of its CSV and Excel exports: the id, every
 * attribute, the area in km² and 亩 (polygons) or the length in km (lines), the share of
 * each 镇街 it lies in as a column of its own (percent), x/y of points in the chosen
 * system (columns named for it) and the geometry as WKT in that system. Numbers stay
 * numbers, so a spreadsheet can sum them and GDAL tells the header from the data. Pure.
 */
import { area, length } from '@turf/turf';
import type { Position } from 'geojson';
import { roundTo, type ExportCrs } from './exportCrs';
import { wktOf } from './exportFormats';
import { isPolygonal, mapPositions } from './geometry';
import { m2ToMu } from './measure';
import type { WorkFeature, WorkGeometry } from './types';
import type { SheetCell } from '../intake/xlsxRead';

export const AREA_KM2 = 'area_km2';
export const AREA_MU = 'area_mu';
export const LENGTH_KM = 'length_km';
/** The column of the share (percent) of a 镇街, by its name. */
export const shareColumn = (town: string): string => `share_${town}`;

/** The 镇街 a feature lies in, with whole percentages (as the towns text shows them). */
export type TownSharesOf = (feature: WorkFeature) => readonly { name: string; percent: number }[];

export interface LayerTable {
  header: string[];
  rows: SheetCell[][];
}

function cell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Area (km², 亩) or length (km) of a geometry, geodesic; null for points. */
export function measuresOf(geometry: WorkGeometry): { areaKm2?: number; areaMu?: number; lengthKm?: number } {
  if (isPolygonal(geometry)) {
    const m2 = area(geometry);
    return { areaKm2: roundTo(m2 / 1e6, 6), areaMu: roundTo(m2ToMu(m2), 2) };
  }
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') return { lengthKm: roundTo(length({ type: 'Feature', properties: {}, geometry }, { units: 'kilometers' }), 6) };
  return {};
}

/** The geometry in the chosen system, rounded for text. */
export function projected(geometry: WorkGeometry, crs: ExportCrs, round: boolean): WorkGeometry {
  return mapPositions(geometry, (p): Position => {
    const [x = NaN, y = NaN] = crs.forward(p);
    return round ? [roundTo(x, crs.decimals), roundTo(y, crs.decimals)] : [x, y];
  });
}

/** Columns the export makes itself, which an attribute of the same name would collide with. */
const OWN = new Set(['id', 'wkt', AREA_KM2, AREA_MU, LENGTH_KM]);

export function layerTable(features: readonly WorkFeature[], crs: ExportCrs, options: { townShares?: TownSharesOf; maxCellChars?: number } = {}): LayerTable {
  const [xName, yName] = crs.xy;
  const own = new Set([...OWN, xName, yName]);
  const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties)))].filter((k) => !own.has(k));
  const measures = features.map((f) => measuresOf(f.geometry));
  const shares = features.map((f) => options.townShares?.(f) ?? []);
  const towns = [...new Set(shares.flatMap((s) => s.map((t) => t.name)))];
  const hasArea = measures.some((m) => m.areaKm2 !== undefined);
  const hasLength = measures.some((m) => m.lengthKm !== undefined);
  const hasPoints = features.some((f) => f.geometry.type === 'Point');
  const header = [
    'id',
    ...keys,
    ...(hasArea ? [AREA_KM2, AREA_MU] : []),
    ...(hasLength ? [LENGTH_KM] : []),
    ...towns.map(shareColumn).filter((c) => !keys.includes(c)),
    ...(hasPoints ? [xName, yName] : []),
    'wkt',
  ];
  const rows = features.map((f, i): SheetCell[] => {
    const m = measures[i]!;
    const geometry = projected(f.geometry, crs, true);
    const wkt = wktOf(geometry);
    const point = geometry.type === 'Point' ? geometry.coordinates : null;
    const share = new Map(shares[i]!.map((s) => [s.name, s.percent]));
    return [
      f.id,
      ...keys.map((k) => cell(f.properties[k])),
      ...(hasArea ? [m.areaKm2 ?? null, m.areaMu ?? null] : []),
      ...(hasLength ? [m.lengthKm ?? null] : []),
      ...towns.filter((t) => !keys.includes(shareColumn(t))).map((t) => share.get(t) ?? null),
      ...(hasPoints ? [point?.[0] ?? null, point?.[1] ?? null] : []),
      options.maxCellChars !== undefined && wkt.length > options.maxCellChars ? null : wkt,
    ];
  });
  return { header, rows };
}
