/**
 * The planner's check of imported or drawn polygons against the plan's layout: area,
 * overlap with each park's schematic shape, township seats inside, distance to the
 * nearest park, the towns (镇街) it lies in with their shares, and, for an outline meant to replace a park's shape, the difference
 * from the plan's area figure. Pure.
 */
import { area } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Park, ParkId, ParkShapeProps, TownshipProps } from '../data/types';
import { boundaryDistanceKm, overlapKm2, pointInside, type Polygonal } from '../geo/inside';
import { townsOf, type TownArea, type TownShareResult } from '../geo/towns';
import { m2ToMu } from './measure';
import { featureName, isPolygonal } from './geometry';
import type { WorkFeature } from './types';

export interface ParkOverlap {
  parkId: ParkId;
  km2: number;
  /** Share of the checked polygon's area. */
  share: number;
}

export interface Replacement {
  parkId: ParkId;
  /** The plan's figure the schematic shape is sized to. */
  planKm2: number;
  diffKm2: number;
  /** (area − plan) / plan. */
  diffShare: number;
  overlapKm2: number;
  /** Share of the schematic shape covered by the new outline. */
  overlapShareOfSchematic: number;
}

export interface CheckRow {
  layerName: string;
  featureId: string;
  featureName: string;
  areaKm2: number;
  areaMu: number;
  overlaps: ParkOverlap[];
  /** Township seats inside (codes). */
  seats: string[];
  nearestPark: { parkId: ParkId; km: number } | null;
  replacement: Replacement | null;
  /** The towns it lies in (share of its area), largest first; null while the town polygons are not loaded. */
  towns: TownShareResult[] | null;
}

export interface CheckContext {
  parks: FeatureCollection<Polygon | MultiPolygon, ParkShapeProps>;
  townships: FeatureCollection<Point, TownshipProps>;
  plan: readonly Park[];
  origin: { lon: number; lat: number };
  /** The full-detail town polygons (loaded lazily); without them `towns` is null. */
  townAreas?: readonly TownArea[];
}

/** The plan's area figure a park's schematic shape stands for. */
export function planFigureKm2(plan: readonly Park[], parkId: ParkId): number | null {
  const park = plan.find((p) => p.id === parkId);
  return park?.areas.find((a) => a.kind === park.shapeSizedBy)?.valueKm2 ?? null;
}

export function checkPolygon(
  feature: WorkFeature,
  layerName: string,
  replaces: ParkId | undefined,
  context: CheckContext,
): CheckRow | null {
  if (!isPolygonal(feature.geometry)) return null;
  const geometry: Polygonal = feature.geometry;
  const m2 = area(geometry);
  const km2 = m2 / 1e6;
  const overlaps: ParkOverlap[] = [];
  let nearest: CheckRow['nearestPark'] = null;
  for (const park of context.parks.features) {
    const parkId = park.properties.id;
    const overlap = overlapKm2(geometry, park.geometry);
    if (overlap > 1e-6) overlaps.push({ parkId, km2: overlap, share: km2 > 0 ? overlap / km2 : 0 });
    const km = overlap > 1e-6 ? 0 : boundaryDistanceKm(geometry, park.geometry, context.origin);
    if (!nearest || km < nearest.km) nearest = { parkId, km };
  }
  const seats = context.townships.features
    .filter((t) => pointInside(t.geometry.coordinates, geometry))
    .map((t) => t.properties.code);
  let replacement: Replacement | null = null;
  if (replaces) {
    const planKm2 = planFigureKm2(context.plan, replaces);
    const schematic = context.parks.features.find((p) => p.properties.id === replaces);
    if (planKm2 !== null && schematic) {
      const overlap = overlaps.find((o) => o.parkId === replaces)?.km2 ?? 0;
      const schematicKm2 = area(schematic.geometry) / 1e6;
      replacement = {
        parkId: replaces,
        planKm2,
        diffKm2: km2 - planKm2,
        diffShare: (km2 - planKm2) / planKm2,
        overlapKm2: overlap,
        overlapShareOfSchematic: schematicKm2 > 0 ? overlap / schematicKm2 : 0,
      };
    }
  }
  return {
    layerName,
    featureId: feature.id,
    featureName: featureName(feature.properties) ?? feature.id,
    areaKm2: km2,
    areaMu: m2ToMu(m2),
    overlaps,
    seats,
    nearestPark: nearest,
    replacement,
    towns: context.townAreas ? townsOf(geometry, context.townAreas) : null,
  };
}
