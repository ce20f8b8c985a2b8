/**
 * Opening, remembering and restoring PMTiles layers. Loaded with the workbench (or at start when
 * layers were remembered); it brings in the pmtiles package. What is drawn follows the store.
 */
import { useAppStore } from '../state/store';
import { openFileArchive, openUrlArchive, TileArchiveError } from './archive';
import { keeper } from '../keep/keeper';
import { savedTileLayers, tilesRecord, type SavedTileLayer } from './keptRecord';
import type { TileArchiveInfo, TileLayer } from './types';

/** The File System Access API's permission calls (not yet in TypeScript's DOM types). */
interface PermissionedHandle extends FileSystemFileHandle {
  queryPermission?: (options: { mode: 'read' }) => Promise<PermissionState>;
  requestPermission?: (options: { mode: 'read' }) => Promise<PermissionState>;
}

interface PickerWindow {
  showOpenFilePicker?: (options: unknown) => Promise<FileSystemFileHandle[]>;
}

/** Whether this browser can keep access to a chosen file across visits. */
export function canRememberFiles(): boolean {
  return typeof (window as PickerWindow).showOpenFilePicker === 'function';
}

let sequence = 0;
function newId(): string {
  sequence += 1;
  return `pm${Date.now().toString(36)}${sequence}`;
}

function failure(error: unknown): TileLayer['status'] {
  if (error instanceof TileArchiveError) return { kind: 'failed', code: error.code, detail: error.detail };
  return { kind: 'failed', code: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
}

function put(layer: TileLayer): void {
  const state = useAppStore.getState();
  const exists = state.tileLayers.some((l) => l.id === layer.id);
  state.setTileLayers(exists ? state.tileLayers.map((l) => (l.id === layer.id ? layer : l)) : [...state.tileLayers, layer]);
}

/**
 * Asks the map to frame an archive's bounds (clamped to the part of the world a map can show),
 * never further out than its first zoom, below which it has no tiles to draw.
 */
export function frameArchive(info: TileArchiveInfo): void {
  const [w, s, e, n] = info.bounds;
  if (!(w < e && s < n)) return;
  useAppStore.getState().requestFrame({
    bbox: [Math.max(w, -180), Math.max(s, -85), Math.min(e, 180), Math.min(n, 85)],
    maxZoom: Math.max(info.minZoom, Math.min(info.maxZoom, 15)),
    minZoom: info.minZoom,
    animate: false,
  });
}

/** Opens a local file; a remembered entry of the same name (waiting for its file) is reused. */
export async function openTileFile(file: File, fileHandle?: FileSystemFileHandle): Promise<void> {
  const waiting = useAppStore.getState().tileLayers.find((l) => l.origin === 'file' && l.name === file.name && l.status.kind !== 'open');
  const id = waiting?.id ?? newId();
  const base: TileLayer = { id, name: file.name, origin: 'file', visible: true, status: { kind: 'opening' }, ...(fileHandle ? { fileHandle } : {}) };
  put(base);
  try {
    const { info, handle } = await openFileArchive(file);
    put({ ...base, status: { kind: 'open', info, handle } });
    frameArchive(info);
  } catch (error) {
    put({ ...base, status: failure(error) });
  }
}

/** Opens a same-origin archive (one the deployment offers). */
export async function openTileUrl(url: string, name: string, options: { id?: string; visible?: boolean; frame?: boolean } = {}): Promise<void> {
  const base: TileLayer = { id: options.id ?? newId(), name, origin: 'url', url, visible: options.visible ?? true, status: { kind: 'opening' } };
  put(base);
  try {
    const { info, handle } = await openUrlArchive(url);
    put({ ...base, status: { kind: 'open', info, handle } });
    if (options.frame !== false) frameArchive(info);
  } catch (error) {
    put({ ...base, status: failure(error) });
  }
}

/** Opens a file through the browser's file picker, keeping a handle for the next visit. */
export async function pickTileFile(): Promise<boolean> {
  const picker = (window as PickerWindow).showOpenFilePicker;
  if (!picker) return false;
  let handles: FileSystemFileHandle[];
  try {
    handles = await picker({ types: [{ description: 'PMTiles', accept: { 'application/octet-stream': ['.pmtiles'] } }], multiple: false });
  } catch {
    return true; // the user cancelled the picker
  }
  const handle = handles[0];
  if (handle) await openTileFile(await handle.getFile(), handle);
  return true;
}

/** Reads a remembered file again after the user allowed it (needs a click). */
export async function allowTileFile(id: string): Promise<void> {
  const layer = useAppStore.getState().tileLayers.find((l) => l.id === id);
  if (!layer || layer.status.kind !== 'needs-permission') return;
  const handle = layer.status.fileHandle as PermissionedHandle;
  const permission = (await handle.requestPermission?.({ mode: 'read' })) ?? 'granted';
  if (permission !== 'granted') return;
  await openTileFile(await handle.getFile(), handle);
}

async function restoreOne(saved: SavedTileLayer): Promise<void> {
  const base: TileLayer = {
    id: saved.id,
    name: saved.name,
    origin: saved.origin,
    visible: saved.visible,
    status: { kind: 'needs-file' },
    ...(saved.url ? { url: saved.url } : {}),
    ...(saved.fileHandle ? { fileHandle: saved.fileHandle } : {}),
  };
  if (saved.origin === 'url' && saved.url) return openTileUrl(saved.url, saved.name, { id: saved.id, visible: saved.visible, frame: false });
  const handle = saved.fileHandle as PermissionedHandle | undefined;
  if (!handle) return put(base);
  const permission = (await handle.queryPermission?.({ mode: 'read' }).catch(() => 'prompt' as const)) ?? 'prompt';
  if (permission !== 'granted') return put({ ...base, status: { kind: 'needs-permission', fileHandle: handle } });
  try {
    const { info, handle: archive } = await openFileArchive(await handle.getFile());
    put({ ...base, status: { kind: 'open', info, handle: archive } });
  } catch (error) {
    put({ ...base, status: failure(error) });
  }
}

let restoring: Promise<void> | null = null;

const kept = keeper(tilesRecord, {
  // Another tab kept the layers until now: open what it kept, unless this tab has its own.
  onTakeOver: () => {
    if (useAppStore.getState().tileLayers.length > 0) kept.save(savedTileLayers(useAppStore.getState().tileLayers));
    else void kept.restore().then((saved) => Promise.all((saved ?? []).map(restoreOne)));
  },
});

/** Brings back the layers of an earlier visit, then saves every change (idempotent). */
export function restoreTiles(): Promise<void> {
  restoring ??= (async () => {
    try {
      const saved = (await kept.restore()) ?? [];
      if (useAppStore.getState().tileLayers.length === 0) await Promise.all(saved.map(restoreOne));
    } catch {
      // IndexedDB unavailable (private mode): nothing to bring back.
    }
    useAppStore.subscribe((state, previous) => {
      if (state.tileLayers !== previous.tileLayers) kept.save(savedTileLayers(state.tileLayers));
    });
    // What changed while restoring is saved too.
    kept.save(savedTileLayers(useAppStore.getState().tileLayers));
  })();
  return restoring;
}
