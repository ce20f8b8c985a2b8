import { useEffect, useState } from 'react';
import { labelText, loadGeoData, type GeoData } from '../data/geodata';
import { ensureCjkFont } from './cjkFont';

export type LoadState = { status: 'loading' } | { status: 'ready'; data: GeoData } | { status: 'error'; message: string };

let pending: Promise<GeoData> | undefined;

/** Starts fetching the map's layers at once, before React renders (see main.tsx). */
export function preloadGeoData(): Promise<GeoData> {
  pending ??= loadGeoData();
  return pending;
}

export function useLoadedGeoData(): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    preloadGeoData()
      .then(async (data) => {
        await ensureCjkFont(labelText(data) + document.body.innerText);
        return data;
      })
      .then(
        (data) => !cancelled && setState({ status: 'ready', data }),
        (error: unknown) =>
          !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
