/**
 * Map behaviour that is loaded later (the planner's workbench) plugs in here. MapView
 * hands each extension the map and every store change, the same one-way flow as syncMap.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState } from '../state/store';

export type MapExtension = (map: MapLibreMap, state: AppState, previous: AppState | null) => void;

const extensions = new Set<MapExtension>();
let readyMap: { map: MapLibreMap; state: () => AppState } | null = null;

/** Adds an extension; it runs at once when the map is ready. Returns a remover. */
export function registerMapExtension(extension: MapExtension): () => void {
  extensions.add(extension);
  if (readyMap) extension(readyMap.map, readyMap.state(), null);
  return () => extensions.delete(extension);
}

export function runMapExtensions(map: MapLibreMap, state: AppState, previous: AppState | null): void {
  for (const extension of extensions) extension(map, state, previous);
}

/** Called by MapView when the map has loaded (and with null when it is removed). */
export function setExtensionMap(map: MapLibreMap | null, state: () => AppState): void {
  readyMap = map ? { map, state } : null;
}

/** The ready map, for tools that must wait for it. */
export function extensionMap(): MapLibreMap | null {
  return readyMap?.map ?? null;
}
