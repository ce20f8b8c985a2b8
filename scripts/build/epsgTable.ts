/**
 * The EPSG systems proj4 can express, extracted at build time from the epsg-index package
 * (ISC; the EPSG dataset's definitions) into a compact table the import worker loads on
 * demand: code -> [name, proj4 definition]. The full index (40 MB, with WKT and extents)
 * never reaches the browser; the table is its own lazily loaded chunk.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { toEsriWkt } from './esriWkt';

export type EpsgTable = Record<string, [name: string, proj4: string]>;

interface IndexEntry {
  kind?: string;
  name?: string;
  proj4?: string;
  wkt?: string | null;
}

const KINDS = new Set(['CRS-PROJCRS', 'CRS-GEOGCRS', 'CRS-GEOG3DCRS']);
/** Every definition ends so; stripped here and put back when the table is read. */
const COMMON_TAIL = / \+no_defs \+type=crs$/;

/** The compact table from the parsed contents of epsg-index's all.json. Pure. */
export function buildEpsgTable(all: Record<string, IndexEntry>): EpsgTable {
  const table: EpsgTable = {};
  for (const [code, entry] of Object.entries(all)) {
    if (!entry.kind || !KINDS.has(entry.kind) || !entry.proj4 || !entry.name) continue;
    table[code] = [entry.name, entry.proj4.replace(COMMON_TAIL, '')];
  }
  return table;
}

/** code -> the ESRI well-known text of an exported Shapefile's .prj, for every system of the table. */
export type PrjTable = Record<string, string>;

/** The .prj table from the parsed contents of epsg-index's all.json. Pure. */
export function buildPrjTable(all: Record<string, IndexEntry>): PrjTable {
  const table: PrjTable = {};
  for (const [code, entry] of Object.entries(all)) {
    if (!entry.kind || !KINDS.has(entry.kind) || !entry.proj4 || !entry.wkt) continue;
    const esri = toEsriWkt(entry.wkt);
    if (esri) table[code] = esri;
  }
  return table;
}

function readIndex(): Record<string, IndexEntry> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('epsg-index/all.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, IndexEntry>;
}

export function readEpsgTable(): EpsgTable {
  return buildEpsgTable(readIndex());
}

export function readPrjTable(): PrjTable {
  return buildPrjTable(readIndex());
}

export const EPSG_MODULE = 'virtual:epsg-table';
/** The .prj texts, loaded only when a Shapefile is exported. */
export const PRJ_MODULE = 'virtual:epsg-prj';
const RESOLVED = `\0${EPSG_MODULE}`;
const RESOLVED_PRJ = `\0${PRJ_MODULE}`;

/** Serves `virtual:epsg-table` and `virtual:epsg-prj` as modules whose default export is the table (parsed from a string: faster than a literal). */
export function epsgTablePlugin(): Plugin {
  return {
    name: 'epsg-table',
    resolveId: (id) => (id === EPSG_MODULE ? RESOLVED : id === PRJ_MODULE ? RESOLVED_PRJ : null),
    load(id) {
      if (id === RESOLVED) return `export default JSON.parse(${JSON.stringify(JSON.stringify(readEpsgTable()))});`;
      if (id === RESOLVED_PRJ) return `export default JSON.parse(${JSON.stringify(JSON.stringify(readPrjTable()))});`;
      return null;
    },
  };
}
