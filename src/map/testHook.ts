/**
 * The one hook the end-to-end tests use to look inside the map (MapLibre's own queries, the
 * datum it draws in). Nothing in the app reads it, and it exists only in the test build
 * (`vite build --mode e2e`, `npm run build:e2e`): in `npm run build` the condition below is a
 * constant false and the bundler drops the hook, its name included.
 */
import type { Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Datum } from './datum';
import type { MapOwner } from './MapOwner';

export interface MapTestHook {
  map: MapLibreMap;
  datum: () => Datum;
  /** Where a WGS-84 position is drawn on the canvas, in whatever datum the map draws in. */
  project: (position: Position) => { x: number; y: number };
}

declare global {
  interface Window {
    __yongchuanMap?: MapTestHook;
  }
}

export function exposeForTests(owner: MapOwner | null): void {
  if (import.meta.env.MODE !== 'e2e') return;
  if (owner) window.__yongchuanMap = owner.testAccess();
  else delete window.__yongchuanMap;
}
