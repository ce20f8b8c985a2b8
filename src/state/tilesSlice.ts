import type { DeploymentProblem } from '../tiles/deployment';
import type { DeploymentConfig, TileInspection, TileLayer } from '../tiles/types';
import type { Slice } from './slice';

/**
 * PMTiles layers the planner opened (files or the deployment's URLs), the attributes of the
 * feature last clicked on one, and the deployment's config (basemap archive, offered layers).
 */
export interface TilesSlice {
  tileLayers: TileLayer[];
  tileInspection: TileInspection | null;
  /** null until `deployment.json` was looked for; then its config (empty when there is none). */
  deployment: DeploymentConfig | null;
  deploymentProblems: DeploymentProblem[];
  setTileLayers: (layers: TileLayer[]) => void;
  updateTileLayer: (id: string, change: Partial<TileLayer>) => void;
  removeTileLayer: (id: string) => void;
  inspectTile: (inspection: TileInspection | null) => void;
  setDeployment: (config: DeploymentConfig, problems: DeploymentProblem[]) => void;
}

export const createTilesSlice: Slice<TilesSlice> = (set, get) => ({
  tileLayers: [],
  tileInspection: null,
  deployment: null,
  deploymentProblems: [],
  setTileLayers: (tileLayers) => set({ tileLayers }),
  updateTileLayer: (id, change) => set({ tileLayers: get().tileLayers.map((layer) => (layer.id === id ? { ...layer, ...change } : layer)) }),
  removeTileLayer: (id) =>
    set({
      tileLayers: get().tileLayers.filter((layer) => layer.id !== id),
      tileInspection: get().tileInspection?.layerId === id ? null : get().tileInspection,
    }),
  inspectTile: (tileInspection) => set({ tileInspection }),
  setDeployment: (deployment, deploymentProblems) => set({ deployment, deploymentProblems }),
});
