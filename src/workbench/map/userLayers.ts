/**
 * Draws the workbench's layers on the map: one GeoJSON source per layer with fill, line
 * and circle layers, feature-state for the selected feature, and the feature being edited
 * hidden (terra-draw shows it). Idempotent: call with every store change.
 */
import type { ExpressionSpecification, FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AppState } from '../../state/store';
import type { WorkLayer } from '../types';

export const LAYER_COLORS = ['#d6336c', '#1971c2', '#e8590c', '#2f9e44', '#7048e8', '#0c8599'];
export const ID_PROPERTY = '__wbid';

const sourceId = (layerId: string): string => `wb-src-${layerId}`;
export const styleLayerIds = (layerId: string): string[] => [`wb-${layerId}-fill`, `wb-${layerId}-line`, `wb-${layerId}-circle`];

export function colorOf(layers: readonly WorkLayer[], layerId: string): string {
  const index = Math.max(0, layers.findIndex((l) => l.id === layerId));
  return LAYER_COLORS[index % LAYER_COLORS.length]!;
}

interface Drawn {
  features: WorkLayer['features'];
  visible: boolean;
  color: string;
  hidden: string | null;
}

const drawn = new WeakMap<MapLibreMap, Map<string, Drawn>>();
const selectedOn = new WeakMap<MapLibreMap, { layerId: string; featureId: string } | null>();

function data(layer: WorkLayer): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f) => ({
      type: 'Feature',
      properties: { ...f.properties, [ID_PROPERTY]: f.id },
      geometry: f.geometry,
    })),
  };
}

function addLayer(map: MapLibreMap, layer: WorkLayer, color: string): void {
  map.addSource(sourceId(layer.id), { type: 'geojson', data: data(layer), promoteId: ID_PROPERTY });
  const [fill, line, circle] = styleLayerIds(layer.id) as [string, string, string];
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  map.addLayer({
    id: fill,
    type: 'fill',
    source: sourceId(layer.id),
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': color, 'fill-opacity': ['case', selected, 0.45, 0.22] },
  });
  map.addLayer({
    id: line,
    type: 'line',
    source: sourceId(layer.id),
    filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'LineString']]],
    paint: { 'line-color': ['case', selected, '#111111', color], 'line-width': ['case', selected, 3.5, 2] },
  });
  map.addLayer({
    id: circle,
    type: 'circle',
    source: sourceId(layer.id),
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-color': color,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 13, 5],
      'circle-stroke-color': ['case', selected, '#111111', '#ffffff'],
      'circle-stroke-width': ['case', selected, 2.5, 0.8],
    },
  });
}

function setVisibility(map: MapLibreMap, layerId: string, visible: boolean): void {
  for (const id of styleLayerIds(layerId)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}

function setHidden(map: MapLibreMap, layerId: string, hidden: string | null): void {
  const [fill, line, circle] = styleLayerIds(layerId) as [string, string, string];
  const not: ExpressionSpecification | null = hidden ? ['!=', ['get', ID_PROPERTY], hidden] : null;
  const withHidden = (base: ExpressionSpecification): FilterSpecification => (not ? ['all', base, not] : base);
  map.setFilter(fill, withHidden(['==', ['geometry-type'], 'Polygon']));
  map.setFilter(line, withHidden(['in', ['geometry-type'], ['literal', ['Polygon', 'LineString']]]));
  map.setFilter(circle, withHidden(['==', ['geometry-type'], 'Point']));
}

function removeLayer(map: MapLibreMap, layerId: string): void {
  for (const id of styleLayerIds(layerId)) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(sourceId(layerId))) map.removeSource(sourceId(layerId));
}

export function applyUserLayers(map: MapLibreMap, state: AppState): void {
  let current = drawn.get(map);
  if (!current) {
    current = new Map();
    drawn.set(map, current);
  }
  for (const layerId of [...current.keys()]) {
    if (!state.workLayers.some((l) => l.id === layerId)) {
      removeLayer(map, layerId);
      current.delete(layerId);
    }
  }
  for (const layer of state.workLayers) {
    const color = colorOf(state.workLayers, layer.id);
    const hidden = state.workEditing?.layerId === layer.id ? state.workEditing.featureId : null;
    const before = current.get(layer.id);
    if (before && before.color !== color) {
      removeLayer(map, layer.id);
      current.delete(layer.id);
    }
    const was = current.get(layer.id);
    if (!was) addLayer(map, layer, color);
    else if (was.features !== layer.features) (map.getSource(sourceId(layer.id)) as GeoJSONSource).setData(data(layer));
    if (!was || was.visible !== layer.visible) setVisibility(map, layer.id, layer.visible);
    if (!was ? hidden !== null : was.hidden !== hidden) setHidden(map, layer.id, hidden);
    current.set(layer.id, { features: layer.features, visible: layer.visible, color, hidden });
  }
  applySelected(map, state);
}

function applySelected(map: MapLibreMap, state: AppState): void {
  const before = selectedOn.get(map) ?? null;
  const now = state.workSelection;
  if (before?.layerId === now?.layerId && before?.featureId === now?.featureId) return;
  if (before && map.getSource(sourceId(before.layerId))) {
    map.setFeatureState({ source: sourceId(before.layerId), id: before.featureId }, { selected: false });
  }
  if (now && map.getSource(sourceId(now.layerId))) {
    map.setFeatureState({ source: sourceId(now.layerId), id: now.featureId }, { selected: true });
  }
  selectedOn.set(map, now);
}

/** The workbench feature under a point of the map, topmost layer first. */
export function workFeatureAt(map: MapLibreMap, state: AppState, point: { x: number; y: number }) {
  const ids = state.workLayers.filter((l) => l.visible).flatMap((l) => styleLayerIds(l.id));
  if (ids.length === 0) return null;
  const box: [[number, number], [number, number]] = [
    [point.x - 4, point.y - 4],
    [point.x + 4, point.y + 4],
  ];
  const hit = map.queryRenderedFeatures(box, { layers: ids.filter((id) => map.getLayer(id)) })[0];
  if (!hit) return null;
  const layerId = state.workLayers.find((l) => styleLayerIds(l.id).includes(hit.layer.id))?.id;
  const featureId = hit.properties[ID_PROPERTY];
  return layerId && typeof featureId === 'string' ? { layerId, featureId } : null;
}
