/**
 * The open PMTiles layers as kept in the browser (see src/keep/): URL layers by address, local
 * files by their file handle where the browser gives one (File System Access API), otherwise by
 * name only, so the workbench can say which file it needs again.
 */
import { checkEach, type RecordKind } from '../keep/record';
import type { TileLayer } from './types';

export interface SavedTileLayer {
  id: string;
  name: string;
  origin: TileLayer['origin'];
  url?: string;
  visible: boolean;
  fileHandle?: FileSystemFileHandle;
}

function problemOf(layer: unknown): string | null {
  if (typeof layer !== 'object' || layer === null) return 'not a layer';
  const l = layer as Record<string, unknown>;
  if (typeof l.id !== 'string' || typeof l.name !== 'string') return 'no id or name';
  if (l.origin !== 'file' && l.origin !== 'url') return 'unknown origin';
  if (typeof l.visible !== 'boolean') return 'no visibility';
  if (l.url !== undefined && typeof l.url !== 'string') return 'address is not text';
  if (l.origin === 'url' && typeof l.url !== 'string') return 'no address';
  if (l.fileHandle !== undefined && (typeof l.fileHandle !== 'object' || l.fileHandle === null)) return 'broken file handle';
  return null;
}

export const tilesRecord: RecordKind<SavedTileLayer[]> = {
  key: 'yongchuan-tiles-v1',
  name: 'tiles',
  version: 1,
  validate: (record) => checkEach<SavedTileLayer>(record.layers, 'layer', problemOf),
  encode: (layers) => ({ layers }),
  isEmpty: (layers) => layers.length === 0,
  // A handle the browser cannot store: keep the names at least.
  simplify: (layers) => layers.map(({ fileHandle: _, ...rest }) => rest),
};

/** What is kept of an open layer. */
export function savedTileLayers(layers: readonly TileLayer[]): SavedTileLayer[] {
  return layers.map((layer) => ({
    id: layer.id,
    name: layer.name,
    origin: layer.origin,
    visible: layer.visible,
    ...(layer.url ? { url: layer.url } : {}),
    ...(layer.fileHandle ? { fileHandle: layer.fileHandle } : {}),
  }));
}
