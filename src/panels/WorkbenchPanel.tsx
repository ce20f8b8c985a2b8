import { useEffect, useState, type ComponentType } from 'react';
import { useGeoData } from '../app/GeoDataContext';
import { useT } from '../i18n/useT';
import { loadWorkbench } from '../workbench/boot';

/** Loads the workbench (parsers, projections, drawing) only when its tab is opened. */
export function WorkbenchPanel() {
  const { t } = useT();
  const data = useGeoData();
  const [loaded, setLoaded] = useState<{ Workbench: ComponentType } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([loadWorkbench(data), import('../workbench/ui/Workbench')]).then(
      ([, module]) => {
        if (live) setLoaded({ Workbench: module.default });
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [data]);

  if (error) {
    return (
      <p className="status status-error" role="alert">
        {t('wbLoadFailed', { message: error })}
      </p>
    );
  }
  if (!loaded) {
    return (
      <p className="status" role="status">
        {t('wbLoading')}
      </p>
    );
  }
  return <loaded.Workbench />;
}
