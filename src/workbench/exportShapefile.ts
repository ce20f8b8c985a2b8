/**
 * A layer as a zipped Shapefile: one .shp/.shx/.dbf/.prj/.cpg set per geometry type
 * (points, multipoints, lines, polygons), in the chosen system; attributes typed (see
 * formats/dbfWrite.ts) plus the area in km² and 亩 or the length in km; text in UTF-8 or
 * GBK; a report of every field renamed to fit the 10-byte limit. Pure.
 */
import { zipSync } from 'fflate';
import type { Position } from 'geojson';
import type { ExportCrs } from './exportCrs';
import { AREA_KM2, AREA_MU, LENGTH_KM, measuresOf, projected } from './exportTable';
import { writeDbf, type DbfWriteReport } from './formats/dbfWrite';
import { writeShp, type Shape, type ShapeType } from './formats/shpWrite';
import type { OutEncoding } from './formats/textEncode';
import type { WorkFeature, WorkGeometry } from './types';

export type ShapefileSetKind = 'points' | 'multipoints' | 'lines' | 'polygons';

const TYPE_OF: Record<ShapefileSetKind, ShapeType> = { points: 1, multipoints: 8, lines: 3, polygons: 5 };

export interface ShapefileExportReport extends DbfWriteReport {
  /** The sets written: base name of the files, kind and feature count. */
  sets: { name: string; kind: ShapefileSetKind; count: number }[];
  /** No .prj was written (a system without an EPSG definition, such as GCJ-02). */
  noPrj: boolean;
}

function kindOf(geometry: WorkGeometry): ShapefileSetKind {
  switch (geometry.type) {
    case 'Point':
      return 'points';
    case 'MultiPoint':
      return 'multipoints';
    case 'LineString':
    case 'MultiLineString':
      return 'lines';
    case 'Polygon':
    case 'MultiPolygon':
      return 'polygons';
  }
}

function shapeOf(geometry: WorkGeometry): Shape {
  switch (geometry.type) {
    case 'Point':
      return { type: 1, point: geometry.coordinates };
    case 'MultiPoint':
      return { type: 8, points: geometry.coordinates };
    case 'LineString':
      return { type: 3, parts: [geometry.coordinates] };
    case 'MultiLineString':
      return { type: 3, parts: geometry.coordinates };
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      return { type: 5, shells: polygons.map(([shell = [], ...holes]) => ({ shell, holes })) };
    }
  }
}

/** The .cpg text for the encoding: GDAL, QGIS and ArcGIS read "UTF-8" and code page 936 (GBK). */
export const CPG: Record<OutEncoding, string> = { 'utf-8': 'UTF-8', gbk: '936' };

export function shapefileZip(
  features: readonly WorkFeature[],
  base: string,
  crs: ExportCrs,
  encoding: OutEncoding,
): { bytes: Uint8Array; report: ShapefileExportReport } {
  const groups = new Map<ShapefileSetKind, WorkFeature[]>();
  for (const f of features) {
    const kind = kindOf(f.geometry);
    groups.set(kind, [...(groups.get(kind) ?? []), f]);
  }
  const files: Record<string, Uint8Array> = {};
  const report: ShapefileExportReport = { sets: [], renamed: [], truncated: 0, unencodable: 0, noPrj: crs.prj === null };
  const text = (s: string) => new TextEncoder().encode(s);
  const ownNames = new Set(['id', AREA_KM2, AREA_MU, LENGTH_KM]);
  for (const [kind, group] of groups) {
    const name = groups.size === 1 ? base : `${base}_${kind}`;
    const { shp, shx } = writeShp(TYPE_OF[kind], group.map((f) => shapeOf(projected(f.geometry, crs, false))));
    const keys = [...new Set(group.flatMap((f) => Object.keys(f.properties)))].filter((k) => !ownNames.has(k));
    const measured = kind === 'polygons' ? [AREA_KM2, AREA_MU] : kind === 'lines' ? [LENGTH_KM] : [];
    const rows = group.map((f) => {
      const m = measuresOf(f.geometry);
      return { ...f.properties, id: f.id, [AREA_KM2]: m.areaKm2, [AREA_MU]: m.areaMu, [LENGTH_KM]: m.lengthKm };
    });
    const dbf = writeDbf(['id', ...keys, ...measured], rows, encoding);
    for (const r of dbf.report.renamed) if (!report.renamed.some((x) => x.from === r.from)) report.renamed.push(r);
    report.truncated += dbf.report.truncated;
    report.unencodable += dbf.report.unencodable;
    files[`${name}.shp`] = shp;
    files[`${name}.shx`] = shx;
    files[`${name}.dbf`] = dbf.bytes;
    files[`${name}.cpg`] = text(CPG[encoding]);
    if (crs.prj) files[`${name}.prj`] = text(crs.prj);
    report.sets.push({ name, kind, count: group.length });
  }
  return { bytes: zipSync(files), report };
}
