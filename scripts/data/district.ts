/** The district outline: 永川区 (500118) from echarts@4.9.0's Chongqing map. */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { DistrictProps } from '../../src/data/types';
import { normalizePolygonal } from '../../src/geo/normalize';
import type { MapUnit } from './echartsMap';
import { SOURCES } from './sources';

export const DISTRICT_CODE = '500118';

export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProps>;

export function buildDistrict(chongqing: readonly MapUnit[]): DistrictFeature {
  const unit = chongqing.find((u) => u.id === DISTRICT_CODE);
  if (!unit) throw new Error(`${SOURCES.chongqing.cite}: no feature ${DISTRICT_CODE}`);
  if (unit.name !== '永川区') throw new Error(`feature ${DISTRICT_CODE} is named ${unit.name}, expected 永川区`);
  const properties: DistrictProps = {
    id: DISTRICT_CODE,
    name: '永川区',
    nameEn: 'Yongchuan District',
    accuracy: 'official-outline',
    source: SOURCES.chongqing.cite,
    licence: SOURCES.chongqing.licence,
  };
  return {
    type: 'Feature',
    id: DISTRICT_CODE,
    properties,
    geometry: normalizePolygonal(unit.geometry),
  };
}
