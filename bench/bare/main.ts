/**
 * The benchmark's baseline: MapLibre drawing the same geodata with the same style as the
 * app, with no UI, no React and no plan data. `npm run bench` compares the app with it.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { boundsOf } from '../../src/geo/bounds';
import { loadGeoData } from '../../src/data/geodata';
import { buildStyle, ideographFontFamily } from '../../src/map/style';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    __bareMap?: MapLibreMap;
  }
}

const data = await loadGeoData();
window.__bareMap = new MapLibreMap({
  container: 'map',
  style: buildStyle(data, 'zh'),
  bounds: boundsOf(data.district),
  attributionControl: false,
  localIdeographFontFamily: ideographFontFamily,
});
