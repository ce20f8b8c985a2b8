import type { Map as MapLibreMap } from 'maplibre-gl';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../geo/gcj';
import { roundView, type MapView } from '../url/urlState';

/**
 * The centre of the whole map canvas (not of the padded area panels leave clear), so a
 * view opened on another screen size is centred on the same place.
 */
export function readView(map: MapLibreMap, gcj: boolean): MapView {
  const canvas = map.getCanvas();
  const centre = map.unproject([canvas.clientWidth / 2, canvas.clientHeight / 2]);
  // Links always carry WGS-84, whatever the map is drawn in.
  const [lon = 0, lat = 0] = gcj ? gcj02ToWgs84([centre.lng, centre.lat]) : [centre.lng, centre.lat];
  return roundView({ center: [lon, lat], zoom: map.getZoom() });
}

export function showView(map: MapLibreMap, view: MapView, gcj: boolean): void {
  const [lon = 0, lat = 0] = gcj ? wgs84ToGcj02(view.center) : view.center;
  map.jumpTo({ center: [lon, lat], zoom: view.zoom, padding: { top: 0, right: 0, bottom: 0, left: 0 } });
}
