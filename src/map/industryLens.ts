import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { GeoData } from '../data/geodata';
import type { IndustryId } from '../data/types';
import { hostKey } from '../industries/hostIndex';
import { lensHostKeys } from '../industries/lens';
import { SOURCE } from './style';

/** Where the lens sets feature-state: each source with the selection kind of its features. */
const LENS_SOURCES = [
  { source: SOURCE.parks, kind: 'park', collection: 'parks' },
  { source: SOURCE.subParks, kind: 'subpark', collection: 'subParks' },
  { source: SOURCE.clusters, kind: 'cluster', collection: 'clusters' },
] as const;

/** Opacity properties of base layers that fade for places that do not host the chosen industries. */
type OpacityProperty = 'fill-opacity' | 'line-opacity' | 'circle-opacity' | 'circle-stroke-opacity';

const DIMMED_PAINT: { layer: string; property: OpacityProperty; dimmed: number }[] = [
  { layer: 'parks-fill', property: 'fill-opacity', dimmed: 0.07 },
  { layer: 'parks-line', property: 'line-opacity', dimmed: 0.25 },
  { layer: 'subparks-fill', property: 'fill-opacity', dimmed: 0.05 },
  { layer: 'subparks-line', property: 'line-opacity', dimmed: 0.2 },
  { layer: 'subparks-point', property: 'circle-opacity', dimmed: 0.25 },
  { layer: 'subparks-point', property: 'circle-stroke-opacity', dimmed: 0.25 },
  { layer: 'clusters-circle', property: 'circle-opacity', dimmed: 0.2 },
  { layer: 'clusters-circle', property: 'circle-stroke-opacity', dimmed: 0.2 },
  { layer: 'clusters-ring', property: 'circle-stroke-opacity', dimmed: 0.15 },
];

const HOST_COLOR = '#e0a100';
const host: ExpressionSpecification = ['boolean', ['feature-state', 'lensHost'], false];

/** Halo layers that ring every host; drawn under the base symbols they ring. */
export const LENS_LAYERS: LayerSpecification[] = [
  {
    id: 'lens-parks-halo',
    type: 'line',
    source: SOURCE.parks,
    paint: { 'line-color': HOST_COLOR, 'line-width': 5, 'line-opacity': ['case', host, 0.9, 0] },
  },
  {
    id: 'lens-subparks-halo',
    type: 'line',
    source: SOURCE.subParks,
    filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
    paint: { 'line-color': HOST_COLOR, 'line-width': 3.5, 'line-opacity': ['case', host, 0.95, 0] },
  },
  {
    id: 'lens-points-halo',
    type: 'circle',
    source: SOURCE.clusters,
    paint: {
      'circle-color': HOST_COLOR,
      'circle-opacity': ['case', host, 0.55, 0],
      'circle-radius': ['match', ['get', 'agglomerationLevel'], 'municipal', 17, 13],
    },
  },
  {
    id: 'lens-subpark-points-halo',
    type: 'circle',
    source: SOURCE.subParks,
    filter: ['==', ['geometry-type'], 'Point'],
    minzoom: 10,
    paint: { 'circle-color': HOST_COLOR, 'circle-opacity': ['case', host, 0.6, 0], 'circle-radius': 11 },
  },
];

/** The base layer each halo sits under, and the layer group whose switch shows or hides it. */
const HALO_PLACEMENT: Record<string, { before: string; group: 'parks' | 'subparks' | 'clusters' }> = {
  'lens-parks-halo': { before: 'parks-selected-line', group: 'parks' },
  'lens-subparks-halo': { before: 'hubs-point', group: 'subparks' },
  'lens-points-halo': { before: 'clusters-ring', group: 'clusters' },
  'lens-subpark-points-halo': { before: 'subparks-point', group: 'subparks' },
};

const installed = new WeakSet<MapLibreMap>();

/**
 * Once per map: wraps the base layers' opacities so a `lensDim` feature-state fades them,
 * and adds the host halos. Wrapping the current values (rather than editing style.ts)
 * keeps the base cartography in one place and this feature in its own module.
 */
function install(map: MapLibreMap): void {
  if (installed.has(map)) return;
  installed.add(map);
  for (const { layer, property, dimmed } of DIMMED_PAINT) {
    if (!map.getLayer(layer)) continue;
    const current = (map.getPaintProperty(layer, property) ?? 1) as DataDrivenPropertyValueSpecification<number>;
    map.setPaintProperty(layer, property, [
      'case',
      ['boolean', ['feature-state', 'lensDim'], false],
      dimmed,
      current,
    ] as DataDrivenPropertyValueSpecification<number>);
  }
  for (const layer of LENS_LAYERS) {
    const before = HALO_PLACEMENT[layer.id]?.before;
    if (!map.getLayer(layer.id)) map.addLayer(layer, before && map.getLayer(before) ? before : undefined);
  }
}

/**
 * Shows the industry lens on the map: hosts of the chosen industries get a halo, every
 * other park, sub-park and cluster fades; with no industry chosen all is as before.
 */
export function applyIndustryLens(
  map: MapLibreMap,
  data: GeoData,
  filter: readonly IndustryId[],
  layers: Record<'parks' | 'subparks' | 'clusters', boolean>,
): void {
  const active = filter.length > 0;
  // Until an industry is first chosen there is nothing to fade or ring: leave the style alone.
  if (!active && !installed.has(map)) return;
  install(map);
  const hosts = lensHostKeys(filter);
  for (const { source, kind, collection } of LENS_SOURCES) {
    if (!map.getSource(source)) continue;
    for (const feature of data[collection].features) {
      const id = feature.properties.id;
      const isHost = active && hosts.has(hostKey({ kind, id }));
      map.setFeatureState({ source, id }, { lensHost: isHost, lensDim: active && !isHost });
    }
  }
  for (const [layerId, { group }] of Object.entries(HALO_PLACEMENT)) {
    if (!map.getLayer(layerId)) continue;
    const visibility = active && layers[group] ? 'visible' : 'none';
    if (map.getLayoutProperty(layerId, 'visibility') !== visibility) map.setLayoutProperty(layerId, 'visibility', visibility);
  }
}
