import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  AttributionControl,
  setWorkerUrl,
  addProtocol,
  removeProtocol,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type PaddingOptions,
  type PointLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeoData } from '../data/geodata';
import type { Selection } from '../data/selection';
import { boundsOf, type BBox } from '../geo/bounds';
import type { LayerGroup } from '../state/layersSlice';
import type { MapView } from '../url/urlState';
import { roundView } from '../url/urlState';
import { ATTRIBUTION } from './attribution';
import { cappedDecompress, cappedSource } from '../intake/pmtilesCaps';
import type { CameraMove, Framing } from './camera';
import { bboxIn, collectionIn, geometryIn, positionIn, positionOut, type Datum } from './datum';
import type { DrawTool } from './drawTool';
import { clickActions, leaveActions, moveActions, type Hits, type MapAction } from './input';
import type { MapScene, TileScene } from './scene';
import { diffWorthSending, featureDiff } from './sourceDiff';
import type { TileInspection } from '../tiles/types';
import { exposeForTests } from './testHook';
import {
  BASEMAP_BELOW,
  basemapLayers,
  buildStyle,
  FEATURE_STATE,
  ideographFontFamily,
  interactiveLayers,
  layerGroups,
  layoutSourceData,
  LOCAL_BASEMAP_PREFIX,
  localBasemapLayers,
  tileArchiveLayers,
  TILES_BELOW,
  type ProtomapsStyles,
  SOURCE,
  sourcesOfKind,
  WORK_KEY,
  workLayers,
  type FeatureStateKey,
  type GlobalState,
  type SourceId,
} from './style';

setWorkerUrl(workerUrl);

/** A picture of the map as it is drawn, with what a legend or scale bar needs (WGS-84). */
export interface MapImage {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  latitude: number;
  zoom: number;
}

/** What the owner hands back to the app: map input as actions, and drawings (all WGS-84). */
export interface MapOutput {
  act: (action: MapAction) => void;
  drawn: (geometry: Geometry) => void;
  editRefused: () => void;
  /** The map moved (by the user or the app): its view, as a link carries it. */
  moved: (view: MapView) => void;
}

type Padding = Required<PaddingOptions>;
const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** A feature-state target: a source and a feature id. */
interface Target {
  source: SourceId;
  id: string;
}

const targetKey = (target: Target): string => `${target.source}\u0000${target.id}`;

/**
 * Owns the one MapLibre instance: the only code that changes its style, feature-state or camera.
 * It takes a whole scene (WGS-84) and applies what changed; input and moves come back as
 * WGS-84 through `MapOutput`. Under a GCJ-02 basemap it shifts every source on the way in and
 * unshifts every position on the way out.
 */
export class MapOwner {
  private readonly map: MapLibreMap;
  private readonly data: GeoData;
  private readonly output: MapOutput;
  private scene: MapScene | null = null;
  private datum: Datum = 'wgs84';
  private padding: Padding = NO_PADDING;
  /** Extra room a framing must keep clear (the tour card), on top of the layout's padding. */
  private framingRoom: Partial<Record<Framing, Partial<Padding>>> = {};
  private readonly states = new Map<FeatureStateKey, Map<string, Target>>();
  private drawTool: DrawTool | null = null;
  private drawToolLoading: Promise<void> | null = null;
  private loaded = false;
  private readonly listeners: (() => void)[] = [];

  private readonly townOfCluster: ReadonlyMap<string, string>;

  constructor(container: HTMLElement, data: GeoData, scene: MapScene, output: MapOutput, padding: Padding) {
    this.data = data;
    this.townOfCluster = new Map(
      data.townshipAreas.features.flatMap((f) => (f.properties.clusterId ? [[f.properties.clusterId, f.properties.id] as const] : [])),
    );
    this.output = output;
    this.padding = padding;
    this.map = new MapLibreMap({
      container,
      style: buildStyle(data, scene.language),
      bounds: boundsOf(data.district),
      fitBoundsOptions: { padding: this.padded(16) },
      minZoom: 6,
      maxZoom: 16,
      attributionControl: false,
      localIdeographFontFamily: ideographFontFamily,
      cooperativeGestures: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), 'bottom-right');
    // The compact control opens itself when added; fold it before it is first drawn so it
    // does not cover the map (MapLibre does not reopen it once folded).
    const attributionBox = container.querySelector('.maplibregl-ctrl-attrib');
    attributionBox?.classList.remove('maplibregl-compact-show');
    attributionBox?.removeAttribute('open');
    this.bindInput();
    this.map.once('load', () => {
      this.loaded = true;
      if (this.pending) this.apply(this.pending);
      this.pending = null;
      this.output.moved(this.view());
    });
    this.map.on('moveend', () => {
      if (this.loaded) this.output.moved(this.view());
    });
    // Before 'load' the style takes no changes: the scene waits until then.
    this.pending = scene;
    // The end-to-end tests' hook: in the test build only (a constant false in `npm run build`, so the bundler drops it).
    if (import.meta.env.MODE === 'e2e') exposeForTests({ map: this.map, datum: () => this.datum, tileProtocol: () => this.pmtiles });
  }

  private pending: MapScene | null = null;

  // ---- input -------------------------------------------------------------------------------

  private hitsAt(point: PointLike): Hits {
    const layerIds = [...interactiveLayers.map((entry) => entry.layer), ...workLayers];
    const features = this.map.queryRenderedFeatures(point, { layers: layerIds.filter((id) => this.map.getLayer(id)) });
    return { work: this.workHit(point), layout: this.layoutHit(features), ...this.tileHit(point) };
  }

  private layoutHit(features: MapGeoJSONFeature[]): Selection | null {
    // Smaller things sit on top of parks: interactiveLayers is ordered topmost first.
    for (const { layer, kind } of interactiveLayers) {
      const feature = features.find((f) => f.layer.id === layer);
      const id = feature?.properties?.id;
      if (typeof id === 'string') return { kind, id };
    }
    return null;
  }

  private workHit(point: PointLike): Hits['work'] {
    const [x, y] = Array.isArray(point) ? point : [(point as { x: number }).x, (point as { y: number }).y];
    const box: [[number, number], [number, number]] = [
      [x - 4, y - 4],
      [x + 4, y + 4],
    ];
    const hit = this.map.queryRenderedFeatures(box, { layers: [...workLayers] })[0];
    const key = hit?.properties?.[WORK_KEY];
    if (typeof key !== 'string') return null;
    const slash = key.indexOf('/');
    return { layerId: key.slice(0, slash), featureId: key.slice(slash + 1) };
  }

  private lngLatOut(lngLat: { lng: number; lat: number }): Position {
    return positionOut(this.datum, [lngLat.lng, lngLat.lat]);
  }

  private dispatch(actions: MapAction[]): void {
    for (const action of actions) this.output.act(action);
  }

  private on<K extends 'click' | 'mousemove' | 'mouseout'>(type: K, listener: (event: import('maplibre-gl').MapMouseEvent) => void): void {
    this.map.on(type, listener);
    this.listeners.push(() => this.map.off(type, listener));
  }

  private bindInput(): void {
    this.on('mousemove', (event) => {
      if (!this.scene || !this.loaded) return;
      const hits = this.hitsAt(event.point);
      this.map.getCanvas().style.cursor = hits.layout || hits.work || hits.tile ? 'pointer' : '';
      this.dispatch(moveActions(this.scene.input, hits, this.lngLatOut(event.lngLat)));
    });
    this.on('mouseout', () => {
      if (this.scene) this.dispatch(leaveActions(this.scene.input));
      this.map.getCanvas().style.cursor = '';
    });
    this.on('click', (event) => {
      if (!this.scene || !this.loaded) return;
      const hits = this.hitsAt(event.point);
      this.dispatch(clickActions(this.scene.input, hits, this.lngLatOut(event.lngLat), this.scene.workSelected !== null));
    });
  }

  // ---- the scene ---------------------------------------------------------------------------

  /** Applies a scene: only what differs from the last one is changed on the map. */
  apply(scene: MapScene): void {
    if (!this.loaded) {
      this.pending = scene;
      return;
    }
    const before = this.scene;
    this.scene = scene;
    const datumChanged = scene.datum !== this.datum;
    if (datumChanged) this.datum = scene.datum;
    if (!before || before.language !== scene.language) this.setGlobal('language', scene.language);
    if (!before || before.layers !== scene.layers) this.setLayers(scene.layers);
    if (!before || before.basemap?.key !== scene.basemap?.key) this.setBasemap(scene.basemap);
    if (!before || before.localBasemap !== scene.localBasemap) this.syncLocalBasemap();
    if (!before || before.tiles !== scene.tiles) this.syncTiles();
    if (datumChanged) this.setLayoutSources();
    // The style starts with these sources empty: on the first apply only non-empty ones are set.
    const changed = (part: 'rings' | 'work' | 'measure') =>
      datumChanged || (before ? before[part] !== scene[part] : scene[part].features.length > 0);
    if (changed('rings')) this.setSource(SOURCE.rings, scene.rings);
    if (changed('work')) this.setWork(before && !datumChanged ? before.work : null, scene.work);
    if (changed('measure')) this.setSource(SOURCE.measure, scene.measure);
    if (!before || before.lensActive !== scene.lensActive) this.setGlobal('lensActive', scene.lensActive);
    if (!before || before.parkShares !== scene.parkShares) this.setParkShares(scene.parkShares);
    if (!before || before.selection !== scene.selection) this.setStates('selected', scene.selection ? [scene.selection] : []);
    if (!before || before.hover !== scene.hover) this.setStates('hover', scene.hover ? [scene.hover] : []);
    if (!before || before.tour !== scene.tour) this.setStates('tour', scene.tour);
    if (!before || before.lensHosts !== scene.lensHosts) this.setStates('lensHost', scene.lensHosts);
    if (!before || before.regional !== scene.regional) this.setRegional(scene.regional);
    if (!before || before.workSelected !== scene.workSelected) this.setWorkSelected(scene.workSelected);
    if (!before || before.input !== scene.input) this.map.getContainer().classList.toggle('wb-crosshair', scene.input !== 'select');
    this.applyDrawing(scene);
  }

  /** MapLibre ignores a value equal to the current one, so the style's defaults cost nothing. */
  private setGlobal(name: keyof GlobalState, value: GlobalState[keyof GlobalState]): void {
    this.map.setGlobalStateProperty(name, value);
  }

  private setLayers(layers: Record<LayerGroup, boolean>): void {
    for (const [group, ids] of Object.entries(layerGroups) as [LayerGroup, readonly string[]][]) {
      const visibility = layers[group] ? 'visible' : 'none';
      for (const id of ids) {
        // An unset visibility means visible; setting it anyway would re-lay the layer out for nothing.
        const current = this.map.getLayoutProperty(id, 'visibility') ?? 'visible';
        if (current !== visibility) this.map.setLayoutProperty(id, 'visibility', visibility);
      }
    }
  }

  private setBasemap(basemap: MapScene['basemap']): void {
    for (const layer of this.map.getStyle().layers.filter((l) => l.id.startsWith('basemap-'))) {
      this.map.removeLayer(layer.id);
      this.map.removeSource(layer.id);
    }
    if (basemap) {
      for (const { id, source, layer } of basemapLayers(basemap.tileSets, basemap.maxzoom, basemap.attribution)) {
        this.map.addSource(id, source);
        this.map.addLayer(layer, BASEMAP_BELOW);
      }
    }
    this.setGlobal('basemapOnline', basemap !== null || this.scene?.localBasemap != null);
  }

  private setSource(id: SourceId, collection: FeatureCollection): void {
    (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(collectionIn(this.datum, collection));
  }

  /**
   * The planner's features: by difference from what the map has (features keyed by WORK_KEY,
   * the source's promoteId), or whole when there is no earlier version or most of it changed.
   */
  private setWork(previous: FeatureCollection | null, next: FeatureCollection): void {
    const source = this.map.getSource(SOURCE.work) as GeoJSONSource | undefined;
    if (!source) return;
    const diff = previous ? featureDiff(previous, next, (feature) => String(feature.properties?.[WORK_KEY])) : null;
    if (!diff || !diffWorthSending(diff, next.features.length)) {
      source.setData(collectionIn(this.datum, next));
      return;
    }
    if (diff.add.length === 0 && diff.remove.length === 0) return;
    const drawn = (feature: Feature): Feature =>
      this.datum === 'wgs84' ? feature : { ...feature, geometry: feature.geometry && geometryIn(this.datum, feature.geometry) };
    void source.updateData({ remove: diff.remove, add: diff.add.map(drawn) });
  }

  private setLayoutSources(): void {
    for (const [id, collection] of Object.entries(layoutSourceData(this.data, this.datum))) {
      (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(collection);
    }
  }

  /** One feature-state key, one writer: sets `key` on exactly these features. */
  private setStates(key: FeatureStateKey, selections: readonly Selection[]): void {
    const wanted = new Map<string, Target>();
    const add = (source: SourceId, id: string) => wanted.set(targetKey({ source, id }), { source, id });
    for (const selection of selections) {
      for (const source of sourcesOfKind[selection.kind] ?? []) add(source, selection.id);
      // A cluster is drawn as its town's area too.
      const town = selection.kind === 'cluster' ? this.townOfCluster.get(selection.id) : undefined;
      if (town) add(SOURCE.townshipAreas, town);
    }
    this.writeStates(key, wanted);
  }

  /** A regional initiative's partners: their neighbours-layer outlines and labels. */
  private setRegional(ids: readonly string[]): void {
    const wanted = new Map<string, Target>();
    for (const id of ids) {
      for (const source of [SOURCE.neighbours, SOURCE.neighbourLabels] as const) wanted.set(targetKey({ source, id }), { source, id });
    }
    this.writeStates('regional', wanted);
  }

  /** The results colouring: each park's share class as feature-state, and the switch as global state. */
  private setParkShares(shares: MapScene['parkShares']): void {
    for (const park of this.data.parks.features) {
      const value = shares?.[park.properties.id] ?? null;
      if (shares || this.sharesWritten) this.map.setFeatureState({ source: SOURCE.parks, id: park.properties.id }, { [FEATURE_STATE.shareClass]: value });
    }
    this.sharesWritten = shares !== null;
    this.setGlobal('parkColouring', shares ? 'share' : 'role');
  }

  private sharesWritten = false;

  private setWorkSelected(key: string | null): void {
    const wanted = new Map<string, Target>();
    if (key) wanted.set(targetKey({ source: SOURCE.work, id: key }), { source: SOURCE.work, id: key });
    this.writeStates('selected', wanted, SOURCE.work);
  }

  private writeStates(key: FeatureStateKey, wanted: Map<string, Target>, onlySource?: SourceId): void {
    const stateKey = onlySource ? (`${key}@${onlySource}` as FeatureStateKey) : key;
    const current = this.states.get(stateKey) ?? new Map<string, Target>();
    for (const [k, target] of current) {
      if (!wanted.has(k)) this.map.setFeatureState(target, { [FEATURE_STATE[key]]: false });
    }
    for (const [k, target] of wanted) {
      if (!current.has(k)) this.map.setFeatureState(target, { [FEATURE_STATE[key]]: true });
    }
    this.states.set(stateKey, wanted);
  }

  private applyDrawing(scene: MapScene): void {
    const needed = scene.drawTool !== null || scene.editing !== null;
    if (this.drawTool) this.drawTool.apply(scene.drawTool, scene.editing, this.datum);
    else if (needed) void this.prepareDrawing();
  }

  /** Loads the drawing tool (terra-draw) ahead of use, so the first click of a drawing is not lost. */
  prepareDrawing(): Promise<void> {
    this.drawToolLoading ??= import('./drawTool').then(({ DrawTool }) => {
      this.drawTool = new DrawTool(this.map, { drawn: this.output.drawn, editRefused: this.output.editRefused });
      if (this.scene) this.drawTool.apply(this.scene.drawTool, this.scene.editing, this.datum);
    });
    return this.drawToolLoading;
  }

  // ---- PMTiles layers and the local basemap ---------------------------------------------------
  // Tiles come through the pmtiles:// protocol, which this owner registers (pmtiles and
  // @protomaps/basemaps load only when first needed). Sources and layers come from style.ts.

  private destroyed = false;
  private pmtiles: Promise<import('pmtiles').Protocol> | null = null;
  /** Archives drawn now: their layer ids, and the style they were drawn with. */
  private readonly shownTiles = new Map<string, { layers: string[]; sourceId: string; style: TileScene['style'] }>();
  private localBasemapShown: string | null = null;

  private tileProtocol(): Promise<import('pmtiles').Protocol> {
    this.pmtiles ??= import('pmtiles').then(({ Protocol }) => {
      // No metadata in the TileJSON the protocol answers: an archive's own attribution (HTML, as the
      // file says) never reaches the credits; style.ts gives each source its attribution as text.
      const protocol = new Protocol({ metadata: false });
      addProtocol('pmtiles', protocol.tile);
      return protocol;
    });
    return this.pmtiles;
  }

  private sameTileStyle(a: TileScene['style'], b: TileScene['style']): boolean {
    // The scene rebuilds these objects whenever any layer changes: compare what is drawn, not identity.
    return a.key === b.key && a.color === b.color && a.kind === b.kind && JSON.stringify(a.sourceLayers) === JSON.stringify(b.sourceLayers);
  }

  /** Adds and removes archives' sources and layers until the map shows the scene's (the latest). */
  private syncTiles(): void {
    if ((this.scene?.tiles.length ?? 0) === 0 && this.shownTiles.size === 0) return;
    void this.tileProtocol().then((protocol) => {
      if (this.destroyed || !this.scene) return;
      const wanted = new Map(this.scene.tiles.map((tile) => [tile.style.id, tile]));
      for (const [id, shown] of this.shownTiles) {
        const next = wanted.get(id);
        if (next && this.sameTileStyle(next.style, shown.style)) continue;
        for (const layer of shown.layers) if (this.map.getLayer(layer)) this.map.removeLayer(layer);
        if (this.map.getSource(shown.sourceId)) this.map.removeSource(shown.sourceId);
        this.shownTiles.delete(id);
      }
      for (const [id, tile] of wanted) {
        if (this.shownTiles.has(id)) continue;
        protocol.add(tile.archive as import('pmtiles').PMTiles);
        const { sourceId, source, layers } = tileArchiveLayers(tile.style);
        this.map.addSource(sourceId, source);
        for (const layer of layers) this.map.addLayer(layer, TILES_BELOW);
        this.shownTiles.set(id, { layers: layers.map((l) => l.id), sourceId, style: tile.style });
      }
    });
  }

  private syncLocalBasemap(): void {
    const wanted = this.scene?.localBasemap ?? null;
    if (this.localBasemapShown === (wanted?.url ?? null)) return;
    const clear = () => {
      for (const layer of this.map.getStyle().layers.filter((l) => l.id.startsWith(LOCAL_BASEMAP_PREFIX))) this.map.removeLayer(layer.id);
      if (this.map.getSource('localbase')) this.map.removeSource('localbase');
      this.localBasemapShown = null;
    };
    if (!wanted) {
      clear();
      this.setGlobal('basemapOnline', this.scene?.basemap != null);
      return;
    }
    void Promise.all([this.tileProtocol(), import('@protomaps/basemaps'), import('pmtiles')]).then(([protocol, protomaps, pmtiles]) => {
      const now = this.scene?.localBasemap;
      if (this.destroyed || now?.url !== wanted.url || this.localBasemapShown === wanted.url) return;
      // The archive is read under the intake's caps, like an opened one, not by the protocol's default reader.
      if (!protocol.get(wanted.url)) protocol.add(new pmtiles.PMTiles(cappedSource(new pmtiles.FetchSource(wanted.url)), undefined, cappedDecompress()));
      clear();
      const { sourceId, source, layers } = localBasemapLayers(protomaps as unknown as ProtomapsStyles, wanted.url, wanted.attribution);
      this.map.addSource(sourceId, source);
      for (const layer of layers) this.map.addLayer(layer, BASEMAP_BELOW);
      this.localBasemapShown = wanted.url;
      this.setGlobal('basemapOnline', true);
    });
  }

  /** The topmost PMTiles feature under the pointer; nothing at all while no archive is drawn. */
  private tileHit(point: PointLike): { tile?: TileInspection | null } {
    if (this.shownTiles.size === 0) return {};
    const layerIds = [...this.shownTiles.values()].flatMap((shown) => shown.layers).filter((id) => this.map.getLayer(id));
    const [x, y] = Array.isArray(point) ? point : [(point as { x: number }).x, (point as { y: number }).y];
    const hit = this.map.queryRenderedFeatures(
      [
        [x - 3, y - 3],
        [x + 3, y + 3],
      ],
      { layers: layerIds },
    )[0];
    if (!hit) return { tile: null };
    const archive = [...this.shownTiles.entries()].find(([, shown]) => shown.sourceId === hit.source)?.[0];
    const properties: TileInspection['properties'] = {};
    for (const [key, value] of Object.entries(hit.properties ?? {})) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') properties[key] = value;
    }
    return { tile: archive ? { layerId: archive, sourceLayer: hit.sourceLayer ?? '', properties } : null };
  }

  // ---- camera ------------------------------------------------------------------------------

  /** Space the map keeps clear for what covers it (panels, legend); from the layout. */
  setPadding(padding: Padding, framingRoom: Partial<Record<Framing, Partial<Padding>>> = {}): void {
    this.padding = padding;
    this.framingRoom = framingRoom;
  }

  private padded(extra: number, framing?: Framing): Padding {
    const room = framing ? (this.framingRoom[framing] ?? {}) : {};
    const side = (name: keyof Padding) => Math.max(this.padding[name], room[name] ?? 0) + extra;
    return { top: side('top'), right: side('right'), bottom: side('bottom'), left: side('left') };
  }

  /** Carries out a camera move given in WGS-84. */
  move(move: CameraMove): void {
    const animate = !prefersReducedMotion();
    switch (move.kind) {
      case 'view': {
        const [lon = 0, lat = 0] = positionIn(this.datum, move.center);
        this.map.jumpTo({ center: [lon, lat], zoom: move.zoom, padding: NO_PADDING });
        return;
      }
      case 'point': {
        const [lon = 0, lat = 0] = positionIn(this.datum, move.center);
        this.map.flyTo({
          center: [lon, lat],
          zoom: Math.max(this.map.getZoom(), move.minZoom),
          padding: this.padded(48, move.framing),
          animate,
          duration: 900,
        });
        return;
      }
      case 'fit': {
        const [w, s, e, n] = bboxIn(this.datum, move.bbox);
        const padding = this.padded(move.framing === 'tour' ? 24 : 48, move.framing);
        const fitted = move.minZoom === undefined ? null : this.map.cameraForBounds([[w, s], [e, n]], { padding, maxZoom: move.maxZoom });
        if (fitted && move.minZoom !== undefined && (fitted.zoom ?? 0) < move.minZoom) {
          // The whole box only fits further out than the target can be drawn: its centre at the first zoom that draws.
          this.map.flyTo({ center: [(w + e) / 2, (s + n) / 2], zoom: move.minZoom, padding, animate: animate && move.animate, duration: 900 });
          return;
        }
        this.map.fitBounds(
          [
            [w, s],
            [e, n],
          ],
          {
            padding,
            // Replaces, not adds to, the padding an earlier flyTo left on the map.
            absolutePadding: true,
            maxZoom: move.maxZoom,
            animate: animate && move.animate,
            duration: move.framing === 'tour' ? 1400 : 900,
          },
        );
        return;
      }
      case 'district': {
        const [[w, s], [e, n]] = boundsOf(this.data.district);
        const box = bboxIn(this.datum, [w, s, e, n]);
        this.map.fitBounds(
          [
            [box[0], box[1]],
            [box[2], box[3]],
          ],
          { padding: this.padded(24, 'district'), absolutePadding: true, animate },
        );
      }
    }
  }

  /**
   * The centre of the whole map canvas (not of the padded area panels leave clear), so a view
   * opened on another screen size is centred on the same place; always WGS-84.
   */
  view(): MapView {
    const canvas = this.map.getCanvas();
    const centre = this.map.unproject([canvas.clientWidth / 2, canvas.clientHeight / 2]);
    const [lon = 0, lat = 0] = this.lngLatOut(centre);
    return roundView({ center: [lon, lat], zoom: this.map.getZoom() });
  }

  /** The centre of the map as shown (WGS-84). */
  centre(): Position {
    return this.lngLatOut(this.map.getCenter());
  }

  // ---- pictures ----------------------------------------------------------------------------

  /**
   * A copy of what the map shows. WebGL clears its drawing buffer after each frame, so the
   * copy is taken inside a 'render' event, while the frame is still there.
   */
  capture(): Promise<MapImage> {
    return new Promise((resolve, reject) => {
      this.map.once('render', () => {
        try {
          const source = this.map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          const context = copy.getContext('2d');
          if (!context) throw new Error('no 2D canvas');
          context.drawImage(source, 0, 0);
          resolve({
            canvas: copy,
            width: source.clientWidth,
            height: source.clientHeight,
            latitude: this.centre()[1] ?? 0,
            zoom: this.map.getZoom(),
          });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      this.map.triggerRepaint();
    });
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /** A PNG framed on a WGS-84 box (or the whole district); the view is put back afterwards. */
  async snapshot(bbox: BBox | null): Promise<string> {
    const before = { center: this.map.getCenter(), zoom: this.map.getZoom() };
    const [[dw, ds], [de, dn]] = boundsOf(this.data.district);
    const [w, s, e, n] = bboxIn(this.datum, bbox ?? [dw, ds, de, dn]);
    const camera = this.map.cameraForBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: 40, absolutePadding: true, maxZoom: 13 },
    );
    if (camera) this.map.jumpTo(camera);
    await this.idle();
    const image = await this.capture();
    this.map.jumpTo(before);
    return image.canvas.toDataURL('image/png');
  }

  /** The shape being edited as it is now (WGS-84), or null. */
  editedGeometry(): Geometry | null {
    return this.drawTool?.editedGeometry() ?? null;
  }

  // ---- life ----------------------------------------------------------------------------------

  onceIdle(listener: () => void): void {
    this.map.once('idle', listener);
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    if (import.meta.env.MODE === 'e2e') exposeForTests(null);
    this.destroyed = true;
    if (this.pmtiles) removeProtocol('pmtiles');
    for (const remove of this.listeners) remove();
    this.drawTool?.destroy();
    this.map.remove();
  }
}

