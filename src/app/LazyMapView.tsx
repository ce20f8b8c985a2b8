import { useEffect, useState } from 'react';
import type { GeoData } from '../data/geodata';
import { useT } from '../i18n/useT';
import { firstScreenDone } from '../lazy/firstScreen';

type MapViewModule = typeof import('../map/MapView');

let pending: Promise<MapViewModule> | null = null;

/** Starts (once) the download of the map and MapLibre, the largest part of the app. */
export function loadMapView(): Promise<MapViewModule> {
  pending ??= import('../map/MapView').catch((error: unknown) => {
    pending = null; // a retry downloads again
    throw error;
  });
  return pending;
}

/**
 * The map, loaded on its own so the header and panels draw and work while MapLibre is still
 * on its way. If its code cannot be fetched, the map area says so and offers to try again.
 */
export function LazyMapView({ data }: { data: GeoData }) {
  const { t } = useT();
  const [module, setModule] = useState<MapViewModule | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    loadMapView().then(
      (loaded) => current && setModule(loaded),
      () => {
        firstScreenDone(); // no map: what waits for the first screen need not wait longer
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  if (module) return <module.MapView data={data} />;
  if (failed) {
    return (
      <div className="map map-placeholder status-error" role="alert" data-testid="map-code-failed">
        <p>{t('mapCodeFailed')}</p>
        <button
          type="button"
          onClick={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        >
          {t('errorRetry')}
        </button>
      </div>
    );
  }
  return (
    <div className="map map-placeholder" role="status" data-testid="map-code-loading">
      <p>{t('loading')}</p>
    </div>
  );
}
