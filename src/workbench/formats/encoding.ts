/**
 * Which text encoding a file's attributes are in: what a .cpg names, what a .dbf's
 * language-driver byte says, a byte-order mark, or, when nothing says, a look at the
 * bytes. The browser's TextDecoder reads every encoding named here. Pure.
 */
import type { EncodingInfo } from '../types';

/** Encodings a user can switch between (TextDecoder labels). */
export const ENCODINGS = ['utf-8', 'gbk', 'gb18030', 'big5', 'windows-1252', 'iso-8859-1', 'shift_jis', 'euc-kr', 'windows-1251', 'utf-16le'] as const;

/** .cpg contents seen in the wild, as TextDecoder labels (ESRI writes code-page numbers). */
const CPG_ALIASES: Record<string, string> = {
  '65001': 'utf-8',
  utf8: 'utf-8',
  '936': 'gbk',
  cp936: 'gbk',
  ms936: 'gbk',
  windows936: 'gbk',
  gb2312: 'gbk',
  gbk: 'gbk',
  gb18030: 'gb18030',
  '54936': 'gb18030',
  '950': 'big5',
  cp950: 'big5',
  big5: 'big5',
  big5hkscs: 'big5',
  '1252': 'windows-1252',
  cp1252: 'windows-1252',
  ansi1252: 'windows-1252',
  '88591': 'iso-8859-1',
  iso88591: 'iso-8859-1',
  latin1: 'iso-8859-1',
  '932': 'shift_jis',
  cp932: 'shift_jis',
  sjis: 'shift_jis',
  '949': 'euc-kr',
  cp949: 'euc-kr',
  '1251': 'windows-1251',
  cp1251: 'windows-1251',
  '1250': 'windows-1250',
  '437': 'ibm866', // no cp437 in TextDecoder: its ASCII half is what matters
  '866': 'ibm866',
};

/** A TextDecoder label for what a .cpg (or a user) names, or null when it is not an encoding. */
export function encodingFromName(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  const key = trimmed.replace(/^(?:ansi|oem|windows|cp|ms|x-)[ _-]?(?=\d)/, 'cp').replace(/[^a-z0-9]/g, '');
  const alias = CPG_ALIASES[key] ?? CPG_ALIASES[key.replace(/^cp/, '')];
  if (alias) return alias;
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

/** dBase language-driver ids (byte 29 of a .dbf header) as written by ArcGIS and others. */
const LDID: Record<number, string> = {
  0x01: 'ibm866', // DOS USA cp437; the ASCII range is all that is reliable
  0x03: 'windows-1252',
  0x57: 'windows-1252', // ESRI "ANSI"
  0x58: 'windows-1252',
  0x59: 'windows-1252',
  0x4d: 'gbk', // Chinese GBK (PRC)
  0x7a: 'gbk', // PRC GBK, as ArcGIS writes Chinese data
  0x4e: 'euc-kr',
  0x4f: 'big5',
  0x78: 'big5',
  0x79: 'euc-kr',
  0x7b: 'shift_jis',
  0x13: 'shift_jis',
  0xc8: 'windows-1250',
  0xc9: 'windows-1251',
  0x65: 'ibm866',
  0x26: 'ibm866',
};

export function encodingFromLdid(byte: number): string | null {
  return LDID[byte] ?? null;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A guess from the bytes alone: UTF-8 when they are valid UTF-8; otherwise a double-byte
 * Chinese encoding when the high bytes pair up and the pairs come in runs, as Chinese
 * words do, and most second bytes are high (an accented Latin letter stands alone,
 * followed by ASCII letters); Big5 rather
 * than GBK when trail bytes fall in 0x40-0x7E, which GB2312's characters never use;
 * otherwise Windows-1252.
 */
export function detectEncoding(bytes: Uint8Array): string {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  if (high === 0 || validUtf8(bytes)) return 'utf-8';
  let pairs = 0;
  let inRuns = 0;
  let lowTrail = 0;
  let run = 0;
  const endRun = () => {
    if (run >= 2) inRuns += run;
    run = 0;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const t = bytes[i + 1];
    if (b < 0x81 || b === 0xff || t === undefined || t < 0x40 || t === 0x7f || t === 0xff) {
      endRun();
      continue;
    }
    pairs++;
    run++;
    if (t <= 0x7e) lowTrail++;
    i++;
  }
  endRun();
  // Latin letters' pairs end in ASCII letters; most Chinese characters' second byte is high (all of GB2312's, about 60% of Big5's).
  if (pairs === 0 || inRuns < pairs / 2 || pairs - lowTrail < pairs * 0.4) return 'windows-1252';
  return lowTrail > pairs / 20 ? 'big5' : 'gbk';
}

/** The encoding to read with, by precedence: the user's choice, .cpg, language driver, BOM, detection. */
export function decideEncoding(input: {
  override?: string;
  cpg?: string;
  ldid?: number;
  bom?: string;
  sample: Uint8Array;
}): EncodingInfo {
  const declared = input.cpg?.trim();
  if (input.override) {
    const chosen = encodingFromName(input.override);
    if (chosen) return { encoding: chosen, reason: 'user', ...(declared ? { declared } : {}) };
  }
  if (declared) {
    const named = encodingFromName(declared);
    if (named) return { encoding: named, reason: 'cpg', declared };
  }
  if (input.ldid !== undefined && input.ldid !== 0) {
    const byLdid = encodingFromLdid(input.ldid);
    if (byLdid) return { encoding: byLdid, reason: 'ldid', declared: `0x${input.ldid.toString(16).padStart(2, '0')}` };
  }
  if (input.bom) return { encoding: input.bom, reason: 'bom' };
  const detected = detectEncoding(input.sample);
  // Plain ASCII is the same in every encoding offered: nothing was really detected.
  const ascii = input.sample.every((b) => b < 0x80);
  return {
    encoding: detected,
    reason: ascii ? 'default' : 'detected',
    ...(declared ? { declared } : {}),
  };
}

/** The encoding a byte-order mark announces, and its length. */
export function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}
