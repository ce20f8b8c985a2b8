/**
 * The tables an export may need, loaded on first use: the EPSG table (for a system that is
 * not built in) and the .prj texts (for a Shapefile). Both are lazily loaded chunks.
 */
import { makeEpsgLookup, type EpsgLookup } from './epsg';
import { epsgCodeOf, exportCrs, type ExportCrs } from './exportCrs';
import { isBuiltin } from './crs';
import type { CrsId } from './types';

let epsg: Promise<EpsgLookup> | null = null;
let prj: Promise<Record<string, string>> | null = null;

export async function loadExportCrs(id: CrsId, options: { shapefile: boolean; sourcePrj?: string }): Promise<ExportCrs | null> {
  const code = epsgCodeOf(id);
  const needTable = !isBuiltin(id) && id !== 'prj';
  epsg = needTable ? (epsg ?? import('virtual:epsg-table').then((m) => makeEpsgLookup(m.default))) : epsg;
  prj = options.shapefile && code !== null ? (prj ?? import('virtual:epsg-prj').then((m) => m.default)) : prj;
  const [lookup, prjTable] = await Promise.all([needTable ? epsg : undefined, options.shapefile && code !== null ? prj : undefined]);
  return exportCrs(id, {
    ...(lookup ? { epsg: lookup } : {}),
    ...(prjTable ? { prjOf: (c: number) => prjTable[String(c)] } : {}),
    ...(options.sourcePrj ? { sourcePrj: options.sourcePrj } : {}),
  });
}
