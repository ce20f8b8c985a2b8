/** The planner's workbench: what it stores and what an import reports. */
import type { Geometry } from 'geojson';
import type { ParkId } from '../data/types';

/** Coordinate systems the workbench reads; every stored feature is WGS-84. */
export type CrsId = 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09' | 'epsg3857' | 'epsg4544' | 'epsg4523';

/** How the coordinate system of an import was decided. */
export type CrsReason = 'prj' | 'crs-member' | 'range' | 'kml' | 'default' | 'user';

export type ImportFormat = 'geojson' | 'shapefile' | 'kml' | 'csv' | 'xlsx';

/** Geometries the workbench draws, checks and exports (no GeometryCollection). */
export type WorkGeometry = Exclude<Geometry, GeoJSON.GeometryCollection>;

export interface WorkFeature {
  type: 'Feature';
  /** Unique within its layer. */
  id: string;
  properties: Record<string, unknown>;
  geometry: WorkGeometry;
}

export interface LayerSource {
  fileName: string;
  format: ImportFormat;
  crs: CrsId;
  crsReason: CrsReason;
}

export interface WorkLayer {
  id: string;
  name: string;
  origin: 'import' | 'drawing';
  source?: LayerSource;
  features: WorkFeature[];
  visible: boolean;
  /** Features meant to replace a park's schematic outline: feature id -> park. */
  parkLinks: Record<string, ParkId>;
}

export type ProblemCode =
  | 'not-a-feature'
  | 'null-geometry'
  | 'unsupported-type'
  | 'empty-geometry'
  | 'invalid-geojson'
  | 'bad-coordinates'
  | 'swapped'
  | 'far-outside'
  | 'degenerate'
  | 'self-intersection';

/** One reason a feature of an import was not loaded. */
export interface ImportProblem {
  /** 0-based position of the feature (row for CSV) in the file. */
  index: number;
  name: string | null;
  code: ProblemCode;
  /** Where the fault is (lon/lat after conversion), when known. */
  at?: [number, number];
  /** Extra detail, e.g. the validator's message or a distance in km. */
  detail?: string;
  /** For spreadsheets: the row number as the spreadsheet program shows it, and its sheet. */
  row?: number;
  sheet?: string;
}

/** File-level failures: nothing of the file can be read. */
export type ImportErrorCode =
  | 'unsupported-format'
  | 'unreadable'
  | 'no-features'
  | 'csv-columns'
  | 'zip-no-shp'
  | 'lone-shp'
  // Beyond what the browser can hold, for the file or its inflated archive: see importLimits.ts.
  | 'too-large'
  | 'archive-too-large'
  // Spreadsheets: see formats/xlsx.ts.
  | 'xlsx-limits'
  | 'xlsx-sheet'
  | 'xls-legacy';

export interface ImportResult {
  fileName: string;
  format: ImportFormat;
  crs: CrsId;
  crsReason: CrsReason;
  /** The CRS named by the file (.prj, `crs` member) when the workbench does not know it. */
  unknownCrsName?: string;
  total: number;
  features: WorkFeature[];
  problems: ImportProblem[];
  /** For spreadsheets: the sheets of the workbook, and the one read. */
  sheets?: string[];
  sheet?: string;
}
