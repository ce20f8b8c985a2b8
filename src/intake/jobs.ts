/**
 * What the intake worker does with a file, pure apart from progress callbacks (the unit
 * tests call it directly): map features for the workbench (spreadsheets through the hardened
 * sheet reader, everything else through the workbench's pipeline), or table rows for the results.
 */
import { importXlsx, type XlsxImportOptions } from '../workbench/formats/xlsx';
import { tryImport, type ImportOutcome } from '../workbench/importPipeline';
import { ImportError } from '../workbench/parse';
import { readTable, type TableLimits, type TableRead } from './tableRead';

export async function importAny(fileName: string, bytes: Uint8Array, options: XlsxImportOptions): Promise<ImportOutcome> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xls')) return { ok: false, code: 'xls-legacy', detail: fileName };
  if (!lower.endsWith('.xlsx')) return tryImport(fileName, bytes, options);
  try {
    return { ok: true, result: await importXlsx(fileName, bytes, options) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, code: e.code, detail: e.detail };
    throw e;
  }
}

export type TableOutcome = { ok: true; table: TableRead } | { ok: false; code: ImportError['code']; detail: string };

/** {@link readTable} with refusals as a value. */
export async function tableOf(fileName: string, bytes: Uint8Array, limits?: Partial<TableLimits>): Promise<TableOutcome> {
  try {
    return { ok: true, table: await readTable(fileName, bytes, limits) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, code: e.code, detail: e.detail };
    throw e;
  }
}
