/**
 * A small dBase III (.dbf) writer for exported Shapefiles, the counterpart of dbf.ts:
 * each attribute becomes a typed field (numbers N, booleans L, anything else C), field
 * names are made to fit the format's 10 bytes (each renamed one reported), text is in
 * UTF-8 or GBK (language driver 0x4D, code page 936). Pure.
 */
import { encodeText, encodeWithin, type OutEncoding } from './textEncode';

export interface DbfFieldSpec {
  /** The attribute's name as the layer has it. */
  key: string;
  /** The name written (at most 10 bytes). */
  name: string;
  type: 'C' | 'N' | 'L';
  length: number;
  decimals: number;
}

export interface DbfWriteReport {
  /** Attributes whose names were shortened or made unique. */
  renamed: { from: string; to: string }[];
  /** Text values cut to the 254 bytes a C field holds. */
  truncated: number;
  /** Characters the encoding has no bytes for (written as "?"). */
  unencodable: number;
}

const MAX_NAME_BYTES = 10;
const MAX_TEXT_BYTES = 254;
/** Wide enough for any double GDAL writes (its default for reals is 24.15). */
const MAX_NUMBER_WIDTH = 24;

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** Decimals of a number's shortest spelling (1e-7 has 7). */
function decimalsOf(n: number): number {
  const [mantissa = '', exponent] = String(n).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

function fixed(n: number, decimals: number): string {
  return n.toFixed(decimals);
}

/** Names within 10 bytes, unique regardless of case (dBase compares them so). */
export function fieldNames(keys: readonly string[], encoding: OutEncoding): { names: string[]; renamed: { from: string; to: string }[] } {
  const taken = new Set<string>();
  const renamed: { from: string; to: string }[] = [];
  const names = keys.map((key) => {
    const clean = key.replace(/[\0\s]+/g, '_') || 'field';
    let name = encodeWithin(clean, encoding, MAX_NAME_BYTES).truncated ? cut(clean, encoding, MAX_NAME_BYTES) : clean;
    for (let n = 1; taken.has(name.toUpperCase()); n++) {
      const suffix = `_${n}`;
      name = cut(clean, encoding, MAX_NAME_BYTES - suffix.length) + suffix;
    }
    taken.add(name.toUpperCase());
    if (name !== key) renamed.push({ from: key, to: name });
    return name;
  });
  return { names, renamed };
}

function cut(text: string, encoding: OutEncoding, bytes: number): string {
  let kept = '';
  for (const c of text) {
    if (encodeText(kept + c, encoding).bytes.length > bytes) break;
    kept += c;
  }
  return kept;
}

/** The field each attribute needs, from all its values. */
export function fieldSpecs(keys: readonly string[], rows: readonly Record<string, unknown>[], encoding: OutEncoding): { fields: DbfFieldSpec[]; renamed: DbfWriteReport['renamed'] } {
  const { names, renamed } = fieldNames(keys, encoding);
  const fields = keys.map((key, i): DbfFieldSpec => {
    const values = rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined && v !== '');
    const name = names[i]!;
    if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return { key, name, type: 'L', length: 1, decimals: 0 };
    if (values.length > 0 && values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      const numbers = values as number[];
      const decimals = Math.min(15, Math.max(...numbers.map(decimalsOf)));
      const length = Math.max(...numbers.map((n) => fixed(n, decimals).length));
      if (length <= MAX_NUMBER_WIDTH) return { key, name, type: 'N', length: Math.max(1, length), decimals };
    }
    const width = Math.max(1, ...rows.map((r) => Math.min(MAX_TEXT_BYTES, encodeText(textOf(r[key]), encoding).bytes.length)));
    return { key, name, type: 'C', length: width, decimals: 0 };
  });
  return { fields, renamed };
}

/** The .dbf bytes of these rows (one per shape, in order). */
export function writeDbf(keys: readonly string[], rows: readonly Record<string, unknown>[], encoding: OutEncoding, now = new Date()): { bytes: Uint8Array; report: DbfWriteReport } {
  const { fields, renamed } = fieldSpecs(keys, rows, encoding);
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((s, f) => s + f.length, 0);
  const out = new Uint8Array(headerLength + rows.length * recordLength + 1).fill(0x20, headerLength);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([now.getUTCFullYear() - 1900, now.getUTCMonth() + 1, now.getUTCDate()], 1);
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  out[29] = encoding === 'gbk' ? 0x4d : 0;
  fields.forEach((field, i) => {
    const at = 32 + 32 * i;
    out.fill(0, at, at + 32);
    out.set(encodeText(field.name, encoding).bytes.subarray(0, MAX_NAME_BYTES), at);
    out[at + 11] = field.type.charCodeAt(0);
    out[at + 16] = field.length;
    out[at + 17] = field.decimals;
  });
  out[headerLength - 1] = 0x0d;
  let truncated = 0;
  let unencodable = 0;
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength + 1;
    for (const field of fields) {
      const value = row[field.key];
      let bytes: Uint8Array;
      if (field.type === 'N') {
        const text = typeof value === 'number' ? fixed(value, field.decimals) : '';
        bytes = encodeText(text.padStart(field.length), 'utf-8').bytes;
      } else if (field.type === 'L') {
        bytes = Uint8Array.of(value === true ? 0x54 : value === false ? 0x46 : 0x3f);
      } else {
        const encoded = encodeWithin(textOf(value), encoding, field.length);
        if (encoded.truncated) truncated++;
        unencodable += encoded.unencodable;
        bytes = encoded.bytes;
      }
      out.set(bytes, at);
      at += field.length;
    }
  });
  out[out.length - 1] = 0x1a;
  return { bytes: out, report: { renamed, truncated, unencodable } };
}
