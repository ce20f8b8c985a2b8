import type { GeoData } from '../data/geodata';
import { lazyFeature } from '../lazy/feature';
import { FeatureGate, type GateLook } from '../lazy/FeatureGate';
import { firstScreenDone } from '../lazy/firstScreen';

const mapFeature = lazyFeature('map', () =>
  import('../map/MapView').catch((error: unknown) => {
    firstScreenDone(); // no map: what waits for the first screen need not wait longer
    throw error;
  }),
);

/** Starts (once) the download of the map and MapLibre, the largest part of the app. */
export function loadMapView(): Promise<typeof import('../map/MapView')> {
  return mapFeature.load();
}

const look: GateLook = { className: 'map map-placeholder', loading: 'loading', failed: 'mapCodeFailed', testId: 'map-code' };

/**
 * The map, loaded on its own so the header and panels draw and work while MapLibre is still
 * on its way. If its code cannot be fetched, the map area says so and offers to try again.
 */
export function LazyMapView({ data }: { data: GeoData }) {
  return (
    <FeatureGate feature={mapFeature} look={look}>
      {(map) => <map.MapView data={data} />}
    </FeatureGate>
  );
}
