/**
 * A zipped Shapefile into raw features: each .shp with its .shx, .dbf, .cpg and .prj.
 * Attributes are decoded in the encoding the .cpg or the .dbf's language driver names
 * (or detected); a damaged record is kept as a {@link DamagedRecord} so the report can
 * say which; and what was read is compared with what .shx and .dbf say the file holds.
 */
import { archiveFailure } from '../../intake/limits';
import { ArchiveError, unzipWithBudget } from '../../intake/inflateBudget';
import type { ImportErrorCode } from '../types';
import type { EncodingInfo, ImportNotice } from '../types';
import { DamagedRecord } from '../validate';
import { DbfError, dbfTextSample, readDbfHeader, readDbfRows } from './dbf';
import { decideEncoding } from './encoding';
import { readShp, ShpError } from './shp';

export class ShapefileError extends Error {
  constructor(
    readonly code: Extract<ImportErrorCode, 'unreadable' | 'zip-no-shp' | 'archive-too-large'>,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface ShapefileRead {
  features: unknown[];
  prj?: string;
  encoding?: EncodingInfo;
  notices: ImportNotice[];
}

const utf8 = new TextDecoder('utf-8');

export function readShapefileZip(bytes: Uint8Array, options: { encoding?: string } = {}): ShapefileRead {
  let entries: Record<string, Uint8Array>;
  try {
    // Inflated against a budget: a small zip that expands past it is refused as soon as it does.
    entries = unzipWithBudget(bytes);
  } catch (e) {
    if (e instanceof ArchiveError) {
      const failure = archiveFailure(e);
      throw new ShapefileError(failure.code === 'archive-too-large' ? 'archive-too-large' : 'unreadable', failure.detail);
    }
    throw new ShapefileError('unreadable', e instanceof Error ? e.message : String(e));
  }
  const names = Object.keys(entries).filter((n) => !n.includes('__MACOSX'));
  const shps = names.filter((n) => n.toLowerCase().endsWith('.shp'));
  if (shps.length === 0) throw new ShapefileError('zip-no-shp', names.join(', '));
  const sibling = (shp: string, ext: string): Uint8Array | undefined => {
    const base = shp.slice(0, -4).toLowerCase();
    const name = names.find((n) => n.toLowerCase() === `${base}.${ext}`);
    return name ? entries[name] : undefined;
  };
  const features: unknown[] = [];
  const notices: ImportNotice[] = [];
  let prj: string | undefined;
  let encoding: EncodingInfo | undefined;
  for (const shp of shps) {
    const layerName = shp.replace(/^.*\//, '').slice(0, -4);
    const layer = shps.length > 1 ? layerName : undefined;
    const dbf = sibling(shp, 'dbf');
    let rows: Record<string, unknown>[] = [];
    let dbfRecords = 0;
    try {
      if (dbf) {
        const cpg = sibling(shp, 'cpg');
        const probe = readDbfHeader(dbf, (b) => utf8.decode(b));
        const chosen = decideEncoding({
          override: options.encoding,
          cpg: cpg ? utf8.decode(cpg) : undefined,
          ldid: probe.ldid,
          sample: dbfTextSample(dbf, probe),
        });
        encoding ??= chosen;
        const decoder = new TextDecoder(chosen.encoding);
        const decode = (b: Uint8Array) => decoder.decode(b);
        const header = readDbfHeader(dbf, decode);
        dbfRecords = header.records;
        rows = readDbfRows(dbf, header, decode);
      }
    } catch (e) {
      if (!(e instanceof DbfError)) throw e;
      throw new ShapefileError('unreadable', `${shp}: ${e.message}`);
    }
    const shpBytes = entries[shp]!;
    let read: ReturnType<typeof readShp>;
    try {
      read = readShp(shpBytes, sibling(shp, 'shx'));
    } catch (e) {
      if (!(e instanceof ShpError)) throw e;
      throw new ShapefileError('unreadable', `${shp}: ${e.message}`);
    }
    const prjBytes = sibling(shp, 'prj');
    if (prjBytes && prj === undefined) prj = utf8.decode(prjBytes);
    read.records.forEach((record, i) => {
      const properties = { ...(rows[i] ?? {}), ...(layer ? { layer } : {}) };
      features.push(record.ok ? { type: 'Feature', properties, geometry: record.geometry } : new DamagedRecord(properties, record.detail));
    });
    // Whatever holds more records than were read says something was cut off.
    const expected = Math.max(read.indexed ?? 0, dbfRecords);
    if (expected > read.records.length) {
      const readable = read.records.filter((r) => r.ok).length;
      notices.push({ code: 'records-short', values: { layer: layerName, read: readable, expected } });
    }
    // Records with a null shape are legal (a row without a shape): counted here, each listed as a problem.
    const nulls = read.records.filter((r) => r.ok && r.geometry === null).length;
    if (nulls > 0) notices.push({ code: 'null-shapes', values: { layer: layerName, count: nulls, records: read.records.length } });
    // Attribute rows missing (a short .dbf) or left over: say so, since they are matched to shapes by position.
    if (dbf && rows.length !== read.records.length && expected <= read.records.length) {
      notices.push({ code: 'dbf-count', values: { layer: layerName, shapes: read.records.length, rows: rows.length } });
    }
  }
  return { features, prj, encoding, notices };
}
