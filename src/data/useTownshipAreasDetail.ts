/**
 * The full-detail town polygons for the workbench: fetched on first use (never at start),
 * then shared by every component that asks. Returns the towns as `TownArea`s once loaded.
 */
import { useEffect, useState } from 'react';
import type { TownArea } from '../geo/towns';
import { loadTownshipAreasDetail } from './geodata';

export type TownAreasState = { status: 'loading' } | { status: 'ready'; towns: readonly TownArea[] } | { status: 'error'; message: string };

let loaded: readonly TownArea[] | null = null;

export function useTownshipAreasDetail(enabled = true): TownAreasState {
  const [state, setState] = useState<TownAreasState>(() => (loaded ? { status: 'ready', towns: loaded } : { status: 'loading' }));
  useEffect(() => {
    if (!enabled || loaded) return;
    let live = true;
    loadTownshipAreasDetail().then(
      (collection) => {
        loaded = collection.features;
        if (live) setState({ status: 'ready', towns: collection.features });
      },
      (e: unknown) => {
        if (live) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return loaded && state.status !== 'ready' ? { status: 'ready', towns: loaded } : state;
}
