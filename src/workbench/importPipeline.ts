/**
 * One import from bytes to a result: parse, decide the coordinate system, then check and
 * convert each feature. Runs in the intake worker (src/intake); pure apart from progress callbacks.
 */
import { detectFromCrsMember, detectFromPrj, detectFromRange, type NamedDetection } from './detectCrs';
import { resolveCrs, type ResolvedCrs } from './crsResolve';
import type { EpsgLookup } from './epsg';
import type { BBox } from './geometry';
import { ImportError, parseFile, type RawImport } from './parse';
import { tidyFeatures } from './rawFeatures';
import type { CrsCandidate, CrsId, CrsReason, ImportErrorCode, ImportNotice, ImportResult } from './types';
import { checkFeature } from './validate';

export interface ImportOptions {
  /** The system the user chose; overrides detection. */
  crs?: CrsId;
  /** The attribute encoding the user chose; overrides what the file says. */
  encoding?: string;
  districtBbox: BBox;
  /** Every EPSG system by code and name (the worker loads it lazily); without it only the built-in systems are known. */
  epsg?: EpsgLookup;
  onProgress?: (done: number, total: number) => void;
}

/** One representative position per feature (its first), for range detection. */
function samplePositions(features: readonly unknown[]): [number, number][] {
  const out: [number, number][] = [];
  const step = Math.max(1, Math.floor(features.length / 2000));
  for (let i = 0; i < features.length; i += step) {
    let g = (features[i] as { geometry?: { coordinates?: unknown; geometries?: unknown[] } } | null)?.geometry;
    while (g && Array.isArray(g.geometries)) g = g.geometries[0] as typeof g;
    let c: unknown = g?.coordinates;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') out.push([c[0], c[1]]);
  }
  return out;
}

export interface CrsDecision {
  resolved: ResolvedCrs;
  reason: CrsReason;
  unknownCrsName?: string;
  /** The named system's text was not well-known text (e.g. an HTML page saved as .prj). */
  prjUnreadable?: boolean;
  alternatives?: CrsId[];
}

function mustResolve(crs: CrsId, raw: RawImport, epsg?: EpsgLookup): ResolvedCrs {
  const resolved = resolveCrs(crs, { epsg, prj: raw.prj });
  if (!resolved) throw new ImportError('unknown-crs', crs);
  return resolved;
}

export function decideCrs(raw: RawImport, override?: CrsId, epsg?: EpsgLookup): CrsDecision {
  if (override) return { resolved: mustResolve(override, raw, epsg), reason: 'user' };
  if (raw.format === 'kml') return { resolved: mustResolve('wgs84', raw), reason: 'kml' };
  let unknownCrsName: string | undefined;
  let prjUnreadable = false;
  const named: NamedDetection | null = raw.prj !== undefined ? detectFromPrj(raw.prj, epsg) : detectFromCrsMember(raw.crsMember, epsg);
  if (named?.crs) {
    const resolved = resolveCrs(named.crs, { epsg, prj: raw.prj });
    if (resolved) return { resolved, reason: named.reason };
  }
  if (named && named.crs === null) {
    if (named.name === null) prjUnreadable = true;
    else unknownCrsName = named.name;
  }
  const extra = { ...(unknownCrsName ? { unknownCrsName } : {}), ...(prjUnreadable ? { prjUnreadable } : {}) };
  const byRange = detectFromRange(samplePositions(raw.features));
  // A guess is offered only when the file names nothing that could be read.
  if (byRange) return { resolved: mustResolve(byRange.crs, raw, epsg), reason: 'range', alternatives: byRange.alternatives, ...extra };
  return { resolved: mustResolve('wgs84', raw), reason: 'default', ...extra };
}

function mean(points: readonly (readonly number[])[]): [number, number] {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p[0] ?? 0;
    y += p[1] ?? 0;
  }
  return [x / points.length, y / points.length];
}

function metresApart(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const dLat = ((b[1] ?? 0) - (a[1] ?? 0)) * rad;
  const dLon = ((b[0] ?? 0) - (a[0] ?? 0)) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((a[1] ?? 0) * rad) * Math.cos((b[1] ?? 0) * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

/** Where each look-alike system would put the data, when the numbers fit more than one. */
function candidatesOf(decision: CrsDecision, raw: RawImport, epsg?: EpsgLookup): CrsCandidate[] | undefined {
  if (!decision.alternatives?.length) return undefined;
  const centre = mean(samplePositions(raw.features));
  const out: CrsCandidate[] = [];
  for (const crs of [decision.resolved.crs, ...decision.alternatives]) {
    const resolved = resolveCrs(crs, { epsg, prj: raw.prj });
    if (!resolved) continue;
    const [lon = NaN, lat = NaN] = resolved.transform(centre);
    out.push({ crs, label: resolved.label, at: [round6(lon), round6(lat)] });
  }
  return out.length > 1 ? out : undefined;
}

export function runImport(fileName: string, bytes: Uint8Array, options: ImportOptions): ImportResult {
  return importRaw(fileName, parseFile(fileName, bytes, { encoding: options.encoding }), options);
}

/** Decides the coordinate system of features already read (a file, or a spreadsheet's rows), then checks and converts each. */
export function importRaw(fileName: string, raw: RawImport, options: ImportOptions): ImportResult {
  const decided = decideCrs(raw, options.crs, options.epsg);
  const transform = decided.resolved.transform;
  const notices: ImportNotice[] = [...(raw.notices ?? [])];
  if (decided.prjUnreadable) notices.push({ code: 'prj-unreadable', values: {} });
  const candidates = candidatesOf(decided, raw, options.epsg);
  const result: ImportResult = {
    fileName,
    format: raw.format,
    crs: decided.resolved.crs,
    crsReason: decided.reason,
    crsLabel: decided.resolved.label,
    ...(decided.resolved.crs === 'prj' && raw.prj ? { prj: raw.prj } : {}),
    ...(decided.unknownCrsName ? { unknownCrsName: decided.unknownCrsName } : {}),
    ...(candidates ? { crsCandidates: candidates, crsCandidatesApartM: Math.round(metresApart(candidates[0]!.at, candidates[1]!.at)) } : {}),
    ...(raw.encoding ? { encoding: raw.encoding } : {}),
    preview: raw.features.slice(0, 5).map((f) => {
      const properties = (f as { properties?: unknown } | null)?.properties;
      return typeof properties === 'object' && properties !== null ? { ...(properties as Record<string, unknown>) } : {};
    }),
    notices,
    total: raw.features.length,
    features: [],
    problems: [],
  };
  const tidied = tidyFeatures(raw.features);
  if (tidied.bboxDropped.length > 0) {
    notices.push({ code: 'bbox-ignored', values: { count: tidied.bboxDropped.length, first: tidied.bboxDropped[0]! + 1 } });
  }
  if (tidied.collections > 0) notices.push({ code: 'collections-split', values: { count: tidied.collections } });
  let repeats = 0;
  let repeatFeatures = 0;
  const total = tidied.items.length;
  tidied.items.forEach((item, k) => {
    const checked = checkFeature(item.raw, item.index, { transform, districtBbox: options.districtBbox }, item.id, item.part);
    if (checked.ok) {
      result.features.push(checked.feature);
      if (checked.repeatsDropped > 0) {
        repeats += checked.repeatsDropped;
        repeatFeatures++;
      }
    } else result.problems.push(checked.problem);
    if (options.onProgress && (k + 1) % 2000 === 0) options.onProgress(k + 1, total);
  });
  if (repeats > 0) notices.push({ code: 'repeated-vertices', values: { count: repeats, features: repeatFeatures } });
  options.onProgress?.(total, total);
  return result;
}

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; code: ImportErrorCode; detail: string };

/**
 * {@link runImport} with file-level failures as a value. Anything else thrown is a bug,
 * and is deliberately not caught here so that tests find it.
 */
export function tryImport(fileName: string, bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  try {
    return { ok: true, result: runImport(fileName, bytes, options) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, code: e.code, detail: e.detail };
    throw e;
  }
}
