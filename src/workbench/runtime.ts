/**
 * The workbench's start: brings back saved work and saves every change. What it draws on the
 * map follows the store (see map/scene.ts). Loaded lazily (see boot.ts); idempotent.
 */
import type { GeoData } from '../data/geodata';
import { useAppStore } from '../state/store';
import { bboxOf, positionsOf, type BBox } from './geometry';
import { boundsOfDistrict } from './district';
import { keeper } from '../keep/keeper';
import { workbenchRecord } from './keptRecord';

let started: Promise<void> | null = null;
let geoData: GeoData | null = null;

export function workbenchData(): GeoData {
  if (!geoData) throw new Error('workbench not started');
  return geoData;
}

export function districtBbox(): BBox {
  return boundsOfDistrict(workbenchData().district);
}

const kept = keeper(workbenchRecord, {
  onSaveState: (state) => useAppStore.getState().setWorkSaveState(state),
  // Another tab kept the work until now: show what it saved (this tab refused edits meanwhile).
  onTakeOver: () => void restoreSaved(true),
});

async function restoreSaved(replace: boolean): Promise<void> {
  try {
    const saved = (await kept.restore()) ?? [];
    if (replace || (saved.length > 0 && useAppStore.getState().workLayers.length === 0)) useAppStore.getState().restoreWork(saved);
    useAppStore.getState().setWorkSaveState(saved.length > 0 ? 'saved' : 'idle');
  } catch {
    useAppStore.getState().setWorkSaveState('error');
  }
}

function startSaving(): void {
  useAppStore.subscribe((state, previous) => {
    if (state.workLayers !== previous.workLayers) kept.save(state.workLayers);
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
    await restoreSaved(false);
    startSaving();
  })();
  return started;
}
