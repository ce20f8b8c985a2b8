/**
 * Small test files for what planners' files say (issue #16): Shapefiles in any named
 * coordinate system, with attributes in a chosen encoding and a chosen language-driver
 * byte, damaged records; all made here, byte by byte or with @mapbox/shp-write.
 */
import { zip as shpZip } from '@mapbox/shp-write';
import { unzipSync, zipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { makeEpsgLookup, type EpsgLookup } from '../../src/workbench/epsg';
import { readEpsgTable } from '../../scripts/build/epsgTable';
import { TRUTH } from './workbenchFixtures';

let lookup: EpsgLookup | null = null;
/** The same EPSG table the built app's worker loads, built from the epsg-index package. */
export function nodeEpsg(): EpsgLookup {
  lookup ??= makeEpsgLookup(readEpsgTable());
  return lookup;
}

/** The EPSG dataset's proj4 definition of a code. */
export function definitionOf(code: number): string {
  const entry = nodeEpsg().byCode(code);
  if (!entry) throw new Error(`EPSG:${code} is not in the table`);
  return entry.proj4;
}

export function projectPolygon(polygon: Polygon, fn: (p: Position) => Position): Polygon {
  return { type: 'Polygon', coordinates: polygon.coordinates.map((ring) => ring.map(fn)) };
}

/** Bytes of `text` in a double-byte encoding TextDecoder reads (gbk, big5), found by decoding every byte pair once. */
const encoders = new Map<string, Map<string, number[]>>();
export function encode(text: string, encoding: 'gbk' | 'big5' | 'latin1' | 'utf-8'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'latin1') return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  let table = encoders.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const c = decoder.decode(Uint8Array.of(lead, trail));
        if (c.length === 1 && c !== '\uFFFD' && !table.has(c)) table.set(c, [lead, trail]);
      }
    }
    encoders.set(encoding, table);
  }
  const bytes: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) bytes.push(c.charCodeAt(0));
    else {
      const pair = table.get(c);
      if (!pair) throw new Error(`${c} has no ${encoding} encoding`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

/** A .dbf with text fields only, values already encoded, and the given language-driver byte. */
export function dbfBytes(fields: readonly string[], rows: readonly Uint8Array[][], ldid = 0): Uint8Array {
  const widths = fields.map((_, i) => Math.max(1, ...rows.map((r) => r[i]?.length ?? 0)));
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(headerLength + rows.length * recordLength + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([126, 1, 1], 1);
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  out[29] = ldid;
  fields.forEach((name, i) => {
    const at = 32 + 32 * i;
    out.set(new TextEncoder().encode(name).subarray(0, 10), at);
    out[at + 11] = 'C'.charCodeAt(0);
    out[at + 16] = widths[i]!;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    widths.forEach((w, i) => {
      const value = row[i] ?? new Uint8Array();
      out.fill(0x20, at, at + w);
      out.set(value, at);
      at += w;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

export interface ShapefileParts {
  shp: Uint8Array;
  shx: Uint8Array;
  dbf: Uint8Array;
}

/** The .shp, .shx and .dbf that @mapbox/shp-write makes for these features (one geometry type). */
export async function shapefileParts(features: Feature<Geometry, Record<string, unknown>>[]): Promise<ShapefileParts> {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const zipped = await shpZip<'uint8array'>(collection, { outputType: 'uint8array', compression: 'STORE', types: { polygon: 'data', point: 'data', line: 'data' } });
  const entries = unzipSync(zipped);
  const find = (ext: string) => {
    const name = Object.keys(entries).find((n) => n.toLowerCase().endsWith(`.${ext}`));
    if (!name) throw new Error(`shp-write made no .${ext}`);
    return entries[name]!;
  };
  return { shp: find('shp'), shx: find('shx'), dbf: find('dbf') };
}

/** A zip of the given Shapefile members (leave one out to test its absence). */
export function zipShapefile(name: string, parts: Partial<ShapefileParts> & { prj?: string; cpg?: string }): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  if (parts.shp) files[`${name}.shp`] = parts.shp;
  if (parts.shx) files[`${name}.shx`] = parts.shx;
  if (parts.dbf) files[`${name}.dbf`] = parts.dbf;
  if (parts.prj !== undefined) files[`${name}.prj`] = new TextEncoder().encode(parts.prj);
  if (parts.cpg !== undefined) files[`${name}.cpg`] = new TextEncoder().encode(parts.cpg);
  return zipSync(files);
}

/** Byte offsets of each record of a .shp (walking the headers). */
export function recordOffsets(shp: Uint8Array): number[] {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const out: number[] = [];
  for (let at = 100; at + 8 <= shp.length; at += 8 + view.getInt32(at + 4) * 2) out.push(at);
  return out;
}

/** The truth polygon moved by `k` × 0.01° east, so records are told apart by where they land. */
export function truthShifted(k: number): Polygon {
  return projectPolygon(TRUTH, (p) => [(p[0] ?? 0) + 0.01 * k, p[1] ?? 0]);
}

/** ESRI well-known text as ArcGIS writes it into a .prj, for systems planners meet. */
export const ESRI_WKT = {
  utm48n:
    'PROJCS["WGS_1984_UTM_Zone_48N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  utm18n:
    'PROJCS["WGS_1984_UTM_Zone_18N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",-75.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  xian80:
    'PROJCS["Xian_1980_3_Degree_GK_CM_105E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  beijing54:
    'PROJCS["Beijing_1954_3_Degree_GK_CM_105E",GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  cgcs6zone18:
    'PROJCS["CGCS2000_GK_Zone_18",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",18500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  worldMercator:
    'PROJCS["WGS_1984_World_Mercator",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],UNIT["Meter",1.0]]',
} as const;
