/**
 * From a coordinate-system id to a converter and a label: the built-in systems directly,
 * any EPSG code through the EPSG table, 'prj' through the file's own well-known text. Pure.
 */
import { CRS_LABELS, definitionToWgs84, isBuiltin, toWgs84, type Transform } from './crs';
import type { EpsgLookup } from './epsg';
import type { BuiltinCrsId, CrsId } from './types';

export interface CrsContext {
  epsg?: EpsgLookup;
  /** The file's .prj, for 'prj'. */
  prj?: string;
}

export interface ResolvedCrs {
  crs: CrsId;
  label: string;
  transform: Transform;
}

/** EPSG codes that are one of the built-in systems. */
const BUILTIN_CODES: Record<number, BuiltinCrsId> = {
  4326: 'wgs84',
  4490: 'cgcs2000',
  3857: 'epsg3857',
  900913: 'epsg3857',
  4544: 'epsg4544',
  4523: 'epsg4523',
};

/** Definitions the range guess offers even without the EPSG table (from the EPSG dataset). */
const FALLBACK: Record<number, [string, string]> = {
  32648: ['WGS 84 / UTM zone 48N', '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs'],
  32649: ['WGS 84 / UTM zone 49N', '+proj=utm +zone=49 +datum=WGS84 +units=m +no_defs'],
};

export function builtinForCode(code: number): BuiltinCrsId | undefined {
  return BUILTIN_CODES[code];
}

/** The id for an EPSG code: a built-in id where there is one. */
export function crsIdForCode(code: number): CrsId {
  return builtinForCode(code) ?? `epsg:${code}`;
}

/** The name a .prj gives its system (the first quoted string), only when the text is well-known text. */
export function wktName(wkt: string): string | null {
  return /^\s*[A-Z][A-Z0-9_]*\[\s*"([^"]{1,120})"/i.exec(wkt)?.[1] ?? null;
}

export function resolveCrs(crs: CrsId, context: CrsContext): ResolvedCrs | null {
  if (isBuiltin(crs)) return { crs, label: CRS_LABELS[crs], transform: toWgs84(crs) };
  if (crs === 'prj') {
    const transform = context.prj ? definitionToWgs84(context.prj) : null;
    if (!transform || !context.prj) return null;
    return { crs, label: wktName(context.prj) ?? '.prj', transform };
  }
  const code = Number(crs.slice('epsg:'.length));
  const builtin = builtinForCode(code);
  if (builtin) return resolveCrs(builtin, context);
  const fallback = FALLBACK[code];
  const entry = context.epsg?.byCode(code) ?? (fallback ? { name: fallback[0], proj4: fallback[1] } : undefined);
  const transform = entry ? definitionToWgs84(entry.proj4) : null;
  if (!entry || !transform) return null;
  return { crs, label: `${entry.name} (EPSG:${code})`, transform };
}

/** Reads what a user typed: "32648", "EPSG:32648", "epsg 32648". */
export function parseCrsInput(text: string): CrsId | null {
  const match = /^\s*(?:epsg\s*[:：]?\s*)?(\d{4,6})\s*$/i.exec(text);
  return match ? crsIdForCode(Number(match[1])) : null;
}
