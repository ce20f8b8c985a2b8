import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { onlineBasemaps } from '../basemap/basemaps';
import type { GeoData } from '../data/geodata';
import { shiftCollection, wgs84ToGcj02 } from '../geo/gcj';
import type { Language } from '../i18n/strings';
import type { BasemapId } from '../url/urlState';
import { buildStyle } from './style';

const LAYER_PREFIX = 'basemap-';
/** The basemap goes under everything the project draws. */
const BELOW = 'neighbours-fill';

const shifted = new WeakMap<GeoData, GeoData>();

/** The project's layers moved to GCJ-02, computed once per data set. */
export function gcjData(data: GeoData): GeoData {
  let result = shifted.get(data);
  if (!result) {
    result = Object.fromEntries(
      Object.entries(data).map(([key, collection]) => [key, shiftCollection(collection, wgs84ToGcj02)]),
    ) as unknown as GeoData;
    shifted.set(data, result);
  }
  return result;
}

const applied = new WeakMap<MapLibreMap, { signature: string; gcj: boolean }>();

function setProjectData(map: MapLibreMap, data: GeoData, language: Language): void {
  for (const [id, source] of Object.entries(buildStyle(data, language).sources)) {
    const live = map.getSource(id);
    if (source.type === 'geojson' && live && typeof source.data !== 'string') {
      (live as GeoJSONSource).setData(source.data);
    }
  }
}

/**
 * Shows the chosen online basemap under the project's layers (or none), lightens the
 * opaque fills so the tiles show through, and shifts the layers to GCJ-02 while AMap is
 * on. Idempotent: does nothing when the basemap, language and key are unchanged.
 */
export function applyBasemap(
  map: MapLibreMap,
  data: GeoData,
  basemap: BasemapId,
  tiandituKey: string,
  language: Language,
): void {
  const config = basemap === 'none' || (onlineBasemaps[basemap].needsKey && !tiandituKey) ? null : onlineBasemaps[basemap];
  const signature = config ? `${config.id}|${language}|${config.needsKey ? tiandituKey : ''}` : 'none';
  const previous = applied.get(map) ?? { signature: 'none', gcj: false };
  if (signature !== previous.signature) {
    for (const layer of map.getStyle().layers.filter((l) => l.id.startsWith(LAYER_PREFIX))) {
      map.removeLayer(layer.id);
      map.removeSource(layer.id);
    }
    if (config) {
      config.tiles(language, tiandituKey).forEach((tiles, i) => {
        const id = `${LAYER_PREFIX}${i}`;
        map.addSource(id, { type: 'raster', tiles, tileSize: 256, maxzoom: config.maxzoom, attribution: config.attribution });
        map.addLayer({ id, type: 'raster', source: id }, map.getLayer(BELOW) ? BELOW : undefined);
      });
    }
    const online = config !== null;
    map.setPaintProperty('district-fill', 'fill-opacity', online ? 0.25 : 1);
    map.setPaintProperty('neighbours-fill', 'fill-opacity', online ? 0.15 : 1);
    map.setPaintProperty('mask-fill', 'fill-opacity', online ? 0.15 : 0.28);
  }
  const gcj = config?.crs === 'gcj02';
  if (gcj !== previous.gcj) setProjectData(map, gcj ? gcjData(data) : data, language);
  applied.set(map, { signature, gcj });
}
