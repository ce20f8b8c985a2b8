/**
 * Reading a dropped file into raw GeoJSON features, before any conversion or check:
 * GeoJSON, zipped Shapefile (shpjs, with the .prj kept aside for detection), KML
 * (@tmcw/togeojson over @xmldom/xmldom, so it also runs in a worker) and CSV with
 * longitude/latitude columns (papaparse).
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { parseDbf, parseShp } from 'shpjs';
import { ArchiveError, unzipWithBudget } from './inflateBudget';
import { archiveFailure } from './importLimits';
import type { ImportErrorCode, ImportFormat } from './types';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
}

export interface RawImport {
  format: ImportFormat;
  /** Features as found in the file (possibly malformed; validation sorts them out). */
  features: unknown[];
  prj?: string;
  crsMember?: unknown;
}

export function formatOf(fileName: string): ImportFormat | 'shp' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  if (lower.endsWith('.zip')) return 'shapefile';
  if (lower.endsWith('.kml')) return 'kml';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.shp')) return 'shp';
  return null;
}

const decoder = new TextDecoder('utf-8');

function parseGeoJson(bytes: Uint8Array): RawImport {
  let root: unknown;
  try {
    root = JSON.parse(decoder.decode(bytes));
  } catch (e) {
    throw new ImportError('unreadable', e instanceof Error ? e.message : String(e));
  }
  if (typeof root !== 'object' || root === null) throw new ImportError('unreadable', 'not a JSON object');
  const record = root as { type?: unknown; features?: unknown; crs?: unknown };
  if (record.type === 'FeatureCollection') {
    if (!Array.isArray(record.features)) throw new ImportError('unreadable', '"features" is not a list');
    return { format: 'geojson', features: record.features, crsMember: record.crs };
  }
  if (record.type === 'Feature') return { format: 'geojson', features: [root], crsMember: record.crs };
  if (typeof record.type === 'string' && 'coordinates' in record) {
    return { format: 'geojson', features: [{ type: 'Feature', properties: {}, geometry: root }], crsMember: record.crs };
  }
  throw new ImportError('unreadable', 'no FeatureCollection, Feature or geometry');
}

function parseShapefileZip(bytes: Uint8Array): RawImport {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipWithBudget(bytes);
  } catch (e) {
    if (e instanceof ArchiveError) {
      const failure = archiveFailure(e);
      throw new ImportError(failure.code, failure.detail);
    }
    throw new ImportError('unreadable', e instanceof Error ? e.message : String(e));
  }
  const names = Object.keys(entries).filter((n) => !n.includes('__MACOSX'));
  const shps = names.filter((n) => n.toLowerCase().endsWith('.shp'));
  if (shps.length === 0) throw new ImportError('zip-no-shp', names.join(', '));
  const sibling = (shp: string, ext: string): Uint8Array | undefined => {
    const base = shp.slice(0, -4).toLowerCase();
    const name = names.find((n) => n.toLowerCase() === `${base}.${ext}`);
    return name ? entries[name] : undefined;
  };
  const features: unknown[] = [];
  let prj: string | undefined;
  for (const shp of shps) {
    const shpBytes = entries[shp];
    if (!shpBytes) continue;
    let geometries: unknown[];
    let rows: Record<string, unknown>[] = [];
    try {
      geometries = parseShp(shpBytes);
      const dbf = sibling(shp, 'dbf');
      const cpg = sibling(shp, 'cpg');
      if (dbf) rows = parseDbf(dbf, cpg ? decoder.decode(cpg) : undefined);
    } catch (e) {
      throw new ImportError('unreadable', `${shp}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const prjBytes = sibling(shp, 'prj');
    if (prjBytes && prj === undefined) prj = decoder.decode(prjBytes);
    const layer = shps.length > 1 ? shp.replace(/^.*\//, '').slice(0, -4) : undefined;
    geometries.forEach((geometry, i) => {
      const properties = { ...(rows[i] ?? {}), ...(layer ? { layer } : {}) };
      features.push({ type: 'Feature', properties, geometry: geometry ?? null });
    });
  }
  return { format: 'shapefile', features, prj };
}

function parseKml(bytes: Uint8Array): RawImport {
  const errors: string[] = [];
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(decoder.decode(bytes), 'text/xml');
  } catch (e) {
    // xmldom throws on fatal errors such as a file with no root element.
    throw new ImportError('unreadable', e instanceof Error ? e.message : String(e));
  }
  if (errors.length > 0) throw new ImportError('unreadable', errors[0]);
  // xmldom's Document is what togeojson's own typings call Document$1.
  const collection = kml(doc as unknown as Parameters<typeof kml>[0]);
  return { format: 'kml', features: collection.features };
}

export const LON_NAMES = ['lon', 'lng', 'long', 'longitude', 'x', '经度', '东经'];
export const LAT_NAMES = ['lat', 'latitude', 'y', '纬度', '北纬'];

/** Index of the header naming longitude (or latitude); -1 when none does. */
export function coordinateColumn(headers: readonly string[], names: readonly string[]): number {
  return headers.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

function toNumber(text: string | undefined): number {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? NaN : Number(trimmed);
}

function parseCsv(bytes: Uint8Array): RawImport {
  const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const [headers, ...rows] = parsed.data;
  if (!headers) throw new ImportError('no-features');
  const lonAt = coordinateColumn(headers, LON_NAMES);
  const latAt = coordinateColumn(headers, LAT_NAMES);
  if (lonAt < 0 || latAt < 0) throw new ImportError('csv-columns', headers.join(', '));
  const features = rows.map((row) => {
    const properties: Record<string, unknown> = {};
    headers.forEach((h, i) => {
      if (i !== lonAt && i !== latAt) properties[h] = row[i] ?? '';
    });
    const x = toNumber(row[lonAt]);
    const y = toNumber(row[latAt]);
    const geometry = Number.isFinite(x) && Number.isFinite(y) ? { type: 'Point', coordinates: [x, y] } : null;
    return { type: 'Feature', properties, geometry };
  });
  return { format: 'csv', features };
}

/** Reads a file's bytes by its name's extension. Throws {@link ImportError} when nothing can be read. */
export function parseFile(fileName: string, bytes: Uint8Array): RawImport {
  const format = formatOf(fileName);
  if (format === 'shp') throw new ImportError('lone-shp');
  if (!format) throw new ImportError('unsupported-format', fileName);
  const raw =
    format === 'geojson'
      ? parseGeoJson(bytes)
      : format === 'shapefile'
        ? parseShapefileZip(bytes)
        : format === 'kml'
          ? parseKml(bytes)
          : parseCsv(bytes);
  if (raw.features.length === 0) throw new ImportError('no-features');
  return raw;
}
