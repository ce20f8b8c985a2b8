/**
 * What the map should show, as plain WGS-84 data: a pure function of the app's state. The map
 * owner compares each part with what it last drew (by reference) and applies only what changed,
 * so every part is memoised on its inputs here.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { onlineBasemaps } from '../basemap/basemaps';
import type { GeoData } from '../data/geodata';
import { clusters, parks } from '../data/plan';
import type { Selection } from '../data/selection';
import { placeOf, ringsAround } from '../distance/distances';
import { translate, type Language } from '../i18n/strings';
import { hostKey } from '../industries/hostIndex';
import { lensHostKeys } from '../industries/lens';
import { RING_KM } from '../state/distanceSlice';
import type { LayerGroup } from '../state/layersSlice';
import type { PointerState } from '../state/pointerStore';
import type { AppState } from '../state/store';
import type { WorkbenchTool } from '../state/workToolSlice';
import { tourSteps } from '../tour/tourSteps';
import type { WorkLayer } from '../workbench/types';
import { parkShareClasses, parkShares, type ShareClass } from '../results/parkShares';
import type { ShownResult } from '../results/status';
import type { Datum } from './datum';
import { emptyCollection, tileLayerColor, WORK_COLOR, WORK_KEY, workLayerColor, type TileArchiveStyleInput } from './style';
import type { TileLayer } from '../tiles/types';

export interface BasemapScene {
  /** Changes whenever the tiles change (service, language, key). */
  key: string;
  tileSets: string[][];
  maxzoom: number;
  attribution: string;
}

/** How map clicks and moves are read. */
export type InputMode = 'select' | 'measure' | 'draw' | 'edit';

export interface MapScene {
  /** The datum the map draws in; the owner shifts every source to it. */
  datum: Datum;
  language: Language;
  layers: Record<LayerGroup, boolean>;
  selection: Selection | null;
  hover: Selection | null;
  /** The features the tour's current step shows. */
  tour: readonly Selection[];
  /** Hosts of the chosen industries; `lensActive` fades every other place. */
  lensHosts: readonly Selection[];
  lensActive: boolean;
  /** Ids of neighbours-layer features highlighted as a regional initiative's partners. */
  regional: readonly string[];
  /** Each park's share of its 2025 target reached, when the parks are coloured by results; null: by role. */
  parkShares: Readonly<Record<string, ShareClass>> | null;
  basemap: BasemapScene | null;
  rings: FeatureCollection;
  /** The planner's visible features, each with its layer's colour and a key for feature-state. */
  work: FeatureCollection;
  workSelected: string | null;
  measure: FeatureCollection;
  input: InputMode;
  drawTool: Exclude<WorkbenchTool, 'none' | 'measure-line' | 'measure-area'> | null;
  /** The planner's feature being reshaped, if any. */
  editing: { key: string; geometry: Geometry } | null;
  /** PMTiles layers (WGS-84 tiles: none while a GCJ-02 basemap is on, see `tilesOf`). */
  tiles: readonly TileScene[];
  /** The deployment's own basemap archive, when chosen. */
  localBasemap: LocalBasemapScene | null;
}

// ---- PMTiles layers and the local basemap ---------------------------------------------------

export interface TileScene {
  style: TileArchiveStyleInput;
  /** The opened pmtiles archive, for the owner to hand to the pmtiles:// protocol. */
  archive: object;
}

export interface LocalBasemapScene {
  /** The archive's same-origin address (also its key for the pmtiles:// protocol). */
  url: string;
  attribution: string;
}

/**
 * The PMTiles layers to draw. Tiles cannot be shifted to GCJ-02, so under AMap none is drawn
 * (the workbench and the basemap menu say why) rather than drawn about 450 m off.
 */
export function tilesOf(layers: readonly TileLayer[], datum: Datum): TileScene[] {
  if (datum !== 'wgs84') return [];
  const scenes: TileScene[] = [];
  layers.forEach((layer, index) => {
    if (!layer.visible || layer.status.kind !== 'open') return;
    const { info, handle } = layer.status;
    scenes.push({
      archive: handle.archive,
      style: {
        id: layer.id,
        key: handle.key,
        kind: info.kind,
        sourceLayers: info.layers.map((l) => ({ id: l.id, geometry: l.geometry })),
        minZoom: info.minZoom,
        maxZoom: info.maxZoom,
        attribution: info.attribution,
        color: tileLayerColor(index),
      },
    });
  });
  return scenes;
}

function localBasemapOf(id: AppState['basemap'], deployment: AppState['deployment']): LocalBasemapScene | null {
  const basemap = deployment?.basemap;
  return id === 'local' && basemap ? { url: basemap.url, attribution: basemap.attribution } : null;
}

export function workKey(layerId: string, featureId: string): string {
  return `${layerId}/${featureId}`;
}

/** The last result of `compute`, reused while every input is the same (by identity). */
function memo<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((value, i) => Object.is(value, args[i]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

function basemapOf(id: AppState['basemap'], key: string, language: Language): BasemapScene | null {
  if (id === 'none' || id === 'local') return null;
  const config = onlineBasemaps[id];
  if (config.needsKey && !key) return null;
  return {
    key: `${id}|${language}|${config.needsKey ? key : ''}`,
    tileSets: config.tiles(language, key),
    maxzoom: config.maxzoom,
    attribution: config.attribution,
  };
}

function datumOf(id: AppState['basemap'], tiandituKey: string): Datum {
  // The local basemap (Protomaps, from OpenStreetMap) is WGS-84.
  if (id === 'none' || id === 'local') return 'wgs84';
  const config = onlineBasemaps[id];
  if (config.needsKey && !tiandituKey) return 'wgs84';
  return config.crs === 'gcj02' ? 'gcj02' : 'wgs84';
}

function ringsOf(data: GeoData, selection: Selection | null, on: boolean): FeatureCollection {
  const place = on && selection ? placeOf(selection, data) : null;
  if (!place) return emptyCollection;
  return {
    type: 'FeatureCollection',
    features: ringsAround(place.position, RING_KM).features.map((ring) => ({
      ...ring,
      properties: {
        km: ring.properties.km,
        label: translate('zh', 'ringLabel', { km: ring.properties.km }),
        labelEn: translate('en', 'ringLabel', { km: ring.properties.km }),
      },
    })),
  };
}

function lensHostsOf(data: GeoData, filter: AppState['industryFilter']): Selection[] {
  if (filter.length === 0) return [];
  const keys = lensHostKeys(filter);
  const candidates: Selection[] = [
    ...data.parks.features.map((f) => ({ kind: 'park' as const, id: f.properties.id })),
    ...data.subParks.features.map((f) => ({ kind: 'subpark' as const, id: f.properties.id })),
    ...data.clusters.features.map((f) => ({ kind: 'cluster' as const, id: f.properties.id })),
  ];
  return candidates.filter((candidate) => keys.has(hostKey(candidate)));
}

const allSteps = tourSteps(parks, clusters);

function tourOf(step: number | null): Selection[] {
  const current = step === null ? null : allSteps[step];
  if (!current) return [];
  return [
    ...current.parkIds.map((id) => ({ kind: 'park' as const, id })),
    ...current.clusterIds.map((id) => ({ kind: 'cluster' as const, id })),
  ];
}

type WorkMapFeature = GeoJSON.Feature<WorkLayer['features'][number]['geometry']>;

/**
 * The planner's visible features as drawn. Each drawn feature stays the same object while its
 * feature and colour do, and a whole layer's list while the layer does, so the owner sends the
 * map only what changed (one vertex moved in a layer of 100,000 features: one feature).
 */
function workBuilder(): (layers: readonly WorkLayer[], editing: AppState['workEditing']) => FeatureCollection {
  const drawnFeatures = new WeakMap<WorkLayer['features'][number], { color: string; feature: WorkMapFeature }>();
  let drawnLayers = new Map<string, { layer: WorkLayer; color: string; skipped: string | null; features: WorkMapFeature[] }>();
  const drawn = (layer: WorkLayer, feature: WorkLayer['features'][number], color: string): WorkMapFeature => {
    const known = drawnFeatures.get(feature);
    if (known && known.color === color) return known.feature;
    const made: WorkMapFeature = {
      type: 'Feature',
      properties: { ...feature.properties, [WORK_COLOR]: color, [WORK_KEY]: workKey(layer.id, feature.id) },
      geometry: feature.geometry,
    };
    drawnFeatures.set(feature, { color, feature: made });
    return made;
  };
  return (layers, editing) => {
    const next: typeof drawnLayers = new Map();
    const features: GeoJSON.Feature[] = [];
    layers.forEach((layer, index) => {
      if (!layer.visible) return;
      const color = workLayerColor(index);
      // The shape being edited is drawn by the editing tool instead.
      const skipped = editing && editing.layerId === layer.id ? editing.featureId : null;
      const known = drawnLayers.get(layer.id);
      const list =
        known && known.layer === layer && known.color === color && known.skipped === skipped
          ? known.features
          : layer.features.filter((feature) => feature.id !== skipped).map((feature) => drawn(layer, feature, color));
      next.set(layer.id, { layer, color, skipped, features: list });
      for (const feature of list) features.push(feature);
    });
    drawnLayers = next;
    return { type: 'FeatureCollection', features };
  };
}

function editingOf(layers: readonly WorkLayer[], editing: AppState['workEditing']): MapScene['editing'] {
  if (!editing) return null;
  const feature = layers.find((l) => l.id === editing.layerId)?.features.find((f) => f.id === editing.featureId);
  return feature ? { key: workKey(editing.layerId, editing.featureId), geometry: feature.geometry } : null;
}

/** The points with the pointer's position as a live last point. */
export function livePoints(points: readonly Position[], cursor: Position | null): Position[] {
  return cursor ? [...points, cursor] : [...points];
}

function isMeasuring(tool: WorkbenchTool): boolean {
  return tool === 'measure-line' || tool === 'measure-area';
}

function measureOf(tool: WorkbenchTool, points: readonly Position[], cursor: Position | null): FeatureCollection {
  if (!isMeasuring(tool) && points.length === 0) return emptyCollection;
  const live = livePoints(points, isMeasuring(tool) ? cursor : null);
  const features: GeoJSON.Feature[] = points.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }));
  if (tool === 'measure-area' && live.length >= 3) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...live, live[0]!]] } });
  } else if (live.length >= 2) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: live } });
  }
  return { type: 'FeatureCollection', features };
}

function inputOf(tool: WorkbenchTool, editing: boolean): InputMode {
  if (editing) return 'edit';
  if (isMeasuring(tool)) return 'measure';
  if (tool === 'none') return 'select';
  return 'draw';
}

const NO_RESULTS: readonly ShownResult[] = [];
const NO_PLACES: readonly string[] = [];

/** A scene builder for one data set; call it with every change of the app or pointer state. */
export function sceneBuilder(
  data: GeoData,
): (state: AppState, pointer: Pick<PointerState, 'hover' | 'measureCursor'>, results?: readonly ShownResult[]) => MapScene {
  const basemap = memo(basemapOf);
  const rings = memo((selection: Selection | null, on: boolean) => ringsOf(data, selection, on));
  const lens = memo((filter: AppState['industryFilter']) => lensHostsOf(data, filter));
  const tour = memo(tourOf);
  const work = memo(workBuilder());
  const editing = memo(editingOf);
  const measure = memo(measureOf);
  const tiles = memo(tilesOf);
  const localBasemap = memo(localBasemapOf);
  const shares = memo((colouring: AppState['parkColouring'], results: readonly ShownResult[]) =>
    colouring === 'share' ? parkShareClasses(parkShares(results)) : null,
  );
  return (state, pointer, results = NO_RESULTS) => ({
    datum: datumOf(state.basemap, state.tiandituKey),
    language: state.language,
    layers: state.layers,
    selection: state.selection,
    hover: pointer.hover,
    tour: tour(state.tourStep),
    lensHosts: lens(state.industryFilter),
    lensActive: state.industryFilter.length > 0,
    regional: state.regionalHighlight?.neighbours ?? NO_PLACES,
    parkShares: shares(state.parkColouring, results),
    basemap: basemap(state.basemap, state.tiandituKey, state.language),
    rings: rings(state.selection, state.distanceRings),
    work: work(state.workLayers, state.workEditing),
    workSelected: state.workSelection ? workKey(state.workSelection.layerId, state.workSelection.featureId) : null,
    measure: measure(state.workTool, state.measurePoints, pointer.measureCursor),
    input: inputOf(state.workTool, state.workEditing !== null),
    drawTool: state.workTool.startsWith('draw-') ? (state.workTool as MapScene['drawTool']) : null,
    editing: editing(state.workLayers, state.workEditing),
    tiles: tiles(state.tileLayers, datumOf(state.basemap, state.tiandituKey)),
    localBasemap: localBasemap(state.basemap, state.deployment),
  });
}
