import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import districtUrl from '../../geodata/district.geojson?url';
import neighboursUrl from '../../geodata/neighbours.geojson?url';
import townshipsUrl from '../../geodata/townships.geojson?url';
import townshipAreasUrl from '../../geodata/township-areas.geojson?url';
import townshipAreasDetailUrl from '../../geodata/township-areas-detail.geojson?url';
import parksUrl from '../../geodata/parks.geojson?url';
import subParksUrl from '../../geodata/subparks.geojson?url';
import clustersUrl from '../../geodata/clusters.geojson?url';
import hubsUrl from '../../geodata/hubs.geojson?url';
import type {
  ClusterPointProps,
  DistrictProps,
  HubProps,
  NeighbourProps,
  ParkShapeProps,
  SubParkShapeProps,
  TownshipAreaProps,
  TownshipProps,
} from './types';

export interface GeoData {
  district: FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
  neighbours: FeatureCollection<Polygon | MultiPolygon, NeighbourProps>;
  townships: FeatureCollection<Point, TownshipProps>;
  /** The 23 镇街 polygons, simplified for display (shared edges kept); detail: loadTownshipAreasDetail. */
  townshipAreas: FeatureCollection<Polygon | MultiPolygon, TownshipAreaProps>;
  parks: FeatureCollection<Polygon | MultiPolygon, ParkShapeProps>;
  subParks: FeatureCollection<Polygon | MultiPolygon | Point, SubParkShapeProps>;
  clusters: FeatureCollection<Point, ClusterPointProps>;
  hubs: FeatureCollection<Point, HubProps>;
}

const urls: Record<keyof GeoData, string> = {
  district: districtUrl,
  neighbours: neighboursUrl,
  townships: townshipsUrl,
  townshipAreas: townshipAreasUrl,
  parks: parksUrl,
  subParks: subParksUrl,
  clusters: clustersUrl,
  hubs: hubsUrl,
};

async function fetchCollection(name: string, url: string): Promise<FeatureCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { type?: unknown }).type !== 'FeatureCollection' ||
    !Array.isArray((json as { features?: unknown }).features)
  ) {
    throw new Error(`${name}: not a GeoJSON FeatureCollection`);
  }
  return json as FeatureCollection;
}

/** Loads every layer the map draws. The files are the project's own, checked by `npm run data:check`. */
export async function loadGeoData(): Promise<GeoData> {
  const entries = await Promise.all(
    (Object.keys(urls) as (keyof GeoData)[]).map(
      async (key) => [key, await fetchCollection(key, urls[key])] as const,
    ),
  );
  return Object.fromEntries(entries) as unknown as GeoData;
}

export type TownshipAreas = FeatureCollection<Polygon | MultiPolygon, TownshipAreaProps>;

let detailPending: Promise<TownshipAreas> | undefined;

/**
 * The 23 镇街 polygons in full detail (about 210 KB gzip), for the workbench checks and
 * exports: fetched on the first call only, never at start. A failed fetch may be retried.
 */
export function loadTownshipAreasDetail(): Promise<TownshipAreas> {
  detailPending ??= fetchCollection('townshipAreasDetail', townshipAreasDetailUrl).then(
    (c) => c as TownshipAreas,
    (e: unknown) => {
      detailPending = undefined;
      throw e;
    },
  );
  return detailPending;
}

/** Every name the map may label, so the fonts for them can be loaded before the map draws. */
export function labelText(data: GeoData): string {
  const names = new Set<string>();
  for (const collection of Object.values(data) as FeatureCollection[]) {
    for (const feature of collection.features) {
      const properties = feature.properties as { name?: unknown; nameEn?: unknown } | null;
      if (typeof properties?.name === 'string') names.add(properties.name);
      if (typeof properties?.nameEn === 'string') names.add(properties.nameEn);
    }
  }
  // Role captions drawn under park names (see map/style.ts).
  names.add('一城一核两翼一区南北翼 ·');
  return [...names].join('');
}
