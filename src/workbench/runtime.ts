/**
 * The workbench's start: brings back saved work, saves every change, and adds the
 * workbench's map behaviour. Loaded lazily (see boot.ts); idempotent.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GeoData } from '../data/geodata';
import { registerMapExtension } from '../map/extensions';
import { useAppStore, type AppState } from '../state/store';
import { bboxOf, positionsOf, type BBox } from './geometry';
import { boundsOfDistrict } from './district';
import { applyEditor } from './map/editor';
import { applyMeasure } from './map/measureTool';
import { applyUserLayers, workFeatureAt } from './map/userLayers';
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

const clickInstalled = new WeakSet<MapLibreMap>();

function installClick(map: MapLibreMap): void {
  clickInstalled.add(map);
  map.on('click', (event) => {
    const state = useAppStore.getState();
    if (state.workTool !== 'none' || state.workEditing) return;
    const hit = workFeatureAt(map, state, event.point);
    if (hit || state.workSelection) state.selectWorkFeature(hit, 'map');
  });
}

function flyToSelection(map: MapLibreMap, state: AppState, previous: AppState | null): void {
  if (!state.workSelection || state.workSelectionOrigin !== 'list') return;
  if (previous && previous.workSelection === state.workSelection) return;
  const { layerId, featureId } = state.workSelection;
  const feature = state.workLayers.find((l) => l.id === layerId)?.features.find((f) => f.id === featureId);
  if (!feature) return;
  const [w, s, e, n] = bboxOf(positionsOf(feature.geometry));
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding: fitPadding(), maxZoom: 14, animate: !reduceMotion },
  );
}

/** Room for the legend on wide screens (see MapView's padding). */
function fitPadding() {
  const wide = window.matchMedia?.('(min-width: 701px)').matches ?? true;
  return wide ? { top: 60, bottom: 60, left: 60, right: 340 } : 40;
}

/** Fits the map to a whole layer (after an import). */
export function fitLayer(map: MapLibreMap, layerId: string): void {
  const layer = useAppStore.getState().workLayers.find((l) => l.id === layerId);
  if (!layer || layer.features.length === 0) return;
  const [w, s, e, n] = bboxOf(layer.features.flatMap((f) => positionsOf(f.geometry)));
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding: fitPadding(), maxZoom: 14, animate: false },
  );
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
    registerMapExtension((map, state, previous) => {
      if (!clickInstalled.has(map)) installClick(map);
      applyUserLayers(map, state);
      applyMeasure(map, state);
      applyEditor(map, state);
      flyToSelection(map, state, previous);
    });
  })();
  return started;
}
