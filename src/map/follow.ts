/**
 * The one way state reaches the map: every write to the app, pointer or results store becomes
 * one scene (a pure function of the state) handed to the owner, which applies what differs,
 * plus the camera moves the write asks for.
 */
import type { GeoData } from '../data/geodata';
import { resultsFeature } from '../lazy/features';
import { afterFirstScreen } from '../lazy/firstScreen';
import type { ShownResult } from '../results/status';
import { usePointerStore } from '../state/pointerStore';
import { useAppStore, type AppState } from '../state/store';
import { cameraMoves } from './camera';
import type { MapOwner } from './MapOwner';
import { sceneBuilder, type MapScene } from './scene';

type ResultsModule = typeof import('../results/feature');

/**
 * The results as shown (committed and this browser's), recomputed only when either changes; none
 * until the results feature has loaded, which it does after the first screen (src/lazy/firstScreen.ts).
 */
function resultsShown(): { shown: () => readonly ShownResult[]; follow: (changed: () => void) => () => void } {
  let results: ResultsModule | null = resultsFeature.loaded();
  let last: { committed: unknown; local: unknown; shown: readonly ShownResult[] } | null = null;
  return {
    shown: () => {
      if (!results) return [];
      const { committed, local } = results.useResultsStore.getState();
      if (!last || last.committed !== committed || last.local !== local) last = { committed, local, shown: results.shownResults(committed, local) };
      return last.shown;
    },
    follow: (changed) => {
      let live = true;
      let unsubscribe: (() => void) | null = null;
      afterFirstScreen()
        .then(() => resultsFeature.load())
        .then(
          (loaded) => {
            if (!live) return;
            results = loaded;
            unsubscribe = loaded.useResultsStore.subscribe(changed);
            void loaded.ensureResultsLoaded();
            changed();
          },
          () => undefined, // the chunk recovery reports it; the map shows no results meanwhile
        );
      return () => {
        live = false;
        unsubscribe?.();
      };
    },
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
  const now = () => scene(useAppStore.getState(), usePointerStore.getState(), shown.shown());
  return {
    now,
    follow: (owner) => {
      const follow = (state: AppState, previous: AppState | null) => {
        owner.apply(scene(state, usePointerStore.getState(), shown.shown()));
        for (const move of cameraMoves(state, previous, data)) owner.move(move);
      };
      follow(useAppStore.getState(), null);
      const unsubscribers = [
        useAppStore.subscribe((state, previous) => follow(state, previous)),
        usePointerStore.subscribe(() => owner.apply(now())),
        shown.follow(() => owner.apply(now())),
      ];
      return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
    },
  };
}
