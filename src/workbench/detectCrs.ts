/**
 * Guessing an import's coordinate system: from a Shapefile's .prj, a GeoJSON `crs`
 * member, or, failing both, from the coordinate ranges (Yongchuan lies at about
 * 105.3-106.1°E, 28.9-29.6°N, so each system's numbers look quite different). Pure.
 */
import type { CrsId } from './types';

export interface Detection {
  crs: CrsId;
  reason: 'prj' | 'crs-member' | 'range';
}

/** A detection, or the name the file gave when it names a system the workbench does not know. */
export type NamedDetection = Detection | { crs: null; name: string };

function wktParameter(wkt: string, name: string): number | null {
  const match = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return match ? Number(match[1]) : null;
}

function wktName(wkt: string): string {
  return /^\s*\w+\[\s*"([^"]*)"/.exec(wkt)?.[1] ?? wkt.slice(0, 60);
}

const EPSG_CODES: Record<string, CrsId> = {
  '4326': 'wgs84',
  '4490': 'cgcs2000',
  '3857': 'epsg3857',
  '900913': 'epsg3857',
  '4544': 'epsg4544',
  '4523': 'epsg4523',
};

/** Reads a .prj (ESRI or OGC well-known text). */
export function detectFromPrj(wkt: string): NamedDetection {
  const text = wkt.trim();
  const upper = text.toUpperCase();
  // The CRS's own authority is the last one in WKT1 (inner ones belong to datum, units…).
  const authorities = [...upper.matchAll(/(?:AUTHORITY|ID)\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/g)];
  const own = authorities.at(-1)?.[1];
  const known = own ? EPSG_CODES[own] : undefined;
  if (known && !upper.startsWith('PROJCS') && !upper.startsWith('PROJCRS')) return { crs: known, reason: 'prj' };
  const cgcs = /CGCS2000|CHINA_2000|CHINA_GEODETIC_COORDINATE_SYSTEM_2000|CHINA 2000/.test(upper);
  const wgs = /WGS[_ ]?(19)?84/.test(upper);
  if (upper.startsWith('PROJCS') || upper.startsWith('PROJCRS')) {
    if (/MERCATOR_AUXILIARY_SPHERE|PSEUDO[-_ ]MERCATOR|WEB[_ ]MERCATOR|POPULAR VISUALISATION/.test(upper)) {
      return { crs: 'epsg3857', reason: 'prj' };
    }
    const tm = /TRANSVERSE_MERCATOR|TRANSVERSE MERCATOR|GAUSS_KRUGER|GAUSS-KRUGER|GAUSS_KRÜGER/.test(upper);
    const cm = wktParameter(text, 'central_meridian') ?? wktParameter(text, 'Longitude of natural origin');
    const fe = wktParameter(text, 'false_easting') ?? wktParameter(text, 'False easting');
    if (cgcs && tm && cm === 105) {
      if (fe === 500000) return { crs: 'epsg4544', reason: 'prj' };
      if (fe === 35500000) return { crs: 'epsg4523', reason: 'prj' };
    }
    if (known) return { crs: known, reason: 'prj' };
    return { crs: null, name: wktName(text) };
  }
  if (cgcs) return { crs: 'cgcs2000', reason: 'prj' };
  if (wgs) return { crs: 'wgs84', reason: 'prj' };
  return { crs: null, name: wktName(text) };
}

/** Reads a GeoJSON `crs` member (GeoJSON 2008 style, still written by many tools). */
export function detectFromCrsMember(crs: unknown): NamedDetection | null {
  if (typeof crs !== 'object' || crs === null) return null;
  const properties = (crs as { properties?: unknown }).properties;
  const name = typeof properties === 'object' && properties !== null ? (properties as { name?: unknown }).name : undefined;
  if (typeof name !== 'string') return null;
  const upper = name.toUpperCase();
  const code = /EPSG:{1,2}(\d+)$/.exec(upper)?.[1];
  if (code && EPSG_CODES[code]) return { crs: EPSG_CODES[code], reason: 'crs-member' };
  if (/CRS84$/.test(upper)) return { crs: 'wgs84', reason: 'crs-member' };
  if (/GCJ[-_]?02/.test(upper)) return { crs: 'gcj02', reason: 'crs-member' };
  if (/BD[-_]?09/.test(upper)) return { crs: 'bd09', reason: 'crs-member' };
  return { crs: null, name };
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
  return best ? { crs: best, reason: 'range' } : null;
}
