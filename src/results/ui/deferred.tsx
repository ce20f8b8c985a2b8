/**
 * The results as the first screen shows them (overview, park details, legend): drawn once the
 * results feature has loaded after the first screen, nothing before (the targets show at once).
 */
import { afterFirstScreen } from '../../lazy/firstScreen';
import { resultsFeature } from '../../lazy/features';
import { FeatureGate } from '../../lazy/FeatureGate';

export function DeferredResultsBeside(props: { measureKey: string; compact?: boolean }) {
  return (
    <FeatureGate feature={resultsFeature} after={afterFirstScreen()} quiet>
      {(results) => <results.ResultsBeside {...props} />}
    </FeatureGate>
  );
}

export function DeferredResultsNotice(props: { where: string }) {
  return (
    <FeatureGate feature={resultsFeature} after={afterFirstScreen()} quiet>
      {(results) => <results.ResultsNotice {...props} />}
    </FeatureGate>
  );
}

export function DeferredParkShareLegend() {
  return (
    <FeatureGate feature={resultsFeature} after={afterFirstScreen()} quiet>
      {(results) => <results.ParkShareLegend />}
    </FeatureGate>
  );
}
