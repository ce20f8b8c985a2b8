/**
 * Text to bytes in UTF-8 or GBK, for the .dbf of an exported Shapefile. Browsers (and
 * Node) decode GBK but do not encode it: the table is built once, on first use, by
 * decoding every GBK byte pair with TextDecoder, so no encoding table is shipped. Pure.
 */
export type OutEncoding = 'utf-8' | 'gbk';

let gbk: Map<number, number> | null = null;

function gbkTable(): Map<number, number> {
  if (gbk) return gbk;
  const table = new Map<number, number>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const c = decoder.decode(Uint8Array.of(lead, trail));
      const code = c.codePointAt(0);
      if (c.length === 1 && c !== '\uFFFD' && code !== undefined && !table.has(code)) table.set(code, (lead << 8) | trail);
    }
  }
  gbk = table;
  return table;
}

export interface Encoded {
  bytes: Uint8Array;
  /** Characters the encoding has no bytes for, written as "?". */
  unencodable: number;
}

export function encodeText(text: string, encoding: OutEncoding): Encoded {
  if (encoding === 'utf-8') return { bytes: new TextEncoder().encode(text), unencodable: 0 };
  const table = gbkTable();
  const out: number[] = [];
  let unencodable = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(code);
      if (pair === undefined) {
        out.push(0x3f);
        unencodable++;
      } else out.push(pair >> 8, pair & 0xff);
    }
  }
  return { bytes: Uint8Array.from(out), unencodable };
}

/** The longest prefix of `text` whose encoding fits in `maxBytes` (never half a character). */
export function encodeWithin(text: string, encoding: OutEncoding, maxBytes: number): Encoded & { truncated: boolean } {
  const whole = encodeText(text, encoding);
  if (whole.bytes.length <= maxBytes) return { ...whole, truncated: false };
  let kept = '';
  let size = 0;
  for (const c of text) {
    const n = encodeText(c, encoding).bytes.length;
    if (size + n > maxBytes) break;
    kept += c;
    size += n;
  }
  return { ...encodeText(kept, encoding), truncated: true };
}
