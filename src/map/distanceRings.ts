import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GeoData } from '../data/geodata';
import { placeOf, ringsAround } from '../distance/distances';
import { translate, type Language } from '../i18n/strings';
import { RING_KM } from '../state/distanceSlice';
import type { Selection } from '../state/selection';
import { labelFonts } from './style';

const SOURCE = 'distance-rings';
const LINE = 'distance-rings-line';
const LABEL = 'distance-rings-label';
const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Rings at 5, 10 and 20 km around the selected park, sub-park or cluster; idempotent. */
export function applyDistanceRings(
  map: MapLibreMap,
  data: GeoData,
  selection: Selection | null,
  on: boolean,
  language: Language,
): void {
  // Nothing to draw yet: adding the source and layer only when first needed keeps the first load light.
  if (!map.getSource(SOURCE) && (!on || selection === null)) return;
  if (!map.getSource(SOURCE)) {
    map.addSource(SOURCE, { type: 'geojson', data: empty });
    map.addLayer({
      id: LINE,
      type: 'line',
      source: SOURCE,
      paint: { 'line-color': '#1f3a5f', 'line-width': 1.4, 'line-dasharray': [4, 3], 'line-opacity': 0.8 },
    });
    map.addLayer({
      id: LABEL,
      type: 'symbol',
      source: SOURCE,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'label'],
        'text-font': labelFonts,
        'text-size': 11,
        'symbol-spacing': 400,
      },
      paint: { 'text-color': '#1f3a5f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    });
  }
  const place = on && selection ? placeOf(selection, data) : null;
  const rings = place ? ringsAround(place.position, RING_KM) : null;
  const collection: GeoJSON.FeatureCollection = rings
    ? {
        type: 'FeatureCollection',
        features: rings.features.map((ring) => ({
          ...ring,
          properties: { km: ring.properties.km, label: translate(language, 'ringLabel', { km: ring.properties.km }) },
        })),
      }
    : empty;
  (map.getSource(SOURCE) as GeoJSONSource).setData(collection);
}
