import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  AttributionControl,
  setWorkerUrl,
  type LngLatBoundsLike,
  type MapLayerMouseEvent,
  type PaddingOptions,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoData } from '../data/geodata';
import { boundsOf, featureBounds } from '../geo/bounds';
import { ATTRIBUTION } from './attribution';
import type { Language } from '../i18n/strings';
import { sameSelection, type Selection, type SelectionKind } from '../state/selection';
import type { LayerGroup } from '../state/store';
import { buildStyle, ideographFontFamily, interactiveLayers, labelFields, layerGroups, SOURCE } from './style';

setWorkerUrl(workerUrl);

export interface MapHandlers {
  onSelect: (selection: Selection | null) => void;
  onHover: (selection: Selection | null) => void;
}

const sourceOfKind: Partial<Record<SelectionKind, string>> = {
  park: SOURCE.parks,
  subpark: SOURCE.subParks,
  cluster: SOURCE.clusters,
  hub: SOURCE.hubs,
  township: SOURCE.townships,
};

/** Layers the planners' workbench adds for the user's own data (see workbench/map). */
const USER_LAYER_PREFIX = 'wb-';

/**
 * Owns the one MapLibre instance. React hands it state through the set* methods, which
 * are idempotent; map events flow back only through the handlers.
 */
export class MapController {
  readonly map: MapLibreMap;
  /** The layers as drawn: the geodata, or the geodata shifted to GCJ-02 under a Chinese basemap. */
  private shown: GeoData;
  private selection: Selection | null = null;
  private hover: Selection | null = null;
  private language: Language;
  private padding: Required<PaddingOptions> = { top: 0, right: 0, bottom: 0, left: 0 };
  private districtBounds: LngLatBoundsLike;

  constructor(
    container: HTMLElement,
    data: GeoData,
    language: Language,
    handlers: MapHandlers,
    padding: Required<PaddingOptions>,
  ) {
    this.shown = data;
    this.language = language;
    this.padding = padding;
    this.districtBounds = boundsOf(data.district);
    this.map = new MapLibreMap({
      container,
      style: buildStyle(data, language),
      bounds: this.districtBounds,
      fitBoundsOptions: { padding: this.paddedBy(16) },
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
    const attribution = new AttributionControl({ compact: true, customAttribution: ATTRIBUTION });
    this.map.addControl(attribution, 'bottom-right');
    // The compact control opens itself when added; fold it before it is first drawn so it
    // does not cover the map (MapLibre does not reopen it once folded).
    const attributionBox = container.querySelector('.maplibregl-ctrl-attrib');
    attributionBox?.classList.remove('maplibregl-compact-show');
    attributionBox?.removeAttribute('open');
    this.bindEvents(handlers);
  }

  private bindEvents(handlers: MapHandlers): void {
    const ids = Object.keys(interactiveLayers) as (keyof typeof interactiveLayers)[];
    const pick = (event: MapLayerMouseEvent): Selection | null => {
      const features = this.map.queryRenderedFeatures(event.point, { layers: ids });
      // Smaller things sit on top of parks: prefer points and sub-parks over the park they are in.
      const order: (keyof typeof interactiveLayers)[] = [
        'clusters-circle',
        'subparks-point',
        'hubs-point',
        'townships-dot',
        'subparks-fill',
        'parks-fill',
      ];
      for (const layerId of order) {
        const feature = features.find((f) => f.layer.id === layerId);
        const id = feature?.properties?.id;
        if (typeof id === 'string') return { kind: interactiveLayers[layerId], id };
      }
      return null;
    };
    this.map.on('mousemove', (event) => {
      const hit = pick(event as MapLayerMouseEvent);
      this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
      handlers.onHover(hit);
    });
    this.map.on('mouseout', () => handlers.onHover(null));
    this.map.on('click', (event) => {
      // A planner's own feature drawn on top takes the click; the workbench handles it.
      const top = this.map.queryRenderedFeatures(event.point)[0];
      if (top?.layer.id.startsWith(USER_LAYER_PREFIX)) return;
      handlers.onSelect(pick(event as MapLayerMouseEvent));
    });
  }

  private setState(selection: Selection | null, key: 'hover' | 'selected', value: boolean): void {
    if (!selection) return;
    const source = sourceOfKind[selection.kind];
    if (!source || !this.map.getSource(source)) return;
    this.map.setFeatureState({ source, id: selection.id }, { [key]: value });
  }

  setHover(hover: Selection | null): void {
    if (sameSelection(this.hover, hover)) return;
    this.setState(this.hover, 'hover', false);
    this.hover = hover;
    this.setState(hover, 'hover', true);
  }

  setSelection(selection: Selection | null, fly: boolean): void {
    if (!sameSelection(this.selection, selection)) {
      this.setState(this.selection, 'selected', false);
      this.selection = selection;
      this.setState(selection, 'selected', true);
    }
    if (fly && selection) this.flyTo(selection);
  }

  /** Where the layers are drawn now, so flying to a selection or the district lands on the drawing. */
  setShownData(shown: GeoData): void {
    if (shown === this.shown) return;
    this.shown = shown;
    this.districtBounds = boundsOf(shown.district);
  }

  /** Space the map keeps clear for panels that cover it (the side panel or the bottom sheet). */
  setPadding(padding: Required<PaddingOptions>): void {
    this.padding = padding;
  }

  private paddedBy(extra: number): Required<PaddingOptions> {
    const { top, right, bottom, left } = this.padding;
    return { top: top + extra, right: right + extra, bottom: bottom + extra, left: left + extra };
  }

  private flyTo(selection: Selection): void {
    const feature = this.findFeature(selection);
    if (!feature) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const bounds = featureBounds(feature);
    const point = bounds[0] === bounds[2] && bounds[1] === bounds[3];
    const padding = this.paddedBy(48);
    if (point) {
      this.map.flyTo({
        center: [bounds[0], bounds[1]],
        zoom: Math.max(this.map.getZoom(), 11.5),
        padding,
        animate: !reduceMotion,
        duration: 900,
      });
    } else {
      this.map.fitBounds(
        [
          [bounds[0], bounds[1]],
          [bounds[2], bounds[3]],
        ],
        { padding, maxZoom: 13.5, animate: !reduceMotion, duration: 900 },
      );
    }
  }

  private findFeature(selection: Selection): GeoJSON.Feature | undefined {
    const collections: Partial<Record<SelectionKind, GeoJSON.FeatureCollection>> = {
      park: this.shown.parks,
      subpark: this.shown.subParks,
      cluster: this.shown.clusters,
      hub: this.shown.hubs,
      township: this.shown.townships,
    };
    return collections[selection.kind]?.features.find((f) => f.properties?.id === selection.id);
  }

  /** The district's bounding box, for snapshots of the whole layout. */
  districtBoundsBox(): LngLatBoundsLike {
    return this.districtBounds;
  }

  fitDistrict(): void {
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.map.fitBounds(this.districtBounds, {
      padding: this.paddedBy(24),
      animate: !reduceMotion,
    });
  }

  setLayers(layers: Record<LayerGroup, boolean>): void {
    for (const [group, ids] of Object.entries(layerGroups) as [LayerGroup, string[]][]) {
      const visibility = layers[group] ? 'visible' : 'none';
      for (const id of ids) {
        // An unset visibility means visible; setting it anyway would re-lay the layer out for nothing.
        const current = this.map.getLayoutProperty(id, 'visibility') ?? 'visible';
        if (this.map.getLayer(id) && current !== visibility) {
          this.map.setLayoutProperty(id, 'visibility', visibility);
        }
      }
    }
  }

  setLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    for (const [layerId, field] of Object.entries(labelFields(language))) {
      if (this.map.getLayer(layerId)) this.map.setLayoutProperty(layerId, 'text-field', field);
    }
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }
}
