/**
 * Deciding an import's coordinate system: from a Shapefile's .prj, a GeoJSON `crs`
 * member, or, when the file names none, from the coordinate ranges (Yongchuan lies at
 * about 105.3-106.1°E, 28.9-29.6°N, so each system's numbers look quite different).
 * A system the file names is never overridden by a guess. Pure.
 */
import { definitionToWgs84 } from './crs';
import { builtinForCode, crsIdForCode, wktName } from './crsResolve';
import type { EpsgLookup } from './epsg';
import type { CrsId } from './types';

export interface Detection {
  crs: CrsId;
  reason: 'prj' | 'crs-member' | 'range';
  /** Other systems the numbers fit as well (range detection only). */
  alternatives?: CrsId[];
}

/** A detection, or the name the file gave (null when its text is not well-known text) when it cannot be read. */
export type NamedDetection = Detection | { crs: null; name: string | null };

function wktParameter(wkt: string, name: string): number | null {
  const match = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return match ? Number(match[1]) : null;
}

/** Yongchuan, for comparing two readings of one system. */
const HERE: [number, number] = [105.9, 29.35];

/** Whether the file's WKT and the EPSG definition found by its name put a position near Yongchuan within 1 m of each other. */
function agree(wkt: string, proj4Definition: string): boolean {
  const fromWkt = definitionToWgs84(wkt);
  const fromEpsg = definitionToWgs84(proj4Definition);
  if (!fromWkt || !fromEpsg) return true; // nothing to compare with: the name is all there is
  // Both readings applied to the same numbers; the numbers themselves only need to be plausible.
  const probe = [500000, 3250000];
  const a = fromWkt(probe);
  const b = fromEpsg(probe);
  const dLon = ((a[0] ?? NaN) - (b[0] ?? NaN)) * 111320 * Math.cos((HERE[1] * Math.PI) / 180);
  const dLat = ((a[1] ?? NaN) - (b[1] ?? NaN)) * 110540;
  const apart = Math.hypot(dLon, dLat);
  // Datum shifts (e.g. Beijing 1954's TOWGS84, which ESRI's WKT leaves out) are the EPSG definition's to add.
  return Number.isFinite(apart) ? apart < 500 : true;
}

/** Reads a .prj (ESRI or OGC well-known text). `epsg` widens what it knows to every EPSG system. */
export function detectFromPrj(wkt: string, epsg?: EpsgLookup): NamedDetection {
  const text = wkt.trim();
  const name = wktName(text);
  if (name === null) return { crs: null, name: null };
  const upper = text.toUpperCase();
  const isProjected = upper.startsWith('PROJCS') || upper.startsWith('PROJCRS');
  // The CRS's own authority is the last one in WKT1 (inner ones belong to datum, units…).
  const authorities = [...upper.matchAll(/(?:AUTHORITY|ID)\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/g)];
  const own = authorities.at(-1)?.[1];
  const ownCode = own ? Number(own) : undefined;
  const known = ownCode ? builtinForCode(ownCode) : undefined;
  if (known && !isProjected) return { crs: known, reason: 'prj' };
  const cgcs = /CGCS2000|CHINA_2000|CHINA_GEODETIC_COORDINATE_SYSTEM_2000|CHINA 2000/.test(upper);
  const wgs = /WGS[_ ]?(19)?84/.test(upper);
  if (isProjected) {
    if (/MERCATOR_AUXILIARY_SPHERE|PSEUDO[-_ ]MERCATOR|WEB[_ ]MERCATOR|POPULAR VISUALISATION/.test(upper)) {
      return { crs: 'epsg3857', reason: 'prj' };
    }
    const tm = /TRANSVERSE_MERCATOR|TRANSVERSE MERCATOR|GAUSS_KRUGER|GAUSS-KRUGER|GAUSS_KRÜGER/.test(upper);
    const cm = wktParameter(text, 'central_meridian') ?? wktParameter(text, 'Longitude of natural origin');
    const fe = wktParameter(text, 'false_easting') ?? wktParameter(text, 'False easting');
    const k = wktParameter(text, 'scale_factor') ?? wktParameter(text, 'Scale factor at natural origin') ?? 1;
    if (cgcs && tm && cm === 105 && k === 1) {
      if (fe === 500000) return { crs: 'epsg4544', reason: 'prj' };
      if (fe === 35500000) return { crs: 'epsg4523', reason: 'prj' };
    }
    if (known) return { crs: known, reason: 'prj' };
  } else {
    if (cgcs) return { crs: 'cgcs2000', reason: 'prj' };
    if (wgs) return { crs: 'wgs84', reason: 'prj' };
  }
  if (ownCode && epsg?.byCode(ownCode)) return { crs: crsIdForCode(ownCode), reason: 'prj' };
  const byName = epsg?.byName(name);
  if (byName && agree(text, byName.proj4)) return { crs: crsIdForCode(byName.code), reason: 'prj' };
  if (definitionToWgs84(text)) return { crs: 'prj', reason: 'prj' };
  return { crs: null, name };
}

/** Reads a GeoJSON `crs` member (GeoJSON 2008 style, still written by many tools). */
export function detectFromCrsMember(crs: unknown, epsg?: EpsgLookup): NamedDetection | null {
  if (typeof crs !== 'object' || crs === null) return null;
  const properties = (crs as { properties?: unknown }).properties;
  const name = typeof properties === 'object' && properties !== null ? (properties as { name?: unknown }).name : undefined;
  if (typeof name !== 'string') return null;
  const upper = name.toUpperCase();
  const code = /EPSG:{1,2}(?:[\d.]*:)?(\d+)$/.exec(upper)?.[1];
  if (code && (builtinForCode(Number(code)) || epsg?.byCode(Number(code)))) {
    return { crs: crsIdForCode(Number(code)), reason: 'crs-member' };
  }
  if (/CRS84$/.test(upper)) return { crs: 'wgs84', reason: 'crs-member' };
  if (/GCJ[-_]?02/.test(upper)) return { crs: 'gcj02', reason: 'crs-member' };
  if (/BD[-_]?09/.test(upper)) return { crs: 'bd09', reason: 'crs-member' };
  return { crs: null, name: name.slice(0, 120) };
}

type RangeClass = CrsId | null;

/** The system a single position's numbers fit, near Yongchuan. */
export function classifyPosition(x: number, y: number): RangeClass {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'wgs84';
  if (y > 1e6 && y < 6e6) {
    if (x >= 35e6 && x < 36e6) return 'epsg4523';
    if (x > 1e5 && x < 9e5) return 'epsg4544';
  }
  if (x > 8e6 && x < 1.6e7 && y > 1e6 && y < 7.5e6) return 'epsg3857';
  return null;
}

/**
 * Systems whose numbers near Yongchuan are the same to within a few km: UTM zone 48N
 * has 4544's central meridian and false easting, and only its scale (0.9996) differs,
 * moving northings by about 1.3 km. Nothing in the numbers tells them apart.
 */
const LOOK_ALIKES: Partial<Record<string, CrsId[]>> = {
  epsg4544: ['epsg:32648'],
};

/**
 * The system most sample positions fit (one position per feature is enough: a file
 * rarely mixes systems, while a few swapped or broken features must not sway the vote).
 */
export function detectFromRange(samples: readonly (readonly [number, number])[]): Detection | null {
  const votes = new Map<CrsId, number>();
  for (const [x, y] of samples) {
    const c = classifyPosition(x, y);
    if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  let best: CrsId | null = null;
  let bestVotes = 0;
  for (const [crs, n] of votes) {
    if (n > bestVotes) {
      best = crs;
      bestVotes = n;
    }
  }
  if (!best) return null;
  const alternatives = LOOK_ALIKES[best];
  return alternatives ? { crs: best, reason: 'range', alternatives } : { crs: best, reason: 'range' };
}
