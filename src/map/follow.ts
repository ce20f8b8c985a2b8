/**
 * The one way state reaches the map: every write to the app, pointer or results store becomes
 * one scene (a pure function of the state) handed to the owner, which applies what differs,
 * plus the camera moves the write asks for.
 */
import type { GeoData } from '../data/geodata';
import { useResultsStore } from '../results/store';
import { shownResults, type ShownResult } from '../results/status';
import { usePointerStore } from '../state/pointerStore';
import { useAppStore, type AppState } from '../state/store';
import { cameraMoves } from './camera';
import type { MapOwner } from './MapOwner';
import { sceneBuilder, type MapScene } from './scene';

/** The results as shown (committed and this browser's), recomputed only when either changes. */
function resultsShown(): () => readonly ShownResult[] {
  let last: { committed: unknown; local: unknown; shown: readonly ShownResult[] } | null = null;
  return () => {
    const { committed, local } = useResultsStore.getState();
    if (!last || last.committed !== committed || last.local !== local) last = { committed, local, shown: shownResults(committed, local) };
    return last.shown;
  };
}

export interface StoreScene {
  /** The scene of the stores as they are now. */
  now: () => MapScene;
  /** Hands the owner the current scene, then one per store write; returns the unsubscribe. */
  follow: (owner: Pick<MapOwner, 'apply' | 'move'>) => () => void;
}

export function storeScene(data: GeoData): StoreScene {
  const scene = sceneBuilder(data);
  const shown = resultsShown();
  const now = () => scene(useAppStore.getState(), usePointerStore.getState(), shown());
  return {
    now,
    follow: (owner) => {
      const follow = (state: AppState, previous: AppState | null) => {
        owner.apply(scene(state, usePointerStore.getState(), shown()));
        for (const move of cameraMoves(state, previous, data)) owner.move(move);
      };
      follow(useAppStore.getState(), null);
      const unsubscribers = [
        useAppStore.subscribe((state, previous) => follow(state, previous)),
        usePointerStore.subscribe(() => owner.apply(now())),
        useResultsStore.subscribe(() => owner.apply(now())),
      ];
      return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
    },
  };
}
