import { defineMessages } from './define';

const zh = {
  basemap: '底图',
  basemapTitle: '选择底图（在线底图默认关闭）',
  basemapIntro: '默认使用离线底图，不联网。在线底图会从所选服务商加载地图瓦片。',
  basemapNone: '离线底图（默认）',
  basemapOsm: 'OpenStreetMap 在线底图',
  basemapTianditu: '天地图 在线底图（需要密钥）',
  basemapAmap: '高德地图 在线底图',
  basemapAmapNote: '高德瓦片使用 GCJ-02 坐标：开启时本图的 WGS-84 图层会相应偏移约 0.5 公里以对齐。',
  tiandituKeyLabel: '天地图密钥（tk）',
  tiandituKeyNote: '密钥只保存在本浏览器中，不会写入分享链接。',
  tiandituKeySave: '保存密钥',
  tiandituKeyMissing: '请先输入天地图密钥。',
  tiandituKeyBad: '密钥只能包含字母和数字（通常为32位）。',
  basemapNameOsm: 'OpenStreetMap',
  basemapNameTianditu: '天地图',
  basemapNameAmap: '高德地图',
  linkedBasemapAsk: '此链接使用在线底图“{{name}}”：要加载吗？加载后会从 {{host}} 获取地图瓦片；在此之前本页不连接其他网站。',
  linkedBasemapLoad: '加载{{name}}',
  linkedBasemapStay: '保持离线',
} as const;

const en: Record<keyof typeof zh, string> = {
  basemap: 'Basemap',
  basemapTitle: 'Choose a basemap (online basemaps are off by default)',
  basemapIntro: 'The offline basemap is the default and needs no network. Online basemaps load map tiles from the chosen provider.',
  basemapNone: 'Offline basemap (default)',
  basemapOsm: 'OpenStreetMap (online)',
  basemapTianditu: 'Tianditu (online, needs a key)',
  basemapAmap: 'AMap (online)',
  basemapAmapNote: 'AMap tiles use GCJ-02 coordinates: while AMap is on, this map’s WGS-84 layers are shifted by about 0.5 km to line up.',
  tiandituKeyLabel: 'Tianditu key (tk)',
  tiandituKeyNote: 'The key is kept only in this browser and never put in shared links.',
  tiandituKeySave: 'Save key',
  tiandituKeyMissing: 'Enter a Tianditu key first.',
  tiandituKeyBad: 'The key can contain only letters and digits (usually 32 characters).',
  basemapNameOsm: 'OpenStreetMap',
  basemapNameTianditu: 'Tianditu',
  basemapNameAmap: 'AMap',
  linkedBasemapAsk: 'This link uses the online basemap {{name}}: load it? Its map tiles come from {{host}}; until then this page contacts no other site.',
  linkedBasemapLoad: 'Load {{name}}',
  linkedBasemapStay: 'Stay offline',
};

/** Optional online basemaps. */
export const basemapMessages = defineMessages(zh, en);
