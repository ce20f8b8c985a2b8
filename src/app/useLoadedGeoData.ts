import { useEffect, useState } from 'react';
import { labelText, loadGeoData, type GeoData } from '../data/geodata';
import { ensureCjkFont } from './cjkFont';

export type LoadState = { status: 'loading' } | { status: 'ready'; data: GeoData } | { status: 'error'; message: string };

export function useLoadedGeoData(): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadGeoData()
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
