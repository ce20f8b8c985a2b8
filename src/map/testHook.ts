/**
 * The one hook the end-to-end tests use to look inside the map (MapLibre's own queries, the
 * datum it draws in). Nothing in the app reads it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Datum } from './datum';
import type { MapOwner } from './MapOwner';

export interface MapTestHook {
  map: MapLibreMap;
  datum: () => Datum;
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
