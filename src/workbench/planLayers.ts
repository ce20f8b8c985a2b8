/** The project's own layers seen as workbench layers, for the attribute table and export. */
import type { GeoData } from '../data/geodata';
import type { StringKey } from '../i18n/strings';
import type { SelectionKind } from '../data/selection';
import type { WorkFeature, WorkGeometry } from './types';

export interface PlanLayer {
  key: keyof GeoData;
  label: StringKey;
  /** The selection kind of its features, when they can be selected. */
  kind: SelectionKind | null;
}

export const PLAN_LAYERS: readonly PlanLayer[] = [
  { key: 'parks', label: 'layerParks', kind: 'park' },
  { key: 'subParks', label: 'layerSubParks', kind: 'subpark' },
  { key: 'clusters', label: 'layerClusters', kind: 'cluster' },
  { key: 'townships', label: 'layerTownships', kind: 'township' },
  { key: 'townshipAreas', label: 'layerTownshipAreas', kind: 'township' },
  { key: 'hubs', label: 'layerHubs', kind: 'hub' },
  { key: 'district', label: 'mapLabel', kind: null },
  { key: 'neighbours', label: 'layerNeighbours', kind: null },
];

export function planFeatures(data: GeoData, key: keyof GeoData): WorkFeature[] {
  const collection = data[key] as GeoJSON.FeatureCollection;
  return collection.features.map((f, i) => ({
    type: 'Feature',
    id: String((f.properties as { id?: unknown } | null)?.id ?? i),
    properties: { ...(f.properties ?? {}) },
    geometry: f.geometry as WorkGeometry,
  }));
}
