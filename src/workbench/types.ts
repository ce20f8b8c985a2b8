/** The planner's workbench: what it stores and what an import reports. */
import type { Geometry } from 'geojson';
import type { ParkId } from '../data/types';

/** The systems the workbench knows without its EPSG table (the ones planners in Chongqing meet most). */
export type BuiltinCrsId = 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09' | 'epsg3857' | 'epsg4544' | 'epsg4523';

/**
 * Coordinate systems the workbench reads; every stored feature is WGS-84. Besides the
 * built-in ones: any EPSG system proj4 can express ('epsg:32648'), and 'prj', the system
 * a file's .prj defines when it names no EPSG code.
 */
export type CrsId = BuiltinCrsId | `epsg:${number}` | 'prj';

/** How the coordinate system of an import was decided. */
export type CrsReason = 'prj' | 'crs-member' | 'range' | 'kml' | 'default' | 'user';

/** Where a candidate system would put the data (the mean of the sampled positions, in WGS-84). */
export interface CrsCandidate {
  crs: CrsId;
  label: string;
  at: [number, number];
}

/** How the attribute text was decoded. */
export interface EncodingInfo {
  /** A TextDecoder label: 'utf-8', 'gbk', 'big5', 'windows-1252'… */
  encoding: string;
  reason: 'cpg' | 'ldid' | 'bom' | 'detected' | 'default' | 'user';
  /** What the file itself declared, verbatim, when it declared something. */
  declared?: string;
}

/** Something about the whole file the user should know (nothing of it is dropped silently). */
export interface ImportNotice {
  code: 'records-short' | 'dbf-count' | 'null-shapes' | 'bbox-ignored' | 'repeated-vertices' | 'collections-split' | 'prj-unreadable';
  /** Numbers or names the message quotes, e.g. { read: 6, expected: 120 }. */
  values: Record<string, string | number>;
}

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

/** Where a layer came from; its system is the default one of its exports. */
export interface LayerSource {
  fileName: string;
  format: ImportFormat;
  crs: CrsId;
  crsReason: CrsReason;
  /** For crs 'prj': the file's own .prj text (the export writes it back as it came). */
  prj?: string;
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
  | 'self-intersection'
  | 'damaged-record'
  | 'overlapping-parts'
  | 'hole-outside'
  | 'nested-holes'
  | 'nested-shells'
  | 'disconnected-interior'
  | 'duplicate-rings'
  | 'ring-not-closed';

/** One reason a feature of an import was not loaded. */
export interface ImportProblem {
  /** 0-based position of the feature (row for CSV) in the file. */
  index: number;
  /** For a part of a split GeometryCollection: its 1-based number. */
  part?: number;
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
  // Beyond what the browser can hold, for the file or its inflated archive: see ../intake/limits.ts.
  | 'too-large'
  | 'archive-too-large'
  // Spreadsheets: see formats/xlsx.ts.
  | 'xlsx-limits'
  | 'xlsx-sheet'
  | 'xls-legacy'
  | 'unknown-crs';

export interface ImportResult {
  fileName: string;
  format: ImportFormat;
  crs: CrsId;
  crsReason: CrsReason;
  /** The system's name as shown to the user ("WGS 84 / UTM zone 48N (EPSG:32648)"). */
  crsLabel?: string;
  /** For crs 'prj': the .prj text that defines the system. */
  prj?: string;
  /** The CRS named by the file (.prj, `crs` member) when the workbench does not know it. */
  unknownCrsName?: string;
  /** When nothing is named and several systems fit the numbers: each, and where it puts the data; the user must pick. */
  crsCandidates?: CrsCandidate[];
  /** Distance in metres between where the first two candidates put the data. */
  crsCandidatesApartM?: number;
  encoding?: EncodingInfo;
  /** The attributes of the first rows, as decoded, to judge the encoding by. */
  preview?: Record<string, unknown>[];
  notices?: ImportNotice[];
  total: number;
  features: WorkFeature[];
  problems: ImportProblem[];
  /** For spreadsheets: the sheets of the workbook, and the one read. */
  sheets?: string[];
  sheet?: string;
}
