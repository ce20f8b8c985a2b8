import type { Map as MapLibreMap } from 'maplibre-gl';
import { roundView, type MapView } from '../url/urlState';

/**
 * The centre of the whole map canvas (not of the padded area panels leave clear), so a
 * view opened on another screen size is centred on the same place.
 */
export function readView(map: MapLibreMap): MapView {
  const canvas = map.getCanvas();
  const centre = map.unproject([canvas.clientWidth / 2, canvas.clientHeight / 2]);
  return roundView({ center: [centre.lng, centre.lat], zoom: map.getZoom() });
}

export function showView(map: MapLibreMap, view: MapView): void {
  map.jumpTo({ center: view.center, zoom: view.zoom, padding: { top: 0, right: 0, bottom: 0, left: 0 } });
}
