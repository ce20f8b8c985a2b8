/**
 * Conversions from the coordinate systems planners meet in Chongqing to WGS-84.
 * Gauss-Krüger and Web Mercator go through proj4; GCJ-02 and BD-09 (Chinese web-map
 * offsets, not projections) through gcoord. CGCS2000 geographic differs from WGS-84
 * by centimetres, far below what the map shows, so it is taken as is.
 */
import gcoord from 'gcoord';
import type { Position } from 'geojson';
import proj4, { type Converter } from 'proj4';
import type { BuiltinCrsId, CrsId } from './types';

export const CRS_IDS: readonly BuiltinCrsId[] = ['wgs84', 'cgcs2000', 'gcj02', 'bd09', 'epsg3857', 'epsg4544', 'epsg4523'];

/** Short technical labels (the same in both languages). */
export const CRS_LABELS: Record<BuiltinCrsId, string> = {
  wgs84: 'WGS-84 (EPSG:4326)',
  cgcs2000: 'CGCS2000 (EPSG:4490)',
  gcj02: 'GCJ-02',
  bd09: 'BD-09',
  epsg3857: 'Web Mercator (EPSG:3857)',
  epsg4544: 'CGCS2000 / 3° GK CM 105°E (EPSG:4544)',
  epsg4523: 'CGCS2000 / 3° GK zone 35 (EPSG:4523)',
};

/** EPSG systems planners in Chongqing meet besides the built-in ones, offered in the picker (any other code can be typed). */
export const COMMON_EPSG: readonly { crs: `epsg:${number}`; label: string }[] = [
  { crs: 'epsg:4507', label: 'CGCS2000 / 6° GK CM 105°E (EPSG:4507)' },
  { crs: 'epsg:4496', label: 'CGCS2000 / 6° GK zone 18 (EPSG:4496)' },
  { crs: 'epsg:2380', label: 'Xian 1980 / 3° GK CM 105°E (EPSG:2380)' },
  { crs: 'epsg:2432', label: 'Beijing 1954 / 3° GK CM 105°E (EPSG:2432)' },
  { crs: 'epsg:32648', label: 'WGS 84 / UTM zone 48N (EPSG:32648)' },
  { crs: 'epsg:32649', label: 'WGS 84 / UTM zone 49N (EPSG:32649)' },
  { crs: 'epsg:3395', label: 'WGS 84 / World Mercator (EPSG:3395)' },
];

const GK_4544 = '+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const GK_4523 = '+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=35500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
proj4.defs('EPSG:4544', GK_4544);
proj4.defs('EPSG:4523', GK_4523);

const projected: Partial<Record<BuiltinCrsId, string>> = {
  epsg3857: 'EPSG:3857',
  epsg4544: 'EPSG:4544',
  epsg4523: 'EPSG:4523',
};

export type Transform = (position: Position) => Position;

function keepRest(position: Position, lon: number, lat: number): Position {
  return position.length > 2 ? [lon, lat, ...position.slice(2)] : [lon, lat];
}

/** A function converting one position of `crs` to WGS-84 longitude/latitude. */
export function toWgs84(crs: BuiltinCrsId): Transform {
  const code = projected[crs];
  if (code) {
    const converter = proj4(code, 'EPSG:4326');
    return (p) => {
      const [lon, lat] = converter.forward([p[0] ?? NaN, p[1] ?? NaN]);
      return keepRest(p, lon ?? NaN, lat ?? NaN);
    };
  }
  if (crs === 'gcj02' || crs === 'bd09') {
    const from = crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
    const forward = (w: [number, number]) => gcoord.transform<[number, number]>(w, gcoord.WGS84, from);
    return (p) => {
      const target: [number, number] = [p[0] ?? NaN, p[1] ?? NaN];
      const start = gcoord.transform<[number, number]>(target, from, gcoord.WGS84);
      const [lon, lat] = refineInverse(forward, target, start);
      return keepRest(p, lon, lat);
    };
  }
  return (p) => p;
}

/**
 * gcoord's way back to WGS-84 is approximate: GCJ-02 stops iterating at 1e-6° (about
 * 0.1 m) and BD-09 -> GCJ-02 is a closed-form approximation (about 2e-6°). The offsets
 * change slowly with position, so a few fixed-point steps against the exact forward
 * conversion bring the round trip below 1e-9°.
 */
export function refineInverse(
  forward: (w: [number, number]) => [number, number],
  target: [number, number],
  start: [number, number],
): [number, number] {
  if (!Number.isFinite(start[0]) || !Number.isFinite(start[1])) return start;
  // Keep the best point seen: at the edge of gcoord's China box the offset jumps and steps may not converge.
  let w = start;
  let best = start;
  let bestError = Infinity;
  for (let step = 0; step < 8; step++) {
    const [fx, fy] = forward(w);
    const dx = fx - target[0];
    const dy = fy - target[1];
    const error = Math.max(Math.abs(dx), Math.abs(dy));
    if (!Number.isFinite(error)) break;
    if (error < bestError) {
      best = w;
      bestError = error;
    }
    if (error < 1e-11) break;
    w = [w[0] - dx, w[1] - dy];
  }
  return best;
}

/** The reverse of {@link toWgs84}, used to write test files and to check round trips. */
export function fromWgs84(crs: BuiltinCrsId): Transform {
  const code = projected[crs];
  if (code) {
    const converter = proj4('EPSG:4326', code);
    return (p) => {
      const [x, y] = converter.forward([p[0] ?? NaN, p[1] ?? NaN]);
      return keepRest(p, x ?? NaN, y ?? NaN);
    };
  }
  if (crs === 'gcj02' || crs === 'bd09') {
    const to = crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
    return (p) => {
      const [x, y] = gcoord.transform<[number, number]>([p[0] ?? NaN, p[1] ?? NaN], gcoord.WGS84, to);
      return keepRest(p, x, y);
    };
  }
  return (p) => p;
}

export function isGeographic(crs: BuiltinCrsId): boolean {
  return !(crs in projected);
}

/** Well-known text of the .prj that GIS software writes for EPSG:4544 (used by tests and fixtures). */
export const PRJ_4544 =
  'PROJCS["CGCS2000_3_Degree_GK_CM_105E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

export function isBuiltin(crs: CrsId): crs is BuiltinCrsId {
  return (CRS_IDS as readonly string[]).includes(crs);
}

/** A converter to WGS-84 from a proj4 definition (proj string or WKT); null when proj4 cannot read it. */
export function definitionToWgs84(definition: string): Transform | null {
  let converter: Converter;
  try {
    converter = proj4(definition, 'EPSG:4326');
  } catch {
    return null;
  }
  return (p) => {
    try {
      const [lon, lat] = converter.forward([p[0] ?? NaN, p[1] ?? NaN]);
      return keepRest(p, lon ?? NaN, lat ?? NaN);
    } catch {
      // Some projections throw outside their domain: such a position is simply not usable.
      return keepRest(p, NaN, NaN);
    }
  };
}

/** The reverse of {@link definitionToWgs84}, for writing test files. */
export function definitionFromWgs84(definition: string): Transform {
  const converter = proj4('EPSG:4326', definition);
  return (p) => {
    const [x, y] = converter.forward([p[0] ?? NaN, p[1] ?? NaN]);
    return keepRest(p, x ?? NaN, y ?? NaN);
  };
}
