/** Keeps the workbench's layers in IndexedDB (idb-keyval), saved as they change. */
import { del, get, set } from 'idb-keyval';
import type { WorkLayer } from './types';

const KEY = 'yongchuan-workbench-v1';

interface Saved {
  version: 1;
  savedAt: string;
  layers: WorkLayer[];
}

function isSaved(value: unknown): value is Saved {
  return typeof value === 'object' && value !== null && (value as Saved).version === 1 && Array.isArray((value as Saved).layers);
}

export async function loadSavedLayers(): Promise<WorkLayer[]> {
  const value: unknown = await get(KEY);
  return isSaved(value) ? value.layers : [];
}

export async function saveLayers(layers: WorkLayer[]): Promise<void> {
  if (layers.length === 0) {
    await del(KEY);
    return;
  }
  const saved: Saved = { version: 1, savedAt: new Date().toISOString(), layers };
  await set(KEY, saved);
}

/** True when an earlier visit left work to bring back. */
export async function hasSavedWork(): Promise<boolean> {
  try {
    return (await get(KEY)) !== undefined;
  } catch {
    return false; // private mode or IndexedDB disabled: nothing to bring back
  }
}
