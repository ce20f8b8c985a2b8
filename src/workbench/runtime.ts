/**
 * The workbench's start: brings back saved work and saves every change. What it draws on the
 * map follows the store (see map/scene.ts). Loaded lazily (see boot.ts); idempotent.
 */
import type { GeoData } from '../data/geodata';
import { useAppStore } from '../state/store';
import { bboxOf, positionsOf, type BBox } from './geometry';
import { boundsOfDistrict } from './district';
import { loadSavedLayers, saveLayers } from './persist';

let started: Promise<void> | null = null;
let geoData: GeoData | null = null;

export function workbenchData(): GeoData {
  if (!geoData) throw new Error('workbench not started');
  return geoData;
}

export function districtBbox(): BBox {
  return boundsOfDistrict(workbenchData().district);
}

const SAVE_DELAY_MS = 150;

function startSaving(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  useAppStore.subscribe((state, previous) => {
    if (state.workLayers === previous.workLayers) return;
    clearTimeout(timer);
    useAppStore.getState().setWorkSaveState('saving');
    timer = setTimeout(() => {
      saveLayers(useAppStore.getState().workLayers).then(
        () => useAppStore.getState().setWorkSaveState('saved'),
        () => useAppStore.getState().setWorkSaveState('error'),
      );
    }, SAVE_DELAY_MS);
  });
}

/** Asks the map to frame a whole layer (after an import, or from the layer list). */
export function frameLayer(layerId: string): void {
  const state = useAppStore.getState();
  const layer = state.workLayers.find((l) => l.id === layerId);
  if (!layer || layer.features.length === 0) return;
  state.requestFrame({ bbox: bboxOf(layer.features.flatMap((f) => positionsOf(f.geometry))), maxZoom: 14, animate: false });
}

export function startWorkbench(data: GeoData): Promise<void> {
  geoData = data;
  started ??= (async () => {
    try {
      const saved = await loadSavedLayers();
      if (saved.length > 0 && useAppStore.getState().workLayers.length === 0) useAppStore.getState().restoreWork(saved);
      useAppStore.getState().setWorkSaveState(saved.length > 0 ? 'saved' : 'idle');
    } catch {
      useAppStore.getState().setWorkSaveState('error');
    }
    startSaving();
  })();
  return started;
}
