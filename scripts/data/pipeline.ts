/**
 * The whole geodata build as one pure step: inputs (file texts) -> layer texts.
 * build.ts reads the inputs and writes the outputs; tests run it in memory.
 */
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { area, bbox } from '@turf/turf';
import { PROPERTY_ORDER, formatFeatureCollection } from '../../src/geo/geojsonFormat';
import { vertexCount } from '../../src/geo/normalize';
import type { LonLat } from '../../src/geo/shapes';
import { buildClusters } from './clusters';
import { DISTRICT_CODE, buildDistrict } from './district';
import { parseEchartsMap } from './echartsMap';
import { buildHubs } from './hubs';
import { keptFeatures } from './kept';
import { labelPoint, labelPointWithin, withLabel, type LabelClearance } from './labels';
import { buildNeighbours } from './neighbours';
import { buildParks } from './parks';
import { PARK_IDS, readPlacementTowns, readPlanClusters, readPlanParks, readPlanSubParks } from './plan';
import { LAYER_FILES, PLAN_FILES, SOURCES, type BuildInputs, type LayerName } from './sources';
import { buildSubParks } from './subparks';
import { buildTownshipAreas } from './townshipAreas';
import { buildTownships } from './townships';
import { cleanTowns, readSourceTowns } from './towns';

export interface BuildSummary {
  districtAreaKm2: number;
  districtVertices: number;
  /** Vertices of the display and detail town polygons (shared edges counted once per town). */
  townVertices: { display: number; detail: number };
  /** Parts the cleaning removed as slivers or crumbs. */
  removedTownParts: { code9: string; km2: number }[];
  counts: Record<LayerName, number>;
  kept: string[];
}

export interface BuildOutput {
  /** Layer file (relative path) -> text. */
  files: Record<(typeof LAYER_FILES)[LayerName], string>;
  summary: BuildSummary;
}

export async function buildLayers(inputs: BuildInputs): Promise<BuildOutput> {
  const chongqing = parseEchartsMap(inputs.chongqingJson, SOURCES.chongqing.cite);
  const towns = await cleanTowns(readSourceTowns(inputs.townsGeoJson, SOURCES.towns.cite, DISTRICT_CODE));
  const district = buildDistrict(chongqing, towns.districtDisplay);
  const [w, s, e, n] = bbox(district.geometry);
  const origin: LonLat = { lon: (w + e) / 2, lat: (s + n) / 2 };

  const neighbours = buildNeighbours(
    [
      { units: chongqing, cite: SOURCES.chongqing.cite, licence: SOURCES.chongqing.licence },
      { units: parseEchartsMap(inputs.luzhouJson, SOURCES.luzhou.cite), cite: SOURCES.luzhou.cite, licence: SOURCES.luzhou.licence },
      { units: parseEchartsMap(inputs.neijiangJson, SOURCES.neijiang.cite), cite: SOURCES.neijiang.cite, licence: SOURCES.neijiang.licence },
    ],
    district.geometry,
    origin,
  );

  const townships = buildTownships(inputs.streetsCsv, inputs.geonamesTxt, district.geometry);
  const planClusters = readPlanClusters(inputs.planClustersJson, PLAN_FILES.clusters);
  const townshipAreas = buildTownshipAreas(towns, townships, planClusters);
  const seats = new Map<string, Position>(townships.map((t) => [t.properties.code, t.geometry.coordinates]));

  const keptParks = keptFeatures(inputs.existing.parks, LAYER_FILES.parks);
  const keptSubParks = keptFeatures(inputs.existing.subparks, LAYER_FILES.subparks);
  const keptHubs = keptFeatures(inputs.existing.hubs, LAYER_FILES.hubs);

  const parks = buildParks(readPlanParks(inputs.planParksJson, PLAN_FILES.parks), seats, district.geometry, keptParks, {
    namedTowns: readPlacementTowns(inputs.planPlacementsJson, PLAN_FILES.placements),
    townsDisplay: townshipAreas.display,
    townsDetail: townshipAreas.detail,
  });
  const bonded = parks.geometries.get('bonded-zone');
  const subParks = buildSubParks(
    readPlanSubParks(inputs.planSubParksJson, PLAN_FILES.subparks),
    parks.frames,
    parks.geometries,
    keptSubParks,
    bonded ? [bonded] : [],
    new Set(PARK_IDS.filter((id) => keptParks.has(id))),
  );
  const clusters = buildClusters(planClusters, townships);
  const hubs = buildHubs({ seats, district: district.geometry, airport: inputs.airport }, keptHubs);

  // Label points (scripts/data/labels.ts). A park's keeps clear of the point symbols drawn over
  // parks, about 600 m: a schematic park is often centred on its town's cluster symbol.
  const symbols: LabelClearance = {
    avoid: [...clusters, ...hubs, ...subParks]
      .map((feature) => feature.geometry)
      .filter((geometry): geometry is Point => geometry.type === 'Point')
      .map((geometry) => geometry.coordinates),
    degrees: 0.006,
  };
  // Neighbouring districts are labelled where they are seen: within a fifth of the district's size around it.
  const near: [number, number, number, number] = [w - (e - w) / 5, s - (n - s) / 5, e + (e - w) / 5, n + (n - s) / 5];
  const polygonal = (feature: Feature): feature is Feature<Polygon | MultiPolygon> =>
    feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';

  const text = (features: readonly Feature[]): string => formatFeatureCollection(features, PROPERTY_ORDER);
  const layers: Record<LayerName, readonly Feature[]> = {
    district: [district],
    neighbours: neighbours.map((feature) => withLabel(feature, labelPointWithin(feature.geometry, near))),
    townships,
    townshipAreas: townshipAreas.display,
    townshipAreasDetail: townshipAreas.detail,
    parks: parks.features.map((feature) => (polygonal(feature) ? withLabel(feature, labelPoint(feature.geometry, symbols)) : feature)),
    subparks: subParks.map((feature) => (polygonal(feature) ? withLabel(feature, labelPoint(feature.geometry)) : feature)),
    clusters,
    hubs,
  };
  return {
    files: {
      [LAYER_FILES.district]: text(layers.district),
      [LAYER_FILES.neighbours]: text(layers.neighbours),
      [LAYER_FILES.townships]: text(layers.townships),
      [LAYER_FILES.townshipAreas]: text(layers.townshipAreas),
      [LAYER_FILES.townshipAreasDetail]: text(layers.townshipAreasDetail),
      [LAYER_FILES.parks]: text(layers.parks),
      [LAYER_FILES.subparks]: text(layers.subparks),
      [LAYER_FILES.clusters]: text(layers.clusters),
      [LAYER_FILES.hubs]: text(layers.hubs),
    },
    summary: {
      districtAreaKm2: area(district.geometry) / 1e6,
      districtVertices: vertexCount(district.geometry),
      townVertices: {
        display: towns.display.reduce((n, f) => n + vertexCount(f.geometry), 0),
        detail: towns.detail.reduce((n, f) => n + vertexCount(f.geometry), 0),
      },
      removedTownParts: towns.removedParts,
      counts: {
        district: 1,
        neighbours: neighbours.length,
        townships: townships.length,
        townshipAreas: townshipAreas.display.length,
        townshipAreasDetail: townshipAreas.detail.length,
        parks: parks.features.length,
        subparks: subParks.length,
        clusters: clusters.length,
        hubs: hubs.length,
      },
      kept: [...keptParks.keys(), ...keptSubParks.keys(), ...keptHubs.keys()],
    },
  };
}
