/**
 * The one CSV/TSV reader: bytes decoded in the encoding their BOM names, the user chose or the
 * bytes suggest, then split into rows by papaparse (delimiter guessed, or tab). Cells stay text:
 * nothing in a cell is ever evaluated. Used by the workbench (coordinates) and the results.
 */
import Papa from 'papaparse';
import { bomOf, decideEncoding } from '../workbench/formats/encoding';
import type { EncodingInfo } from '../workbench/types';

export interface CsvRead {
  rows: string[][];
  encoding: EncodingInfo;
}

export interface CsvOptions {
  /** Tab-separated (a .tsv); otherwise the delimiter is guessed. */
  tab?: boolean;
  /** Also skip rows whose cells are all empty (",,,"), not only empty lines. */
  skipBlankRows?: boolean;
}

/** Rows of text from CSV bytes; empty lines are skipped. */
export function csvRows(bytes: Uint8Array, options: CsvOptions & { encoding?: string } = {}): CsvRead {
  const bom = bomOf(bytes);
  const encoding = decideEncoding({ override: options.encoding, bom: bom?.encoding, sample: bytes.subarray(0, 256 * 1024) });
  const body = bom && encoding.encoding === bom.encoding ? bytes.subarray(bom.length) : bytes;
  return { rows: csvTextRows(new TextDecoder(encoding.encoding).decode(body), options), encoding };
}

/** Rows of already decoded CSV text (a leading BOM dropped). */
export function csvTextRows(text: string, options: CsvOptions = {}): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: options.skipBlankRows ? 'greedy' : true,
    ...(options.tab ? { delimiter: '\t' } : {}),
  });
  return parsed.data;
}
