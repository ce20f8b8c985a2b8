import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { LazyFeature } from './feature';

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
}

/**
 * Draws a lazily loaded feature: a polite status while it loads, an alert with a retry button if
 * it cannot be fetched, the feature once it is there (at once when it was loaded before).
 */
export function FeatureGate<M>({ feature, children, after, quiet = false }: Props<M>) {
  const { t } = useT();
  const [module, setModule] = useState<M | null>(feature.loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

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
  }, [feature, after, module, attempt]);

  if (module) return <>{children(module)}</>;
  if (quiet) return null;
  if (failed) {
    return (
      <div className="status status-error feature-failed" role="alert" data-testid={`feature-failed-${feature.id}`}>
        <p>{t('featureFailed')}</p>
        <button
          type="button"
          data-testid={`feature-retry-${feature.id}`}
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
    <p className="status feature-loading" role="status" aria-live="polite" data-testid={`feature-loading-${feature.id}`}>
      {t('featureLoading')}
    </p>
  );
}
