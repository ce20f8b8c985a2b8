/**
 * The district outline, 永川区 (500118): the dissolve of the 23 cleaned town polygons
 * (towns.ts), so the district's edge and the towns' outer edge are one line. The ECharts
 * outline (echarts@4.9.0) is still read, to check the name and code and to compare.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { DistrictProps } from '../../src/data/types';
import { normalizePolygonal } from '../../src/geo/normalize';
import type { MapUnit } from './echartsMap';
import { SOURCES } from './sources';

export const DISTRICT_CODE = '500118';

export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProps>;

export const DISTRICT_SOURCE = `dissolve of the 23 township polygons, ${SOURCES.towns.cite}`;

export function buildDistrict(chongqing: readonly MapUnit[], townsDissolved: Polygon | MultiPolygon): DistrictFeature {
  const unit = chongqing.find((u) => u.id === DISTRICT_CODE);
  if (!unit) throw new Error(`${SOURCES.chongqing.cite}: no feature ${DISTRICT_CODE}`);
  if (unit.name !== '永川区') throw new Error(`feature ${DISTRICT_CODE} is named ${unit.name}, expected 永川区`);
  const properties: DistrictProps = {
    id: DISTRICT_CODE,
    name: '永川区',
    nameEn: 'Yongchuan District',
    accuracy: 'web-map-outline',
    source: DISTRICT_SOURCE,
    licence: SOURCES.towns.licence,
  };
  return {
    type: 'Feature',
    id: DISTRICT_CODE,
    properties,
    geometry: normalizePolygonal(townsDissolved),
  };
}
