/**
 * Remembers the open PMTiles layers in IndexedDB: URL layers by address, local files by their
 * file handle where the browser gives one (File System Access API), otherwise by name only, so
 * the workbench can say which file it needs again.
 */
import { del, get, set } from 'idb-keyval';
import type { TileLayer } from './types';

const KEY = 'yongchuan-tiles-v1';

export interface SavedTileLayer {
  id: string;
  name: string;
  origin: TileLayer['origin'];
  url?: string;
  visible: boolean;
  fileHandle?: FileSystemFileHandle;
}

interface Saved {
  version: 1;
  layers: SavedTileLayer[];
}

function isSaved(value: unknown): value is Saved {
  return typeof value === 'object' && value !== null && (value as Saved).version === 1 && Array.isArray((value as Saved).layers);
}

export async function loadSavedTiles(): Promise<SavedTileLayer[]> {
  const value: unknown = await get(KEY);
  return isSaved(value) ? value.layers : [];
}

export async function saveTiles(layers: readonly TileLayer[]): Promise<void> {
  if (layers.length === 0) {
    await del(KEY);
    return;
  }
  const saved: Saved = {
    version: 1,
    layers: layers.map((layer) => ({
      id: layer.id,
      name: layer.name,
      origin: layer.origin,
      visible: layer.visible,
      ...(layer.url ? { url: layer.url } : {}),
      ...(layer.fileHandle ? { fileHandle: layer.fileHandle } : {}),
    })),
  };
  try {
    await set(KEY, saved);
  } catch {
    // A handle that cannot be stored: keep the names at least.
    await set(KEY, { ...saved, layers: saved.layers.map(({ fileHandle: _, ...rest }) => rest) });
  }
}

export async function hasSavedTiles(): Promise<boolean> {
  try {
    return (await get(KEY)) !== undefined;
  } catch {
    return false;
  }
}
