/**
 * The measure tool on the map: clicks add points while measuring, the pointer gives the
 * live next point, and a GeoJSON source draws the line or polygon. Values are computed by
 * the panel from the same store state.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Position } from 'geojson';
import { useAppStore, type AppState } from '../../state/store';

const SOURCE = 'wb-measure';
const COLOR = '#111111';

function measuring(state: AppState): boolean {
  return state.workTool === 'measure-line' || state.workTool === 'measure-area';
}

/** The points with the pointer's position as a live last point. */
export function livePoints(state: Pick<AppState, 'measurePoints' | 'measureCursor'>): Position[] {
  return state.measureCursor ? [...state.measurePoints, state.measureCursor] : state.measurePoints;
}

function shape(state: AppState): GeoJSON.FeatureCollection {
  const points = livePoints(state);
  const features: GeoJSON.Feature[] = state.measurePoints.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }));
  if (state.workTool === 'measure-area' && points.length >= 3) {
    const first = points[0]!;
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...points, first]] } });
  } else if (points.length >= 2) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: points } });
  }
  return { type: 'FeatureCollection', features };
}

const installed = new WeakSet<MapLibreMap>();
const lastDrawn = new WeakMap<MapLibreMap, unknown[]>();

function install(map: MapLibreMap): void {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: 'wb-measure-fill', type: 'fill', source: SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': COLOR, 'fill-opacity': 0.12 } });
  map.addLayer({
    id: 'wb-measure-line',
    type: 'line',
    source: SOURCE,
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'line-color': COLOR, 'line-width': 2, 'line-dasharray': [2, 1] },
  });
  map.addLayer({
    id: 'wb-measure-point',
    type: 'circle',
    source: SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-stroke-color': COLOR, 'circle-stroke-width': 2 },
  });
  map.on('click', (event: MapMouseEvent) => {
    const state = useAppStore.getState();
    if (measuring(state)) state.addMeasurePoint([event.lngLat.lng, event.lngLat.lat]);
  });
  map.on('mousemove', (event: MapMouseEvent) => {
    const state = useAppStore.getState();
    if (measuring(state)) state.setMeasureCursor([event.lngLat.lng, event.lngLat.lat]);
  });
  map.getCanvas().addEventListener('mouseleave', () => {
    if (useAppStore.getState().measureCursor) useAppStore.getState().setMeasureCursor(null);
  });
  window.addEventListener('keydown', (event) => {
    const state = useAppStore.getState();
    if (!measuring(state)) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
    if (event.key === 'Backspace') {
      event.preventDefault();
      state.undoMeasurePoint();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      state.setWorkTool('none');
    }
  });
  installed.add(map);
}

export function applyMeasure(map: MapLibreMap, state: AppState): void {
  if (!installed.has(map)) install(map);
  // A class, not the canvas style: the map's hover handler resets the canvas cursor on every move.
  map.getContainer().classList.toggle('wb-crosshair', state.workTool !== 'none');
  const key = [state.workTool, state.measurePoints, state.measureCursor];
  const before = lastDrawn.get(map);
  if (before && before.every((v, i) => v === key[i])) return;
  lastDrawn.set(map, key);
  (map.getSource(SOURCE) as GeoJSONSource).setData(shape(state));
}
