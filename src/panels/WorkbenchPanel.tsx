import { useMemo } from 'react';
import { useGeoData } from '../app/GeoDataContext';
import { workbenchFeature } from '../lazy/features';
import { FeatureGate } from '../lazy/FeatureGate';
import { loadWorkbench } from '../workbench/boot';

/**
 * Loads the workbench (parsers, projections, drawing) only when its tab is opened: its panel
 * once its runtime has started (src/workbench/boot.ts).
 */
export function WorkbenchPanel() {
  const data = useGeoData();
  const ready = useMemo(() => loadWorkbench(data), [data]);
  return (
    <FeatureGate feature={workbenchFeature} after={ready}>
      {(workbench) => <workbench.default />}
    </FeatureGate>
  );
}
