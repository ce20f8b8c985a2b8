/**
 * Optional online basemaps, off by default. Each is a raster tile service; AMap's tiles
 * are in GCJ-02, so while it is on the project's WGS-84 layers are shifted to match.
 */
import type { Language } from '../i18n/strings';
import type { BasemapId } from '../url/urlState';

export interface OnlineBasemap {
  id: Exclude<BasemapId, 'none' | 'local'>;
  /** Tile URL templates; several are drawn in order (e.g. 天地图's roads, then its labels). */
  tiles: (language: Language, key: string) => string[][];
  maxzoom: number;
  /** The site the tiles come from, as a visitor is told before any is fetched. */
  host: string;
  attribution: string;
  crs: 'wgs84' | 'gcj02';
  needsKey: boolean;
}

const tianditu = (layer: string, key: string) =>
  [0, 1, 2, 3, 4, 5, 6, 7].map(
    (n) =>
      `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );

export const onlineBasemaps: Record<OnlineBasemap['id'], OnlineBasemap> = {
  osm: {
    id: 'osm',
    tiles: () => [['https://tile.openstreetmap.org/{z}/{x}/{y}.png']],
    maxzoom: 19,
    host: 'tile.openstreetmap.org',
    attribution: '© OpenStreetMap contributors',
    crs: 'wgs84',
    needsKey: false,
  },
  tianditu: {
    id: 'tianditu',
    // 天地图 uses CGCS2000, which matches WGS-84 to well under a metre at map scales.
    tiles: (language, key) => [tianditu('vec', key), tianditu(language === 'zh' ? 'cva' : 'eva', key)],
    maxzoom: 18,
    host: 'tianditu.gov.cn',
    attribution: '© 天地图 Tianditu (国家地理信息公共服务平台)',
    crs: 'wgs84',
    needsKey: true,
  },
  amap: {
    id: 'amap',
    tiles: (language) => [
      [1, 2, 3, 4].map(
        (n) =>
          `https://webrd0${n}.is.autonavi.com/appmaptile?lang=${language === 'zh' ? 'zh_cn' : 'en'}&size=1&scale=1&style=8&x={x}&y={y}&z={z}`,
      ),
    ],
    maxzoom: 18,
    host: 'is.autonavi.com',
    attribution: '© 高德地图 AMap (GCJ-02)',
    crs: 'gcj02',
    needsKey: false,
  },
};

/** `local` is the attribution of the deployment's own basemap, when it is on. */
export function basemapAttribution(id: BasemapId, local = ''): string {
  if (id === 'local') return local;
  return id === 'none' ? '' : onlineBasemaps[id].attribution;
}

/** Whether the project's layers must be drawn in GCJ-02 for this basemap. */
export function needsGcj(id: BasemapId): boolean {
  return id !== 'none' && id !== 'local' && onlineBasemaps[id].crs === 'gcj02';
}
