/**
 * The one hook the end-to-end tests use to look inside the map (MapLibre's own queries, the
 * datum it draws in, what its PMTiles archives have read). Nothing in the app reads it, and it
 * exists only in the test build (`vite build --mode e2e`, `npm run build:e2e`): the map owner
 * calls {@link exposeForTests} only under `import.meta.env.MODE === 'e2e'`, a constant false in
 * `npm run build`, so the bundler drops the call, this module and every name in it
 * (tests/e2e/production-build.e2e.test.ts scans dist/ for them).
 */
import type { Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Protocol } from 'pmtiles';
import { positionIn, type Datum } from './datum';

export interface MapTestHook {
  map: MapLibreMap;
  datum: () => Datum;
  /** Where a WGS-84 position is drawn on the canvas, in whatever datum the map draws in. */
  project: (position: Position) => { x: number; y: number };
  /** Bytes each PMTiles archive on the map has read so far, by the archive's key (none before the first archive). */
  tileBytesRead: () => Promise<Record<string, number>>;
}

declare global {
  interface Window {
    __yongchuanMap?: MapTestHook;
  }
}

/** What the hook needs of the map owner (its private parts, handed over by the owner itself). */
export interface MapInsides {
  map: MapLibreMap;
  datum: () => Datum;
  tileProtocol: () => Promise<Protocol> | null;
}

/** Sets the hook for a map owner (or removes it: null). Called by the owner in the test build only. */
export function exposeForTests(insides: MapInsides | null): void {
  if (!insides) {
    delete window.__yongchuanMap;
    return;
  }
  const { map, datum, tileProtocol } = insides;
  window.__yongchuanMap = {
    map,
    datum,
    project: (position) => {
      const [lon = 0, lat = 0] = positionIn(datum(), position);
      const point = map.project([lon, lat]);
      return { x: point.x, y: point.y };
    },
    tileBytesRead: async () => {
      const protocol = await tileProtocol();
      const read: Record<string, number> = {};
      // The app's archives read through a counting source (src/tiles/archive.ts): its `read`.
      for (const [key, archive] of protocol?.tiles ?? []) read[key] = Number((archive.source as { read?: unknown }).read ?? 0);
      return read;
    },
  };
}
