/**
 * In the first-load bundle, and small: looks for the deployment's config once the app is up,
 * and brings back PMTiles layers remembered from an earlier visit (loading pmtiles only then).
 */
import { useAppStore } from '../state/store';
import { fetchDeployment } from './deployment';
import { hasKept } from '../keep/keeper';
import { tilesRecord } from './keptRecord';

export function bootTiles(): void {
  void fetchDeployment().then(({ config, problems }) => {
    const state = useAppStore.getState();
    state.setDeployment(config, problems);
    if (problems.length > 0) console.warn('deployment.json:', problems);
    // A link may ask for the local basemap on a site that has none.
    if (state.basemap === 'local' && !config.basemap) state.setBasemap('none');
  });
  void hasKept(tilesRecord).then((has) => {
    if (has) void import('./runtime').then((runtime) => runtime.restoreTiles());
  });
}
