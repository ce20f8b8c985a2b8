/**
 * The one way a feature's code arrives after the first screen: a feature is a chunk (its
 * components, its state, its messages, which its own modules register) loaded once, on first
 * use. A failed download is forgotten, so a retry downloads again, and it is reported to the
 * chunk recovery (src/update/chunkRecovery.ts), which says when the app was updated meanwhile.
 */
import { onChunkLoadFailed } from '../update/chunkRecovery';

export interface LazyFeature<M> {
  /** Names the feature in test ids (`feature-loading-<id>`, `feature-failed-<id>`). */
  readonly id: string;
  /** The module once loaded, else null: a loaded feature renders at once, with no loading state. */
  loaded: () => M | null;
  /** Loads the feature once; after a failure, the next call tries again. */
  load: () => Promise<M>;
}

export function lazyFeature<M>(id: string, importer: () => Promise<M>): LazyFeature<M> {
  let module: M | null = null;
  let pending: Promise<M> | null = null;
  return {
    id,
    loaded: () => module,
    load: () =>
      (pending ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          pending = null;
          onChunkLoadFailed();
          throw error;
        },
      )),
  };
}
