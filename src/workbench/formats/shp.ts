/**
 * A small .shp reader that goes record by record and skips a damaged record instead of
 * stopping at it (shpjs stops silently): it walks the .shx index when there is one, and
 * otherwise scans forward to the next plausible record header. Polygons' rings are
 * sorted into shells (clockwise) and holes (counter-clockwise), each hole into the
 * smallest shell that holds it. Pure.
 */
import type { Geometry, Position } from 'geojson';

export type ShpRecord = { ok: true; geometry: Geometry | null } | { ok: false; detail: string };

export interface ShpRead {
  /** One entry per record found, in file order. */
  records: ShpRecord[];
  /** How many records the .shx lists (null without a .shx). */
  indexed: number | null;
}

export class ShpError extends Error {}

const FAMILY: Record<number, 'point' | 'line' | 'polygon' | 'multipoint'> = {
  1: 'point', 11: 'point', 21: 'point',
  3: 'line', 13: 'line', 23: 'line',
  5: 'polygon', 15: 'polygon', 25: 'polygon',
  8: 'multipoint', 18: 'multipoint', 28: 'multipoint',
};
const HAS_Z = new Set([11, 13, 15, 18]);

class Damaged extends Error {}

function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ((ring[i]![0] ?? 0) - (ring[j]![0] ?? 0)) * ((ring[i]![1] ?? 0) + (ring[j]![1] ?? 0));
  }
  return sum / 2; // positive for clockwise rings
}

function inside(p: Position, ring: readonly Position[]): boolean {
  const x = p[0] ?? NaN;
  const y = p[1] ?? NaN;
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Shells and their holes from a Shapefile polygon's rings. A hole in no shell becomes a shell of its own, as other readers do. */
export function assembleRings(rings: Position[][]): Geometry {
  const shells: Position[][][] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    if (signedArea(ring) >= 0) shells.push([ring]);
    else holes.push(ring);
  }
  for (const hole of holes) {
    let best: Position[][] | null = null;
    let bestArea = Infinity;
    for (const shell of shells) {
      const a = Math.abs(signedArea(shell[0]!));
      if (a < bestArea && hole.some((p) => inside(p, shell[0]!))) {
        best = shell;
        bestArea = a;
      }
    }
    if (best) best.push(hole);
    else shells.push([hole]);
  }
  return shells.length === 1 ? { type: 'Polygon', coordinates: shells[0]! } : { type: 'MultiPolygon', coordinates: shells };
}

/**
 * One record's content (after its 8-byte header) as a geometry, and the bytes it takes by its
 * own counts. The content is read by its own counts wherever they fit in the file, even where
 * the header's length disagrees (as mapshaper and mbostock/shapefile do); `declared` (the
 * header's length) only says whether optional Z/M values are there. Coordinates that are not
 * numbers are read as they are (the validation reports them); throws {@link Damaged} only where
 * the content cannot be read.
 */
function readContent(view: DataView, at: number, declared: number, fileType: number): { geometry: Geometry | null; size: number } {
  const room = view.byteLength - at;
  if (room < 4) throw new Damaged('the file ends inside the record');
  const type = view.getInt32(at, true);
  if (type === 0) return { geometry: null, size: 4 };
  const family = FAMILY[type];
  if (!family || family !== FAMILY[fileType]) throw new Damaged(`shape type ${type} in a file of type ${fileType}`);
  const z = HAS_Z.has(type);
  const xy = (o: number): Position => [view.getFloat64(o, true), view.getFloat64(o + 8, true)];
  // Optional trailing values (Z) are read only where the header's length and the file hold them.
  const holds = (end: number) => end <= Math.min(room, Math.max(declared, 0));
  if (family === 'point') {
    if (room < 20) throw new Damaged('the file ends inside the point');
    const p = xy(at + 4);
    if (z && holds(28)) p.push(view.getFloat64(at + 20, true));
    return { geometry: { type: 'Point', coordinates: p }, size: 20 };
  }
  if (room < 40) throw new Damaged('the file ends inside the record');
  if (family === 'multipoint') {
    const n = view.getInt32(at + 36, true);
    if (n < 0 || 40 + 16 * n > room) throw new Damaged(`${n} points do not fit in the file`);
    const points = Array.from({ length: n }, (_, i) => xy(at + 40 + 16 * i));
    const zAt = 40 + 16 * n + 16;
    if (z && holds(zAt + 8 * n)) points.forEach((p, i) => p.push(view.getFloat64(at + zAt + 8 * i, true)));
    const geometry: Geometry = n === 1 ? { type: 'Point', coordinates: points[0]! } : { type: 'MultiPoint', coordinates: points };
    return { geometry, size: 40 + 16 * n };
  }
  if (room < 44) throw new Damaged('the file ends inside the record');
  const parts = view.getInt32(at + 36, true);
  const n = view.getInt32(at + 40, true);
  const pointsAt = 44 + 4 * parts;
  if (parts < 1 || n < 0 || pointsAt + 16 * n > room) throw new Damaged(`${parts} parts of ${n} points do not fit in the file`);
  const starts = Array.from({ length: parts }, (_, i) => view.getInt32(at + 44 + 4 * i, true));
  if (starts[0] !== 0 || starts.some((s, i) => s < (starts[i - 1] ?? 0) || s > n)) throw new Damaged('the part indexes are out of order');
  const points = Array.from({ length: n }, (_, i) => xy(at + pointsAt + 16 * i));
  const zAt = pointsAt + 16 * n + 16;
  if (z && holds(zAt + 8 * n)) points.forEach((p, i) => p.push(view.getFloat64(at + zAt + 8 * i, true)));
  const lines = starts.map((s, i) => points.slice(s, starts[i + 1] ?? n)).filter((line) => line.length > 0);
  const size = pointsAt + 16 * n;
  if (family === 'line') {
    return { geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines }, size };
  }
  return { geometry: assembleRings(lines), size };
}

function fileTypeOf(view: DataView): number {
  if (view.byteLength < 100 || view.getInt32(0) !== 9994) throw new ShpError('not a .shp file (no 9994 file code)');
  return view.getInt32(32, true);
}

/** Whether a record header numbered `number` starts at `at` (its length inside the file). */
function headerAt(view: DataView, at: number, number: number): boolean {
  if (at + 12 > view.byteLength) return false;
  const length = view.getInt32(at + 4) * 2;
  return view.getInt32(at) === number && length >= 4 && at + 8 + length <= view.byteLength;
}

/**
 * A record at `at`: its geometry and where the next one starts; throws {@link Damaged}. A
 * header whose length runs past the end of the file cannot be read. Where the length disagrees
 * with the content, the next record is looked for where either says it starts.
 */
function readRecordAt(view: DataView, at: number, fileType: number): { record: ShpRecord; next: number } {
  if (at + 12 > view.byteLength) throw new Damaged('the file ends inside the record header');
  const number = view.getInt32(at);
  const length = view.getInt32(at + 4) * 2;
  if (length < 4 || at + 8 + length > view.byteLength) throw new Damaged(`its length (${length} bytes) runs past the end of the file`);
  const { geometry, size } = readContent(view, at + 8, length, fileType);
  const byHeader = at + 8 + length;
  const byContent = at + 8 + size;
  const next = size === length || byHeader >= view.byteLength || headerAt(view, byHeader, number + 1) || !headerAt(view, byContent, number + 1) ? byHeader : byContent;
  return { record: { ok: true, geometry }, next };
}

function attempt(view: DataView, at: number, fileType: number): ShpRecord {
  try {
    return readRecordAt(view, at, fileType).record;
  } catch (e) {
    if (e instanceof Damaged) return { ok: false, detail: e.message };
    if (e instanceof RangeError) return { ok: false, detail: 'the record runs past the end of the file' };
    throw e;
  }
}

/** Reads every record; a damaged one is an entry with `ok: false` and the reading goes on. */
export function readShp(shp: Uint8Array, shx?: Uint8Array): ShpRead {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const fileType = fileTypeOf(view);
  if (fileType !== 0 && !FAMILY[fileType]) throw new ShpError(`shape type ${fileType} is not supported (e.g. MultiPatch)`);
  const records: ShpRecord[] = [];
  if (shx && shx.byteLength >= 100) {
    const index = new DataView(shx.buffer, shx.byteOffset, shx.byteLength);
    const count = Math.floor((shx.byteLength - 100) / 8);
    for (let i = 0; i < count; i++) records.push(attempt(view, index.getInt32(100 + 8 * i) * 2, fileType));
    return { records, indexed: count };
  }
  let at = 100;
  while (at + 8 <= view.byteLength) {
    const expected = records.length + 1;
    try {
      const { record, next } = readRecordAt(view, at, fileType);
      records.push(record);
      at = next;
    } catch (e) {
      if (!(e instanceof Damaged || e instanceof RangeError)) throw e;
      // Scan on for a header numbered like one of the next records that reads cleanly.
      const found = resync(view, at + 2, expected, fileType);
      if (!found) {
        records.push({ ok: false, detail: e.message });
        break;
      }
      for (let n = expected; n < found.number; n++) records.push({ ok: false, detail: e instanceof Damaged ? e.message : 'unreadable' });
      at = found.at;
    }
  }
  return { records, indexed: null };
}

function resync(view: DataView, from: number, expected: number, fileType: number): { at: number; number: number } | null {
  for (let at = from; at + 12 <= view.byteLength; at += 2) {
    const number = view.getInt32(at);
    if (number <= expected || number > expected + 1000) continue;
    try {
      readRecordAt(view, at, fileType);
      return { at, number };
    } catch {
      // not a record header; keep scanning
    }
  }
  return null;
}
