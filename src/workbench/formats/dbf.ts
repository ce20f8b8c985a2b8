/**
 * A small dBase (.dbf) reader for Shapefile attributes: it reports the record count the
 * header declares, exposes the language-driver byte, and decodes text with any
 * TextDecoder encoding (shpjs's reader ignores the language driver). Pure.
 */

export interface DbfField {
  name: string;
  type: string;
  length: number;
  decimals: number;
}

export interface DbfHeader {
  records: number;
  headerLength: number;
  recordLength: number;
  /** Byte 29: the language driver id (0 when unset). */
  ldid: number;
  fields: DbfField[];
}

export class DbfError extends Error {}

function fieldNameBytes(bytes: Uint8Array, at: number): Uint8Array {
  let end = at;
  while (end < at + 11 && bytes[end] !== 0) end++;
  return bytes.subarray(at, end);
}

export function readDbfHeader(bytes: Uint8Array, decode: (b: Uint8Array) => string): DbfHeader {
  if (bytes.length < 32) throw new DbfError('the .dbf is shorter than its header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const fields: DbfField[] = [];
  for (let at = 32; at + 32 <= Math.min(headerLength, bytes.length) && bytes[at] !== 0x0d; at += 32) {
    fields.push({
      name: decode(fieldNameBytes(bytes, at)).trim(),
      type: String.fromCharCode(bytes[at + 11] ?? 0x43),
      length: bytes[at + 16] ?? 0,
      decimals: bytes[at + 17] ?? 0,
    });
  }
  return { records, headerLength, recordLength, ldid: bytes[29] ?? 0, fields };
}

/** The bytes of the text a .dbf holds (field names and C fields of the first rows), for encoding detection. */
export function dbfTextSample(bytes: Uint8Array, header: DbfHeader, maxRows = 500): Uint8Array {
  const parts: number[] = [];
  for (let at = 32; at + 32 <= header.headerLength && bytes[at] !== 0x0d; at += 32) {
    parts.push(...fieldNameBytes(bytes, at), 0x20);
  }
  const rows = Math.min(header.records, maxRows);
  for (let r = 0; r < rows; r++) {
    let at = header.headerLength + r * header.recordLength + 1;
    for (const field of header.fields) {
      if (field.type === 'C' || field.type === 'M' || field.type === 'V') {
        const slice = bytes.subarray(at, Math.min(at + field.length, bytes.length));
        for (const b of slice) parts.push(b);
        parts.push(0x20);
      }
      at += field.length;
    }
  }
  return Uint8Array.from(parts);
}

function value(field: DbfField, raw: Uint8Array, decode: (b: Uint8Array) => string): unknown {
  const ascii = (): string => String.fromCharCode(...raw).replace(/\0/g, '').trim();
  switch (field.type) {
    case 'N':
    case 'F': {
      const text = ascii();
      if (text === '' || /^\*+$/.test(text)) return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'L': {
      const c = ascii().toUpperCase();
      return 'YT'.includes(c) && c !== '' ? true : 'NF'.includes(c) && c !== '' ? false : null;
    }
    case 'D': {
      const text = ascii();
      return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : text === '' ? null : text;
    }
    case 'I':
      return raw.length === 4 ? new DataView(raw.buffer, raw.byteOffset, 4).getInt32(0, true) : null;
    default: {
      let end = raw.length;
      while (end > 0 && (raw[end - 1] === 0x20 || raw[end - 1] === 0)) end--;
      return decode(raw.subarray(0, end)).trim();
    }
  }
}

/** Every record's attributes, in file order (deleted records too: their shapes are still in the .shp). */
export function readDbfRows(bytes: Uint8Array, header: DbfHeader, decode: (b: Uint8Array) => string): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  const available = Math.floor(Math.max(0, bytes.length - header.headerLength) / Math.max(1, header.recordLength));
  const count = Math.min(header.records, available);
  for (let r = 0; r < count; r++) {
    let at = header.headerLength + r * header.recordLength + 1;
    const row: Record<string, unknown> = {};
    for (const field of header.fields) {
      row[field.name] = value(field, bytes.subarray(at, at + field.length), decode);
      at += field.length;
    }
    rows.push(row);
  }
  return rows;
}
