/**
 * PMTiles layers and the deployment's own files: what the app knows about an opened archive.
 * Plain data, so the store, the scene and the panels can share it without loading pmtiles.
 */
import type { BBox } from '../geo/bounds';

export type TileGeometry = 'Point' | 'LineString' | 'Polygon' | 'unknown';

export interface TileSourceLayer {
  /** The source-layer name inside the vector tiles. */
  id: string;
  geometry: TileGeometry;
  /** Attribute names and types, as the archive's metadata lists them. */
  fields: Record<string, string>;
  /** Feature count, when the archive's tile statistics give one. */
  count: number | null;
}

export interface TileArchiveInfo {
  /** What the archive calls itself, or its file name. */
  title: string;
  kind: 'vector' | 'raster';
  /** png, jpg, webp, avif or mvt. */
  tileFormat: string;
  layers: TileSourceLayer[];
  minZoom: number;
  maxZoom: number;
  /** WGS-84 west, south, east, north. */
  bounds: BBox;
  attribution: string;
  /** Size of the archive in bytes (0 when unknown). */
  bytes: number;
}

/** The opened archive itself, handed to the map owner (typed loosely so this file needs no pmtiles). */
export interface TileArchiveHandle {
  /** The key the map's pmtiles:// protocol knows the archive by. */
  key: string;
  /** A pmtiles `PMTiles` instance. */
  archive: object;
  /** Bytes read from the file or URL so far (only the tiles that were drawn are read). */
  bytesRead: () => number;
}

export type TileLayerStatus =
  | { kind: 'open'; info: TileArchiveInfo; handle: TileArchiveHandle }
  /** Remembered from an earlier visit, but the browser gave no lasting access to the file. */
  | { kind: 'needs-file' }
  /** Remembered with a file handle the browser must be allowed to read again (a click). */
  | { kind: 'needs-permission'; fileHandle: FileSystemFileHandle }
  | { kind: 'opening' }
  | { kind: 'failed'; code: string; detail: string };

export interface TileLayer {
  id: string;
  name: string;
  origin: 'file' | 'url';
  /** For URL layers: the same-origin address. */
  url?: string;
  visible: boolean;
  status: TileLayerStatus;
  /** The lasting handle to a local file, where the browser gives one. */
  fileHandle?: FileSystemFileHandle;
}

/** A feature's attributes, as a click on a PMTiles layer found them. */
export interface TileInspection {
  layerId: string;
  sourceLayer: string;
  properties: Record<string, string | number | boolean>;
}

/** The deployment's own config (public/deployment.json), validated. */
export interface DeploymentConfig {
  basemap: { url: string; attribution: string; name: { zh: string; en: string } | null } | null;
  layers: { url: string; name: string }[];
}
