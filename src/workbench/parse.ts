/**
 * Reading a dropped file into raw GeoJSON features, before any conversion or check:
 * GeoJSON, zipped Shapefile (formats/shapefileZip.ts, with the .prj kept aside for
 * detection), KML (@tmcw/togeojson over @xmldom/xmldom, so it also runs in a worker) and
 * CSV or TSV with longitude/latitude columns (formats/csv.ts).
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { CsvError, readCsv } from './formats/csv';
import { readShapefileZip, ShapefileError } from './formats/shapefileZip';
import type { EncodingInfo, ImportErrorCode, ImportFormat, ImportNotice } from './types';

export { coordinateColumn } from './formats/csv';

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
  encoding?: EncodingInfo;
  notices?: ImportNotice[];
}

export interface ParseOptions {
  /** The text encoding the user chose for attributes (Shapefile, CSV). */
  encoding?: string;
}

export function formatOf(fileName: string): ImportFormat | 'shp' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  if (lower.endsWith('.zip')) return 'shapefile';
  if (lower.endsWith('.kml')) return 'kml';
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) return 'csv';
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
  if (record.type === 'GeometryCollection' || (typeof record.type === 'string' && 'coordinates' in record)) {
    return { format: 'geojson', features: [{ type: 'Feature', properties: {}, geometry: root }], crsMember: record.crs };
  }
  const found = typeof record.type === 'string' ? `"type": "${record.type.slice(0, 40)}"` : 'no "type" member';
  throw new ImportError('unreadable', `not a FeatureCollection, Feature or geometry (${found})`);
}

function parseShapefileZip(bytes: Uint8Array, options: ParseOptions): RawImport {
  try {
    return { format: 'shapefile', ...readShapefileZip(bytes, options) };
  } catch (e) {
    if (e instanceof ShapefileError) throw new ImportError(e.code, e.detail);
    throw e;
  }
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

function parseCsv(bytes: Uint8Array, options: ParseOptions & { tab: boolean }): RawImport {
  try {
    return { format: 'csv', ...readCsv(bytes, options) };
  } catch (e) {
    if (e instanceof CsvError) throw new ImportError(e.code, e.detail);
    throw e;
  }
}

/** Reads a file's bytes by its name's extension. Throws {@link ImportError} when nothing can be read. */
export function parseFile(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): RawImport {
  const format = formatOf(fileName);
  if (format === 'shp') throw new ImportError('lone-shp');
  if (!format) throw new ImportError('unsupported-format', fileName);
  const raw =
    format === 'geojson'
      ? parseGeoJson(bytes)
      : format === 'shapefile'
        ? parseShapefileZip(bytes, options)
        : format === 'kml'
          ? parseKml(bytes)
          : parseCsv(bytes, { ...options, tab: fileName.toLowerCase().endsWith('.tsv') });
  if (raw.features.length === 0) throw new ImportError('no-features');
  return raw;
}
