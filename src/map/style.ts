import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { GeoData } from '../data/geodata';
import type { SubParkShapeProps } from '../data/types';
import { labelPoints, labelPointsWithin, type LabelClearance } from '../geo/labelPoint';
import { boundsOf } from '../geo/bounds';
import { maskOutside } from '../geo/mask';
import type { Language } from '../i18n/strings';
import type { LayerGroup } from '../state/store';
import {
  clusterColor,
  districtLine,
  hubColor,
  outside,
  paper,
  roleColors,
  townshipColor,
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
  parks: 'parks',
  subParks: 'subparks',
  clusters: 'clusters',
  hubs: 'hubs',
  parkLabels: 'park-labels',
  neighbourLabels: 'neighbour-labels',
  subParkLabels: 'subpark-labels',
} as const;

/** Layers the user can click or hover, with the selection kind each one yields. */
export const interactiveLayers = {
  'parks-fill': 'park',
  'subparks-fill': 'subpark',
  'subparks-point': 'subpark',
  'clusters-circle': 'cluster',
  'hubs-point': 'hub',
  'townships-dot': 'township',
} as const;

/** Which style layers each switch in the layer panel shows or hides. */
export const layerGroups: Record<LayerGroup, string[]> = {
  parks: ['parks-fill', 'parks-line', 'parks-selected-line', 'parks-label'],
  subparks: ['subparks-fill', 'subparks-line', 'subparks-point', 'subparks-label'],
  clusters: ['clusters-ring', 'clusters-circle'],
  townships: ['townships-dot', 'townships-label'],
  hubs: ['hubs-point', 'hubs-label'],
  neighbours: ['neighbours-fill', 'neighbours-line', 'neighbours-label'],
};

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

const parkColor: ExpressionSpecification = [
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

const roleLabels: Record<Language, Record<string, string>> = {
  zh: { city: '一城', core: '一核', zone: '一区', north: '两翼 · 北翼', south: '两翼 · 南翼' },
  en: { city: 'One city', core: 'One core', zone: 'One zone', north: 'North wing', south: 'South wing' },
};

/** The label of each kind of feature in the given language. */
export function labelFields(language: Language): Record<string, DataDrivenPropertyValueSpecification<string>> {
  const name: ExpressionSpecification = language === 'zh' ? ['get', 'name'] : ['get', 'nameEn'];
  const roles = roleLabels[language];
  return {
    'parks-label': [
      'format',
      name,
      { 'font-scale': 1 },
      '\n',
      {},
      [
        'match',
        ['get', 'role'],
        'city',
        roles.city ?? '',
        'core',
        roles.core ?? '',
        'zone',
        roles.zone ?? '',
        'wing',
        ['match', ['get', 'wing'], 'north', roles.north ?? '', roles.south ?? ''],
        '',
      ],
      { 'font-scale': 0.8 },
    ] as unknown as ExpressionSpecification,
    'subparks-label': name,
    'townships-label': name,
    'hubs-label': name,
    'neighbours-label': name,
  };
}

function layers(language: Language): LayerSpecification[] {
  const labels = labelFields(language);
  return [
    { id: 'background', type: 'background', paint: { 'background-color': outside } },
    {
      id: 'neighbours-fill',
      type: 'fill',
      source: SOURCE.neighbours,
      paint: { 'fill-color': '#eef1f4', 'fill-outline-color': '#b7c1cc' },
    },
    {
      id: 'neighbours-line',
      type: 'line',
      source: SOURCE.neighbours,
      paint: { 'line-color': '#aeb9c5', 'line-width': 0.8 },
    },
    { id: 'district-fill', type: 'fill', source: SOURCE.district, paint: { 'fill-color': paper } },
    {
      id: 'mask-fill',
      type: 'fill',
      source: SOURCE.mask,
      paint: { 'fill-color': '#9aa7b5', 'fill-opacity': 0.28 },
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
        'fill-opacity': ['case', selected, 0.6, hovered, 0.5, 0.32],
      },
    },
    {
      id: 'parks-line',
      type: 'line',
      source: SOURCE.parks,
      paint: {
        'line-color': parkColor,
        'line-width': ['case', hovered, 2.5, 1.6],
        // Dashed on purpose: the outlines are schematic.
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'parks-selected-line',
      type: 'line',
      source: SOURCE.parks,
      paint: { 'line-color': '#111111', 'line-width': 3, 'line-opacity': ['case', selected, 1, 0] },
    },
    {
      id: 'subparks-fill',
      type: 'fill',
      source: SOURCE.subParks,
      filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
      paint: {
        'fill-color': subParkParentColor,
        'fill-opacity': ['case', selected, 0.55, hovered, 0.45, 0.25],
      },
    },
    {
      id: 'subparks-line',
      type: 'line',
      source: SOURCE.subParks,
      filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
      paint: {
        'line-color': ['case', selected, '#111111', subParkParentColor],
        'line-width': ['case', selected, 2.5, 1],
        'line-dasharray': [1, 1.5],
      },
    },
    {
      id: 'hubs-point',
      type: 'circle',
      source: SOURCE.hubs,
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': ['case', selected, 8, hovered, 7, 5.5],
        'circle-stroke-color': hubColor,
        'circle-stroke-width': ['case', selected, 3.5, 2.5],
      },
    },
    {
      id: 'townships-dot',
      type: 'circle',
      source: SOURCE.townships,
      paint: {
        'circle-color': townshipColor,
        'circle-radius': ['case', selected, 5, hovered, 4, 2.5],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'clusters-ring',
      type: 'circle',
      source: SOURCE.clusters,
      filter: ['==', ['get', 'agglomerationLevel'], 'municipal'],
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['case', selected, 15, hovered, 14, 12],
        'circle-stroke-color': clusterColor,
        'circle-stroke-width': 2,
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
          ['case', selected, 3, hovered, 2, 0],
        ],
        'circle-stroke-color': ['case', selected, '#111111', '#ffffff'],
        'circle-stroke-width': ['case', selected, 3, 1.5],
      },
    },
    {
      id: 'subparks-point',
      type: 'circle',
      source: SOURCE.subParks,
      filter: ['==', ['geometry-type'], 'Point'],
      minzoom: 10,
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': ['case', selected, 7, hovered, 6, 4.5],
        'circle-stroke-color': ['case', selected, '#111111', subParkParentColor],
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'neighbours-label',
      type: 'symbol',
      source: SOURCE.neighbourLabels,
      layout: {
        'text-field': labels['neighbours-label'],
        'text-font': labelFonts,
        'text-size': 12,
        'text-letter-spacing': 0.1,
      },
      paint: { 'text-color': '#8391a0', 'text-halo-color': '#eef1f4', 'text-halo-width': 1 },
    },
    {
      id: 'townships-label',
      type: 'symbol',
      source: SOURCE.townships,
      layout: {
        'text-field': labels['townships-label'],
        'text-font': labelFonts,
        'text-size': 11.5,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'symbol-sort-key': 3,
      },
      paint: { 'text-color': '#44505c', 'text-halo-color': paper, 'text-halo-width': 1.4 },
    },
    {
      id: 'hubs-label',
      type: 'symbol',
      source: SOURCE.hubs,
      layout: {
        'text-field': labels['hubs-label'],
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
        'text-field': labels['subparks-label'],
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
        'text-field': labels['parks-label'],
        'text-font': labelFonts,
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, 12, 13, 16],
        'text-max-width': 9,
        'symbol-sort-key': 0,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.5,
      },
      paint: { 'text-color': parkColor, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
}

/** The district's bounding box grown by a fifth on each side: where neighbours are labelled. */
function nearDistrict(data: GeoData): [number, number, number, number] {
  const [[west, south], [east, north]] = boundsOf(data.district);
  const dx = (east - west) / 5;
  const dy = (north - south) / 5;
  return [west - dx, south - dy, east + dx, north + dy];
}

/**
 * Point symbols a park's name must not cover: MapLibre keeps labels off each other but not off
 * circles, and a schematic park is often centred on its town (三教). About 600 m: clear at
 * the park's own zoom, a few pixels at the district's.
 */
function parkLabelClearance(data: GeoData): LabelClearance {
  const points = [...data.clusters.features, ...data.hubs.features, ...data.subParks.features]
    .map((feature) => feature.geometry)
    .filter((geometry): geometry is GeoJSON.Point => geometry.type === 'Point')
    .map((geometry) => geometry.coordinates);
  return { avoid: points, degrees: 0.006 };
}

/** The whole cartography of the default, offline map in one place. */
export function buildStyle(data: GeoData, language: Language): StyleSpecification {
  const districtGeometry = data.district.features[0]?.geometry;
  return {
    version: 8,
    name: 'yongchuan-layout',
    sources: {
      [SOURCE.district]: { type: 'geojson', data: data.district },
      [SOURCE.mask]: {
        type: 'geojson',
        data: districtGeometry ? maskOutside(districtGeometry) : { type: 'FeatureCollection', features: [] },
      },
      [SOURCE.neighbours]: { type: 'geojson', data: data.neighbours, promoteId: 'id' },
      [SOURCE.townships]: { type: 'geojson', data: data.townships, promoteId: 'id' },
      [SOURCE.parks]: { type: 'geojson', data: data.parks, promoteId: 'id' },
      [SOURCE.subParks]: { type: 'geojson', data: data.subParks, promoteId: 'id' },
      [SOURCE.clusters]: { type: 'geojson', data: data.clusters, promoteId: 'id' },
      [SOURCE.hubs]: { type: 'geojson', data: data.hubs, promoteId: 'id' },
      // Polygons get one label point each, so a label is not repeated on every tile.
      [SOURCE.parkLabels]: { type: 'geojson', data: labelPoints(data.parks, parkLabelClearance(data)) },
      [SOURCE.neighbourLabels]: { type: 'geojson', data: labelPointsWithin(data.neighbours, nearDistrict(data)) },
      [SOURCE.subParkLabels]: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: [
            ...data.subParks.features.filter((feature) => feature.geometry.type === 'Point'),
            ...labelPoints({
              type: 'FeatureCollection',
              features: data.subParks.features.filter(
                (feature): feature is GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, SubParkShapeProps> =>
                  feature.geometry.type !== 'Point',
              ),
            }).features,
          ],
        },
      },
    },
    layers: layers(language),
  };
}
