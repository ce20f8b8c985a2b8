/**
 * The township-areas layers (display and detail): the cleaned town polygons of towns.ts
 * with the seats' identity (id = the seat's 12-digit code), the 9-digit NBS code, names,
 * type, the derived area and, where the town hosts a plan 表4 cluster, its id and levels.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/turf';
import type { TownshipAreaProps } from '../../src/data/types';
import type { PlanClusterFacts } from './plan';
import { SOURCES } from './sources';
import type { TownshipFeature } from './townships';
import type { CleanTowns, TownGeometryFeature } from './towns';

export type TownshipAreaFeature = Feature<Polygon | MultiPolygon, TownshipAreaProps>;

/** km² to 2 decimals (10,000 m²), the precision the derived figure is shown with. */
export function roundKm2(km2: number): number {
  return Math.round(km2 * 100) / 100;
}

export function buildTownshipAreas(
  towns: CleanTowns,
  seats: readonly TownshipFeature[],
  clusters: readonly PlanClusterFacts[],
): { display: TownshipAreaFeature[]; detail: TownshipAreaFeature[] } {
  const detailKm2 = new Map(towns.detail.map((f) => [f.properties.code9, area(f.geometry) / 1e6]));
  const make = (f: TownGeometryFeature): TownshipAreaFeature => {
    const seat = seats.find((s) => s.properties.code === `${f.properties.code9}000`);
    if (!seat) throw new Error(`town ${f.properties.code9} has no seat in townships`);
    const cluster = clusters.find((c) => c.townshipCode === seat.properties.code);
    const properties: TownshipAreaProps = {
      id: seat.properties.id,
      code: f.properties.code9,
      name: seat.properties.name,
      nameEn: seat.properties.nameEn,
      type: seat.properties.type,
      ...(cluster
        ? { clusterId: cluster.id, agglomerationLevel: cluster.agglomerationLevel, incubatorLevel: cluster.incubatorLevel }
        : {}),
      areaKm2: roundKm2(detailKm2.get(f.properties.code9) ?? NaN),
      accuracy: 'web-map-outline',
      source: SOURCES.towns.cite,
      licence: SOURCES.towns.licence,
    };
    return { type: 'Feature', id: properties.id, properties, geometry: f.geometry };
  };
  if (seats.length !== towns.detail.length) throw new Error(`${seats.length} seats but ${towns.detail.length} town polygons`);
  return { display: towns.display.map(make), detail: towns.detail.map(make) };
}
