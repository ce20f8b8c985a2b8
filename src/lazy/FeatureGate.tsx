import { useEffect, useState, type ReactNode } from 'react';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import type { LazyFeature } from './feature';

/** How the loading and failed states look where the defaults do not fit (the map's area). */
export interface GateLook {
  className: string;
  loading: StringKey;
  failed: StringKey;
  /** Test ids `<testId>-loading` and `<testId>-failed`. */
  testId: string;
}

interface Props<M> {
  feature: LazyFeature<M>;
  /** What the feature draws once loaded. */
  children: (module: M) => ReactNode;
  /**
   * When to start loading: at once (default), or after a promise such as afterFirstScreen()
   * for what the first screen shows but need not wait for.
   */
  after?: Promise<unknown>;
  /** Draw nothing while loading or after a failure (for small parts inside other content); the update notice still reports a failure. */
  quiet?: boolean;
  look?: GateLook;
}

/**
 * Draws a lazily loaded feature: a polite status while it loads, an alert with a retry button if
 * it cannot be fetched (the retry reloads the page where the browser will not fetch the chunk again),
 * the feature once it is there (at once when it was loaded before).
 */
export function FeatureGate<M>({ feature, children, after, quiet = false, look }: Props<M>) {
  const { t } = useT();
  const [module, setModule] = useState<M | null>(feature.loaded);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (module) return;
    let live = true;
    (after ?? Promise.resolve())
      .then(() => feature.load())
      .then(
        (loaded) => live && setModule(() => loaded),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, [feature, after, module]);

  if (module) return <>{children(module)}</>;
  if (quiet) return null;
  const className = look?.className ?? `status feature-${failed ? 'failed' : 'loading'}`;
  if (failed) {
    return (
      <div className={`${className} status-error`} role="alert" data-testid={look ? `${look.testId}-failed` : `feature-failed-${feature.id}`}>
        <p>{t(look?.failed ?? 'featureFailed')}</p>
        <button
          type="button"
          onClick={() => {
            setFailed(false);
            // Some browsers keep a failed module download for the page's lifetime, so an in-page
            // retry can fail at once however the network is now: then only a reload fetches again
            // (what is kept and the link's state survive it).
            feature.load().then(
              (loaded) => setModule(() => loaded),
              () => window.location.reload(),
            );
          }}
        >
          {t('errorRetry')}
        </button>
      </div>
    );
  }
  return (
    <div className={className} role="status" aria-live="polite" data-testid={look ? `${look.testId}-loading` : `feature-loading-${feature.id}`}>
      <p>{t(look?.loading ?? 'featureLoading')}</p>
    </div>
  );
}
