/**
 * One import from bytes to a result: parse, decide the coordinate system, then check and
 * convert each feature. Runs in the import worker; pure apart from progress callbacks.
 */
import { toWgs84 } from './crs';
import { detectFromCrsMember, detectFromPrj, detectFromRange, type NamedDetection } from './detectCrs';
import type { BBox } from './geometry';
import { ImportError, parseFile, type RawImport } from './parse';
import type { CrsId, CrsReason, ImportErrorCode, ImportResult } from './types';
import { checkFeature } from './validate';

export interface ImportOptions {
  /** The system the user chose; overrides detection. */
  crs?: CrsId;
  districtBbox: BBox;
  onProgress?: (done: number, total: number) => void;
}

/** One representative position per feature (its first), for range detection. */
function samplePositions(features: readonly unknown[]): [number, number][] {
  const out: [number, number][] = [];
  const step = Math.max(1, Math.floor(features.length / 2000));
  for (let i = 0; i < features.length; i += step) {
    let c: unknown = (features[i] as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') out.push([c[0], c[1]]);
  }
  return out;
}

export function decideCrs(
  raw: { format: string; prj?: string; crsMember?: unknown; features: readonly unknown[] },
  override?: CrsId,
): { crs: CrsId; reason: CrsReason; unknownCrsName?: string } {
  if (override) return { crs: override, reason: 'user' };
  if (raw.format === 'kml') return { crs: 'wgs84', reason: 'kml' };
  let unknownCrsName: string | undefined;
  const named: NamedDetection | null = raw.prj !== undefined ? detectFromPrj(raw.prj) : detectFromCrsMember(raw.crsMember);
  if (named?.crs) return { crs: named.crs, reason: named.reason };
  if (named && named.crs === null) unknownCrsName = named.name;
  const byRange = detectFromRange(samplePositions(raw.features));
  if (byRange) return { crs: byRange.crs, reason: 'range', unknownCrsName };
  return { crs: 'wgs84', reason: 'default', unknownCrsName };
}

export function runImport(fileName: string, bytes: Uint8Array, options: ImportOptions): ImportResult {
  return importRaw(fileName, parseFile(fileName, bytes), options);
}

/** Decides the coordinate system of features already read, then checks and converts each. */
export function importRaw(fileName: string, raw: RawImport, options: ImportOptions): ImportResult {
  const decided = decideCrs(raw, options.crs);
  const transform = toWgs84(decided.crs);
  const result: ImportResult = {
    fileName,
    format: raw.format,
    crs: decided.crs,
    crsReason: decided.reason,
    ...(decided.unknownCrsName ? { unknownCrsName: decided.unknownCrsName } : {}),
    total: raw.features.length,
    features: [],
    problems: [],
  };
  const total = raw.features.length;
  raw.features.forEach((feature, index) => {
    const checked = checkFeature(feature, index, { transform, districtBbox: options.districtBbox });
    if (checked.ok) result.features.push(checked.feature);
    else result.problems.push(checked.problem);
    if (options.onProgress && (index + 1) % 2000 === 0) options.onProgress(index + 1, total);
  });
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
