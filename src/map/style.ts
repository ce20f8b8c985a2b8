/**
 * The whole cartography in one place: sources, layers, colours, and every state the map can
 * be in, expressed in the style itself. Run-time states are either feature-state (one key per
 * concern: `selected`, `hover`, `tour`, `lensHost`) or MapLibre's global state (`language`,
 * `lensActive`, `basemapOnline`); nothing rewrites paint properties at run time.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { GeoData } from '../data/geodata';
import { storedLabelPoints } from '../geo/storedLabels';
import { collectionIn, geoDataIn, type Datum } from './datum';
import { maskOutside } from '../geo/mask';
import type { Language } from '../i18n/strings';
import type { LayerGroup } from '../state/layersSlice';
import type { SelectionKind } from '../data/selection';
import {
  clusterColor,
  districtLine,
  hubColor,
  outside,
  paper,
  roleColors,
  SHARE_COLORS,
  tileLayerColor,
  workLayerColor,
  subdistrictLabel,
  subdistrictTint,
  townshipColor,
  townshipLine,
  wingColors,
} from './colors';

/** Fonts for labels: the style has no `glyphs`, so MapLibre draws text with these local fonts. */
// System fonts first; the bundled "Noto Sans SC" web font (see app/cjkFont.ts) is the fallback.
export const labelFonts = ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans SC', 'sans-serif'];
export const ideographFontFamily =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans SC", sans-serif';

export const SOURCE = {
  district: 'district',
  mask: 'mask',
  neighbours: 'neighbours',
  townships: 'townships',
  townshipAreas: 'township-areas',
  parks: 'parks',
  subParks: 'subparks',
  clusters: 'clusters',
  hubs: 'hubs',
  parkLabels: 'park-labels',
  neighbourLabels: 'neighbour-labels',
  subParkLabels: 'subpark-labels',
  rings: 'distance-rings',
  work: 'work',
  measure: 'measure',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** Every layer of the style, bottom to top. The style below may use no other id. */
export const LAYER_IDS = [
  'background',
  'neighbours-fill',
  'neighbours-line',
  'district-fill',
  'township-areas-fill',
  'mask-fill',
  'township-areas-line',
  'district-line',
  'parks-fill',
  'parks-line',
  'lens-parks-halo',
  'parks-selected-line',
  'subparks-fill',
  'subparks-line',
  'lens-subparks-halo',
  'hubs-point',
  'townships-dot',
  'lens-points-halo',
  'clusters-ring',
  'clusters-circle',
  'lens-subpark-points-halo',
  'subparks-point',
  'distance-rings-line',
  'neighbours-label',
  'townships-label',
  'hubs-label',
  'subparks-label',
  'parks-label',
  'distance-rings-label',
  'work-fill',
  'work-line',
  'work-circle',
  'measure-fill',
  'measure-line',
  'measure-point',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Raster basemap layers go under everything the project draws. */
export const BASEMAP_BELOW: LayerId = 'neighbours-fill';
export const BASEMAP_PREFIX = 'basemap-';

/** Layers the user can click or hover, topmost first, with the selection kind each one yields. */
export const interactiveLayers: readonly { layer: LayerId; kind: SelectionKind }[] = [
  { layer: 'clusters-circle', kind: 'cluster' },
  { layer: 'subparks-point', kind: 'subpark' },
  { layer: 'hubs-point', kind: 'hub' },
  { layer: 'townships-dot', kind: 'township' },
  { layer: 'subparks-fill', kind: 'subpark' },
  { layer: 'parks-fill', kind: 'park' },
  // Anywhere else in the district: which 镇街 it is.
  { layer: 'township-areas-fill', kind: 'township' },
];

/** The planner's own features, drawn above the layout; they take a click before the layout does. */
export const workLayers: readonly LayerId[] = ['work-fill', 'work-line', 'work-circle'];

/** The sources that hold each kind of selectable feature (for feature-state): a township is its seat and its area. */
export const sourcesOfKind: Partial<Record<SelectionKind, readonly SourceId[]>> = {
  park: [SOURCE.parks],
  subpark: [SOURCE.subParks],
  cluster: [SOURCE.clusters],
  hub: [SOURCE.hubs],
  township: [SOURCE.townships, SOURCE.townshipAreas],
};

/** Which style layers each switch in the layer panel shows or hides. */
export const layerGroups: Record<LayerGroup, readonly LayerId[]> = {
  parks: ['parks-fill', 'parks-line', 'parks-selected-line', 'parks-label', 'lens-parks-halo'],
  subparks: ['subparks-fill', 'subparks-line', 'subparks-point', 'subparks-label', 'lens-subparks-halo', 'lens-subpark-points-halo'],
  clusters: ['clusters-ring', 'clusters-circle', 'lens-points-halo'],
  townships: ['townships-dot', 'townships-label', 'township-areas-fill', 'township-areas-line'],
  hubs: ['hubs-point', 'hubs-label'],
  neighbours: ['neighbours-fill', 'neighbours-line', 'neighbours-label'],
};

/** Feature-state keys, one per writer. */
export const FEATURE_STATE = {
  selected: 'selected',
  hover: 'hover',
  tour: 'tour',
  lensHost: 'lensHost',
  shareClass: 'shareClass',
  regional: 'regional',
} as const;
export type FeatureStateKey = keyof typeof FEATURE_STATE;

/** Global-state keys and their defaults (the map's state before anything is chosen). */
export const GLOBAL_STATE = { language: 'zh' as Language, lensActive: false, basemapOnline: false, parkColouring: 'role' as 'role' | 'share' };
export type GlobalState = typeof GLOBAL_STATE;

const state = (key: FeatureStateKey): ExpressionSpecification => ['boolean', ['feature-state', FEATURE_STATE[key]], false];
const hovered = state('hover');
/** The user's selection and the tour's current step are highlighted alike, each by its own key. */
const emphasised: ExpressionSpecification = ['any', state('selected'), state('tour')];
const lensActive: ExpressionSpecification = ['boolean', ['global-state', 'lensActive'], false];
const english: ExpressionSpecification = ['==', ['global-state', 'language'], 'en'];
const online: ExpressionSpecification = ['boolean', ['global-state', 'basemapOnline'], false];

/** `value` as given, faded to `faded` for places that do not host the industries the lens shows. */
function lensFaded(value: number | ExpressionSpecification, faded: number): ExpressionSpecification {
  return ['case', ['all', lensActive, ['!', state('lensHost')]], faded, value] as ExpressionSpecification;
}

const LENS_HOST_COLOR = '#e0a100';
/** A regional initiative's partners (neighbours layer). */
const regional = state('regional');
const REGIONAL_FILL = '#d3e3f4';
const REGIONAL_LINE = '#1f3a5f';
const lensHalo = (opacity: number): ExpressionSpecification => ['case', state('lensHost'), opacity, 0];

/** Colours of the planner's layers, in the order layers are added. */
export { SHARE_COLORS, tileLayerColor, workLayerColor };
/** Properties the map adds to each planner's feature: its layer's colour and a key for feature-state. */
export const WORK_COLOR = '__color';
export const WORK_KEY = '__key';
const MEASURE_COLOR = '#111111';
const RING_COLOR = '#1f3a5f';

const shareColor: ExpressionSpecification = [
  'match',
  ['to-string', ['feature-state', FEATURE_STATE.shareClass]],
  'under-50',
  SHARE_COLORS['under-50'],
  '50-80',
  SHARE_COLORS['50-80'],
  '80-100',
  SHARE_COLORS['80-100'],
  'reached',
  SHARE_COLORS.reached,
  'not-comparable',
  SHARE_COLORS['not-comparable'],
  SHARE_COLORS.none,
];

const roleColor: ExpressionSpecification = [
  'match',
  ['get', 'role'],
  'city',
  roleColors.city,
  'core',
  roleColors.core,
  'zone',
  roleColors.zone,
  'wing',
  ['match', ['get', 'wing'], 'north', wingColors.north, wingColors.south],
  '#888888',
];

/** A park's colour: its role, or (when the results colouring is on) the share of its target reached. */
const parkColor: ExpressionSpecification = ['case', ['==', ['global-state', 'parkColouring'], 'share'], shareColor, roleColor];
/** Labels keep the role colour: they come from their own label-point source, without the parks' feature-state. */
const parkLabelColor = roleColor;

const subParkParentColor: ExpressionSpecification = [
  'match',
  ['get', 'parentId'],
  'eco-city',
  roleColors.city,
  'fenghuanghu',
  roleColors.core,
  'gangqiao',
  wingColors.south,
  'sanjiao',
  wingColors.north,
  '#666666',
];

const roleLabels: Record<Language, Record<'city' | 'core' | 'zone' | 'north' | 'south', string>> = {
  zh: { city: '一城', core: '一核', zone: '一区', north: '两翼 · 北翼', south: '两翼 · 南翼' },
  en: { city: 'One city', core: 'One core', zone: 'One zone', north: 'North wing', south: 'South wing' },
};

const name: ExpressionSpecification = ['case', english, ['get', 'nameEn'], ['get', 'name']];

function roleLabel(language: Language): ExpressionSpecification {
  const roles = roleLabels[language];
  return [
    'match',
    ['get', 'role'],
    'city',
    roles.city,
    'core',
    roles.core,
    'zone',
    roles.zone,
    'wing',
    ['match', ['get', 'wing'], 'north', roles.north, roles.south],
    '',
  ];
}

const parkLabel = [
  'format',
  name,
  { 'font-scale': 1 },
  '\n',
  {},
  ['case', english, roleLabel('en'), roleLabel('zh')],
  { 'font-scale': 0.8 },
] as unknown as ExpressionSpecification;

const polygons: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const points: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

type Layer = LayerSpecification & { id: LayerId };

function layers(): Layer[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': outside } },
    {
      id: 'neighbours-fill',
      type: 'fill',
      source: SOURCE.neighbours,
      paint: {
        'fill-color': ['case', regional, REGIONAL_FILL, '#eef1f4'],
        'fill-outline-color': '#b7c1cc',
        'fill-opacity': ['case', regional, ['case', online, 0.45, 1], ['case', online, 0.15, 1]],
      },
    },
    {
      id: 'neighbours-line',
      type: 'line',
      source: SOURCE.neighbours,
      paint: { 'line-color': ['case', regional, REGIONAL_LINE, '#aeb9c5'], 'line-width': ['case', regional, 2.2, 0.8] },
    },
    { id: 'district-fill', type: 'fill', source: SOURCE.district, paint: { 'fill-color': paper, 'fill-opacity': ['case', online, 0.25, 1] } },
    {
      // The 15 cluster towns tinted by level (多点 are town-level clusters); 街道 warm, 镇 plain.
      id: 'township-areas-fill',
      type: 'fill',
      source: SOURCE.townshipAreas,
      paint: {
        'fill-color': ['case', ['has', 'agglomerationLevel'], clusterColor, ['==', ['get', 'type'], 'subdistrict'], subdistrictTint, paper],
        'fill-opacity': lensFaded(
          [
            '+',
            ['match', ['get', 'agglomerationLevel'], 'municipal', 0.16, 'district', 0.08, ['case', ['==', ['get', 'type'], 'subdistrict'], 0.4, 0]],
            ['case', emphasised, 0.12, hovered, 0.06, 0],
          ],
          0.03,
        ),
      },
    },
    {
      id: 'mask-fill',
      type: 'fill',
      source: SOURCE.mask,
      paint: { 'fill-color': '#9aa7b5', 'fill-opacity': ['case', online, 0.15, 0.28] },
    },
    {
      id: 'township-areas-line',
      type: 'line',
      source: SOURCE.townshipAreas,
      paint: {
        'line-color': ['case', emphasised, '#1f3a5f', townshipLine],
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, ['case', emphasised, 2, 0.6], 12, ['case', emphasised, 2.6, 1.2]],
        'line-dasharray': [4, 2],
      },
    },
    {
      id: 'district-line',
      type: 'line',
      source: SOURCE.district,
      paint: { 'line-color': districtLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.6, 12, 3] },
    },
    {
      id: 'parks-fill',
      type: 'fill',
      source: SOURCE.parks,
      paint: {
        'fill-color': parkColor,
        'fill-opacity': lensFaded(['case', emphasised, 0.6, hovered, 0.5, 0.32], 0.07),
      },
    },
    {
      id: 'parks-line',
      type: 'line',
      source: SOURCE.parks,
      paint: {
        'line-color': parkColor,
        'line-width': ['case', hovered, 2.5, 1.6],
        'line-opacity': lensFaded(1, 0.25),
        // Dashed on purpose: the outlines are schematic.
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'lens-parks-halo',
      type: 'line',
      source: SOURCE.parks,
      filter: lensActive,
      paint: { 'line-color': LENS_HOST_COLOR, 'line-width': 5, 'line-opacity': lensHalo(0.9) },
    },
    {
      id: 'parks-selected-line',
      type: 'line',
      source: SOURCE.parks,
      paint: { 'line-color': '#111111', 'line-width': 3, 'line-opacity': ['case', emphasised, 1, 0] },
    },
    {
      id: 'subparks-fill',
      type: 'fill',
      source: SOURCE.subParks,
      filter: polygons,
      paint: {
        'fill-color': subParkParentColor,
        'fill-opacity': lensFaded(['case', emphasised, 0.55, hovered, 0.45, 0.25], 0.05),
      },
    },
    {
      id: 'subparks-line',
      type: 'line',
      source: SOURCE.subParks,
      filter: polygons,
      paint: {
        'line-color': ['case', emphasised, '#111111', subParkParentColor],
        'line-width': ['case', emphasised, 2.5, 1],
        'line-opacity': lensFaded(1, 0.2),
        'line-dasharray': [1, 1.5],
      },
    },
    {
      id: 'lens-subparks-halo',
      type: 'line',
      source: SOURCE.subParks,
      filter: ['all', lensActive, polygons],
      paint: { 'line-color': LENS_HOST_COLOR, 'line-width': 3.5, 'line-opacity': lensHalo(0.95) },
    },
    {
      id: 'hubs-point',
      type: 'circle',
      source: SOURCE.hubs,
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': ['case', emphasised, 8, hovered, 7, 5.5],
        'circle-stroke-color': hubColor,
        'circle-stroke-width': ['case', emphasised, 3.5, 2.5],
      },
    },
    {
      id: 'townships-dot',
      type: 'circle',
      source: SOURCE.townships,
      paint: {
        'circle-color': townshipColor,
        'circle-radius': ['case', emphasised, 5, hovered, 4, 2.5],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'lens-points-halo',
      type: 'circle',
      source: SOURCE.clusters,
      filter: lensActive,
      paint: {
        'circle-color': LENS_HOST_COLOR,
        'circle-opacity': lensHalo(0.55),
        'circle-radius': ['match', ['get', 'agglomerationLevel'], 'municipal', 17, 13],
      },
    },
    {
      id: 'clusters-ring',
      type: 'circle',
      source: SOURCE.clusters,
      filter: ['==', ['get', 'agglomerationLevel'], 'municipal'],
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['case', emphasised, 15, hovered, 14, 12],
        'circle-stroke-color': clusterColor,
        'circle-stroke-width': 2,
        'circle-stroke-opacity': lensFaded(1, 0.15),
      },
    },
    {
      id: 'clusters-circle',
      type: 'circle',
      source: SOURCE.clusters,
      paint: {
        'circle-color': clusterColor,
        'circle-radius': [
          '+',
          ['match', ['get', 'agglomerationLevel'], 'municipal', 8, 5.5],
          ['case', emphasised, 3, hovered, 2, 0],
        ],
        'circle-stroke-color': ['case', emphasised, '#111111', '#ffffff'],
        'circle-stroke-width': ['case', emphasised, 3, 1.5],
        'circle-opacity': lensFaded(1, 0.2),
        'circle-stroke-opacity': lensFaded(1, 0.2),
      },
    },
    {
      id: 'lens-subpark-points-halo',
      type: 'circle',
      source: SOURCE.subParks,
      filter: ['all', lensActive, points],
      minzoom: 10,
      paint: { 'circle-color': LENS_HOST_COLOR, 'circle-opacity': lensHalo(0.6), 'circle-radius': 11 },
    },
    {
      id: 'subparks-point',
      type: 'circle',
      source: SOURCE.subParks,
      filter: points,
      minzoom: 10,
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': ['case', emphasised, 7, hovered, 6, 4.5],
        'circle-stroke-color': ['case', emphasised, '#111111', subParkParentColor],
        'circle-stroke-width': 2.5,
        'circle-opacity': lensFaded(1, 0.25),
        'circle-stroke-opacity': lensFaded(1, 0.25),
      },
    },
    {
      id: 'distance-rings-line',
      type: 'line',
      source: SOURCE.rings,
      paint: { 'line-color': RING_COLOR, 'line-width': 1.4, 'line-dasharray': [4, 3], 'line-opacity': 0.8 },
    },
    {
      id: 'neighbours-label',
      type: 'symbol',
      source: SOURCE.neighbourLabels,
      layout: {
        'text-field': name,
        'text-font': labelFonts,
        'text-size': 12,
        'text-letter-spacing': 0.1,
      },
      paint: { 'text-color': ['case', regional, REGIONAL_LINE, '#8391a0'], 'text-halo-color': ['case', regional, REGIONAL_FILL, '#eef1f4'], 'text-halo-width': 1 },
    },
    {
      id: 'townships-label',
      type: 'symbol',
      source: SOURCE.townships,
      layout: {
        'text-field': name,
        'text-font': labelFonts,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'symbol-sort-key': 3,
        'text-size': ['case', ['==', ['get', 'type'], 'subdistrict'], 11, 12],
      },
      // 街道 in the warm brown of their tint, 镇 in slate: the two kinds read apart.
      paint: {
        'text-color': ['case', ['==', ['get', 'type'], 'subdistrict'], subdistrictLabel, '#3d4955'],
        'text-halo-color': paper,
        'text-halo-width': 1.4,
      },
    },
    {
      id: 'hubs-label',
      type: 'symbol',
      source: SOURCE.hubs,
      layout: {
        'text-field': name,
        'text-font': labelFonts,
        'text-size': 11.5,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'symbol-sort-key': 2,
      },
      paint: { 'text-color': hubColor, 'text-halo-color': paper, 'text-halo-width': 1.6 },
    },
    {
      id: 'subparks-label',
      type: 'symbol',
      source: SOURCE.subParkLabels,
      minzoom: 11,
      layout: {
        'text-field': name,
        'text-font': labelFonts,
        'text-size': 11,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.8,
        'symbol-sort-key': 1,
      },
      paint: { 'text-color': '#333333', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
    {
      id: 'parks-label',
      type: 'symbol',
      source: SOURCE.parkLabels,
      layout: {
        'text-field': parkLabel,
        'text-font': labelFonts,
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, 12, 13, 16],
        'text-max-width': 9,
        'symbol-sort-key': 0,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.5,
      },
      paint: { 'text-color': parkLabelColor, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: 'distance-rings-label',
      type: 'symbol',
      source: SOURCE.rings,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['case', english, ['get', 'labelEn'], ['get', 'label']],
        'text-font': labelFonts,
        'text-size': 11,
        'symbol-spacing': 400,
      },
      paint: { 'text-color': RING_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'work-fill',
      type: 'fill',
      source: SOURCE.work,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': ['get', WORK_COLOR], 'fill-opacity': ['case', state('selected'), 0.45, 0.22] },
    },
    {
      id: 'work-line',
      type: 'line',
      source: SOURCE.work,
      filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'LineString']]],
      paint: {
        'line-color': ['case', state('selected'), '#111111', ['get', WORK_COLOR]],
        'line-width': ['case', state('selected'), 3.5, 2],
      },
    },
    {
      id: 'work-circle',
      type: 'circle',
      source: SOURCE.work,
      filter: points,
      paint: {
        'circle-color': ['get', WORK_COLOR],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 13, 5],
        'circle-stroke-color': ['case', state('selected'), '#111111', '#ffffff'],
        'circle-stroke-width': ['case', state('selected'), 2.5, 0.8],
      },
    },
    {
      id: 'measure-fill',
      type: 'fill',
      source: SOURCE.measure,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': MEASURE_COLOR, 'fill-opacity': 0.12 },
    },
    {
      id: 'measure-line',
      type: 'line',
      source: SOURCE.measure,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': MEASURE_COLOR, 'line-width': 2, 'line-dasharray': [2, 1] },
    },
    {
      id: 'measure-point',
      type: 'circle',
      source: SOURCE.measure,
      filter: points,
      paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-stroke-color': MEASURE_COLOR, 'circle-stroke-width': 2 },
    },
  ];
}

export const emptyCollection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The GeoJSON every source of the layout holds, from the WGS-84 geodata, as drawn in `datum`
 * (the stored label points are WGS-84 properties: shifted here like the shapes).
 */
export function layoutSourceData(
  wgs84: GeoData,
  datum: Datum = 'wgs84',
): Record<Exclude<SourceId, 'distance-rings' | 'work' | 'measure'>, GeoJSON.FeatureCollection> {
  const data = geoDataIn(datum, wgs84);
  const districtGeometry = data.district.features[0]?.geometry;
  const labels = (collection: GeoJSON.FeatureCollection) => collectionIn(datum, storedLabelPoints(collection));
  return {
    [SOURCE.district]: data.district,
    [SOURCE.mask]: districtGeometry ? { type: 'FeatureCollection', features: [maskOutside(districtGeometry)] } : emptyCollection,
    [SOURCE.neighbours]: data.neighbours,
    [SOURCE.townships]: data.townships,
    [SOURCE.townshipAreas]: data.townshipAreas,
    [SOURCE.parks]: data.parks,
    [SOURCE.subParks]: data.subParks,
    [SOURCE.clusters]: data.clusters,
    [SOURCE.hubs]: data.hubs,
    // Polygons get one label point each (stored by the data build), so a label is not repeated on every tile.
    [SOURCE.parkLabels]: labels(wgs84.parks),
    [SOURCE.neighbourLabels]: labels(wgs84.neighbours),
    [SOURCE.subParkLabels]: {
      type: 'FeatureCollection',
      features: [...data.subParks.features.filter((feature) => feature.geometry.type === 'Point'), ...labels(wgs84.subParks).features],
    },
  };
}

/** Sources whose features carry ids for feature-state. */
const PROMOTED: ReadonlySet<string> = new Set<SourceId>([
  SOURCE.neighbours,
  SOURCE.neighbourLabels,
  SOURCE.townships,
  SOURCE.townshipAreas,
  SOURCE.parks,
  SOURCE.subParks,
  SOURCE.clusters,
  SOURCE.hubs,
]);

/** The whole cartography of the default, offline map. */
export function buildStyle(data: GeoData, language: Language): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, collection] of Object.entries(layoutSourceData(data))) {
    sources[id] = PROMOTED.has(id) ? { type: 'geojson', data: collection, promoteId: 'id' } : { type: 'geojson', data: collection };
  }
  sources[SOURCE.rings] = { type: 'geojson', data: emptyCollection };
  sources[SOURCE.work] = { type: 'geojson', data: emptyCollection, promoteId: WORK_KEY };
  sources[SOURCE.measure] = { type: 'geojson', data: emptyCollection };
  return {
    version: 8,
    name: 'yongchuan-layout',
    state: {
      language: { default: language },
      lensActive: { default: GLOBAL_STATE.lensActive },
      parkColouring: { default: GLOBAL_STATE.parkColouring },
      basemapOnline: { default: GLOBAL_STATE.basemapOnline },
    },
    sources,
    layers: layers(),
  };
}

/** A raster basemap's sources and layers (one per tile set, drawn in order), under the layout. */
export function basemapLayers(tileSets: readonly string[][], maxzoom: number, attribution: string): { id: string; source: SourceSpecification; layer: LayerSpecification }[] {
  return tileSets.map((tiles, i) => {
    const id = `${BASEMAP_PREFIX}${i}`;
    return {
      id,
      source: { type: 'raster', tiles, tileSize: 256, maxzoom, attribution },
      layer: { id, type: 'raster', source: id },
    };
  });
}

/** Every layer id the map module refers to by name, for the test that they exist in the style. */
export function referencedLayerIds(): LayerId[] {
  return [
    ...interactiveLayers.map((entry) => entry.layer),
    ...workLayers,
    ...Object.values(layerGroups).flat(),
    BASEMAP_BELOW,
  ];
}

/** Ids that are referenced but missing from a style (empty when the style is sound). */
export function missingLayerIds(style: StyleSpecification, referenced: readonly string[]): string[] {
  const present = new Set(style.layers.map((layer) => layer.id));
  return [...new Set(referenced)].filter((id) => !present.has(id));
}

// ---- PMTiles layers and the self-hosted basemap (dynamic, like the raster basemap) ---------------

/** PMTiles layers go above the layout's shapes and under its labels and the planner's work. */
export const TILES_BELOW: LayerId = 'distance-rings-line';
export const TILES_PREFIX = 'tiles-';
/** The local (Protomaps) basemap's layers, under everything the project draws. */
export const LOCAL_BASEMAP_PREFIX = 'localbase-';
const LOCAL_BASEMAP_SOURCE = 'localbase';

/** Colours of PMTiles layers, in the order they were opened (apart from the planner's own). */

/** What style.ts needs to know of an opened archive. */
export interface TileArchiveStyleInput {
  id: string;
  /** The key the pmtiles:// protocol knows the archive by. */
  key: string;
  kind: 'vector' | 'raster';
  sourceLayers: readonly { id: string; geometry: 'Point' | 'LineString' | 'Polygon' | 'unknown' }[];
  minZoom: number;
  maxZoom: number;
  attribution: string;
  color: string;
}

/**
 * An opened archive's attribution as the credits show it: plain text. MapLibre reads a source's
 * attribution as HTML (keeping links), and an archive is whatever file the user was given, so
 * every character that could be markup is escaped. Never empty: an empty one would let the
 * archive's own TileJSON attribution through in its place.
 */
export function plainAttribution(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).trim();
  return escaped === '' ? ' ' : escaped;
}

export function tileSourceId(archiveId: string): string {
  return `${TILES_PREFIX}${archiveId}`;
}

/**
 * An archive's source and its default layers: a raster archive is an overlay; each source-layer
 * of a vector archive is drawn by its geometry type (all three kinds when the archive does not say).
 */
export function tileArchiveLayers(input: TileArchiveStyleInput): { sourceId: string; source: SourceSpecification; layers: LayerSpecification[] } {
  const sourceId = tileSourceId(input.id);
  const url = `pmtiles://${input.key}`;
  if (input.kind === 'raster') {
    return {
      sourceId,
      source: { type: 'raster', url, tileSize: 256, attribution: plainAttribution(input.attribution) },
      layers: [{ id: `${sourceId}-raster`, type: 'raster', source: sourceId, paint: { 'raster-opacity': 0.75 } }],
    };
  }
  const layers: LayerSpecification[] = [];
  for (const { id: sourceLayer, geometry } of input.sourceLayers) {
    const base = `${sourceId}-${sourceLayer}`;
    const common = { source: sourceId, 'source-layer': sourceLayer } as const;
    if (geometry === 'Polygon' || geometry === 'unknown') {
      layers.push({ id: `${base}-fill`, type: 'fill', ...common, filter: polygons, paint: { 'fill-color': input.color, 'fill-opacity': 0.25 } });
      layers.push({ id: `${base}-outline`, type: 'line', ...common, filter: polygons, paint: { 'line-color': input.color, 'line-width': 1 } });
    }
    if (geometry === 'LineString' || geometry === 'unknown') {
      layers.push({
        id: `${base}-line`,
        type: 'line',
        ...common,
        filter: ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false],
        paint: { 'line-color': input.color, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 14, 2.5] },
      });
    }
    if (geometry === 'Point' || geometry === 'unknown') {
      layers.push({
        id: `${base}-circle`,
        type: 'circle',
        ...common,
        filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
        paint: {
          'circle-color': input.color,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 12, 2.2, 15, 4],
          'circle-opacity': 0.8,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 11, 0, 14, 0.8],
        },
      });
    }
  }
  // A source-layer the metadata does not list is not drawn: say so by drawing nothing rather than guessing.
  return { sourceId, source: { type: 'vector', url, attribution: plainAttribution(input.attribution) }, layers };
}

/** The part of @protomaps/basemaps the local basemap needs (loaded lazily by the owner). */
export interface ProtomapsStyles {
  layers: (source: string, flavor: never, options?: { labelsOnly?: boolean; lang?: string }) => LayerSpecification[];
  namedFlavor: (name: string) => never;
}

/**
 * Colours of the local basemap: Protomaps' "white" flavour, paler, so the layout's colours stay
 * the loudest thing on the map; water and roads stay readable.
 */
const LOCAL_BASEMAP_COLORS = {
  background: paper,
  earth: paper,
  water: '#cfe0ee',
  highway: '#f3d9a4',
  highway_casing_early: '#e3c58a',
  highway_casing_late: '#e3c58a',
  major: '#ffffff',
  major_casing_early: '#d9d4c7',
  major_casing_late: '#d9d4c7',
  buildings: '#ebe7dd',
};

/**
 * The self-hosted basemap: the Protomaps layers of its archive, without labels (the style has no
 * glyphs or sprite; the layout names places itself), every id prefixed so it cannot clash.
 */
export function localBasemapLayers(protomaps: ProtomapsStyles, key: string, attribution: string): { sourceId: string; source: SourceSpecification; layers: LayerSpecification[] } {
  const flavor = { ...(protomaps.namedFlavor('white') as object), ...LOCAL_BASEMAP_COLORS } as never;
  const layers = protomaps
    .layers(LOCAL_BASEMAP_SOURCE, flavor)
    .filter((layer) => layer.type !== 'symbol' && layer.type !== 'background')
    .filter((layer) => !('paint' in layer && layer.paint && ('fill-pattern' in layer.paint || 'line-pattern' in layer.paint)))
    .map((layer) => ({ ...layer, id: `${LOCAL_BASEMAP_PREFIX}${layer.id}` }) as LayerSpecification);
  return { sourceId: LOCAL_BASEMAP_SOURCE, source: { type: 'vector', url: `pmtiles://${key}`, attribution }, layers };
}
