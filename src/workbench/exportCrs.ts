/**
 * The coordinate system an export is written in: by default the one the layer came in
 * (its source), any EPSG system of the table on request. GeoJSON and KML are always
 * WGS-84 (RFC 7946, KML 2.2); Shapefile, CSV and Excel carry the chosen system, with x/y
 * columns named for it and, for Shapefile, its .prj. Pure: the tables are passed in.
 */
import { CRS_LABELS, definitionFromWgs84, fromWgs84, isBuiltin, isGeographic, type Transform } from './crs';
import type { EpsgLookup } from './epsg';
import type { CrsId, WorkLayer } from './types';

export interface ExportCrs {
  id: CrsId;
  /** The EPSG code; null for GCJ-02, BD-09 and a .prj of its own. */
  code: number | null;
  label: string;
  geographic: boolean;
  /** WGS-84 longitude/latitude to this system. */
  forward: Transform;
  /** The .prj text (ESRI WKT); null when the system has none (GCJ-02, BD-09). */
  prj: string | null;
  /** Names of the x and y columns of CSV and Excel. */
  xy: [string, string];
  /** Decimals written in text formats: 9 for degrees (0.1 mm), 4 for metres. */
  decimals: number;
}

export interface ExportCrsTables {
  epsg?: EpsgLookup;
  /** ESRI WKT by EPSG code (the build's `virtual:epsg-prj`). */
  prjOf?: (code: number) => string | undefined;
  /** The layer's own .prj, for 'prj'. */
  sourcePrj?: string;
}

const BUILTIN_CODES: Partial<Record<CrsId, number>> = { wgs84: 4326, cgcs2000: 4490, epsg3857: 3857, epsg4544: 4544, epsg4523: 4523 };

/** The EPSG code a system id names, when it names one. */
export function epsgCodeOf(id: CrsId): number | null {
  if (id.startsWith('epsg:')) return Number(id.slice(5));
  return BUILTIN_CODES[id] ?? null;
}

/** The system an export of this layer is written in unless the user picks another: the one it came in. */
export function defaultExportCrs(layer: WorkLayer | undefined): CrsId {
  const source = layer?.source;
  if (!source) return 'wgs84';
  if (source.crs === 'prj' && !source.prj) return 'wgs84';
  return source.crs;
}

function columns(id: CrsId, code: number | null, geographic: boolean): [string, string] {
  if (id === 'wgs84') return ['lon', 'lat'];
  const tag = code !== null ? `epsg${code}` : id;
  return geographic ? [`lon_${tag}`, `lat_${tag}`] : [`x_${tag}`, `y_${tag}`];
}

/** The system, or null when it cannot be written (an EPSG code not in the table, a .prj proj4 cannot read). */
export function exportCrs(id: CrsId, tables: ExportCrsTables = {}): ExportCrs | null {
  const code = epsgCodeOf(id);
  const make = (label: string, geographic: boolean, forward: Transform, prj: string | null): ExportCrs => ({
    id,
    code,
    label,
    geographic,
    forward,
    prj,
    xy: columns(id, code, geographic),
    decimals: geographic ? 9 : 4,
  });
  if (isBuiltin(id)) {
    const prj = code !== null ? (tables.prjOf?.(code) ?? null) : null;
    return make(CRS_LABELS[id], isGeographic(id), fromWgs84(id), prj);
  }
  if (id === 'prj') {
    if (!tables.sourcePrj) return null;
    try {
      return make('.prj', /^\s*GEOGCS/i.test(tables.sourcePrj), definitionFromWgs84(tables.sourcePrj), tables.sourcePrj);
    } catch {
      return null;
    }
  }
  const entry = code !== null ? tables.epsg?.byCode(code) : undefined;
  if (!entry || code === null) return null;
  try {
    return make(`${entry.name} (EPSG:${code})`, /\+proj=longlat\b/.test(entry.proj4), definitionFromWgs84(entry.proj4), tables.prjOf?.(code) ?? null);
  } catch {
    return null;
  }
}

/** Rounds a position for text formats: 9 decimals for degrees, 4 for metres. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
