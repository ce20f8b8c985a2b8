/**
 * The worker's entry to an import of any supported file: spreadsheets go through the
 * (asynchronous) Excel reader, everything else through the synchronous pipeline.
 */
import { importXlsx, type XlsxImportOptions } from './formats/xlsx';
import { tryImport, type ImportOutcome } from './importPipeline';
import { ImportError } from './parse';

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
