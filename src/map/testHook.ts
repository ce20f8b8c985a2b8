/**
 * The one hook the end-to-end tests use to look inside the map (MapLibre's own queries, the
 * datum it draws in). Nothing in the app reads it.
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
  if (owner) window.__yongchuanMap = owner.testAccess();
  else delete window.__yongchuanMap;
}
