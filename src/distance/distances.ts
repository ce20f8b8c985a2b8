/**
 * Straight-line (great-circle) distances from the layout's places to the transport hubs
 * and the two big cities. The places are schematic shapes or township seats and the hubs
 * are approximate, so every distance carries both uncertainties.
 */
import turfCircle from '@turf/circle';
import turfDistance from '@turf/distance';
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import type { GeoData } from '../data/geodata';
import type { Accuracy, HubProps } from '../data/types';
import { storedLabelPoint } from '../geo/storedLabels';
import type { Selection } from '../data/selection';

/** The hubs distances are given to, in the order shown (the list: hubs, then the cities). */
export const DISTANCE_HUB_IDS = [
  'yongchuan-east-station',
  'da-an-general-airport',
  'zhutuo-port',
  'ckg-airport',
  'chongqing-centre',
  'chengdu-centre',
] as const;

export interface Place {
  position: Position;
  accuracy: Accuracy;
  /** True when the position is the centre of a schematic shape rather than a point. */
  shapeCentre: boolean;
}

export interface HubDistance {
  hubId: string;
  km: number;
  /** How far off the hub's own position may be. */
  hubUncertaintyKm: number;
  hubAccuracy: Accuracy;
}

export function kmBetween(a: Position, b: Position): number {
  return turfDistance(a, b, { units: 'kilometers' });
}

/** Where distances are measured from: a point's position, or the centre of a shape. */
export function placeOf(selection: Selection, data: GeoData): Place | null {
  if (selection.kind === 'park' || selection.kind === 'subpark') {
    const collection = selection.kind === 'park' ? data.parks : data.subParks;
    const feature = collection.features.find((f) => f.properties.id === selection.id);
    if (!feature) return null;
    if (feature.geometry.type === 'Point') {
      return { position: feature.geometry.coordinates, accuracy: feature.properties.accuracy, shapeCentre: false };
    }
    // A shape is measured from its label point (inside it, stored by the data build).
    const centre = storedLabelPoint(feature.properties);
    if (!centre) return null;
    return { position: centre, accuracy: feature.properties.accuracy, shapeCentre: true };
  }
  if (selection.kind === 'cluster') {
    const feature = data.clusters.features.find((f) => f.properties.id === selection.id);
    if (!feature) return null;
    return { position: feature.geometry.coordinates, accuracy: feature.properties.accuracy, shapeCentre: false };
  }
  return null;
}

export function distanceHubs(data: GeoData): Feature<Point, HubProps>[] {
  return DISTANCE_HUB_IDS.flatMap((id) => data.hubs.features.filter((hub) => hub.properties.id === id));
}

export function distancesFrom(position: Position, hubs: readonly Feature<Point, HubProps>[]): HubDistance[] {
  return hubs.map((hub) => ({
    hubId: hub.properties.id,
    km: kmBetween(position, hub.geometry.coordinates),
    hubUncertaintyKm: hub.properties.uncertaintyM / 1000,
    hubAccuracy: hub.properties.accuracy,
  }));
}

/** Whether a place lies within `km` of a hub, in a straight line. */
export function isWithin(position: Position, hub: Feature<Point, HubProps>, km: number): boolean {
  return kmBetween(position, hub.geometry.coordinates) <= km;
}

/** Distance rings around a place, each labelled with its radius. */
export function ringsAround(position: Position, radiiKm: readonly number[]): FeatureCollection<Polygon, { km: number }> {
  return {
    type: 'FeatureCollection',
    features: radiiKm.map((km) => {
      const ring = turfCircle(position, km, { units: 'kilometers', steps: 96 });
      return { type: 'Feature', properties: { km }, geometry: ring.geometry };
    }),
  };
}

/** 3.14159 -> 3.1; 56.7 -> 57: a tenth of a km means nothing at city distances. */
export function roundKm(km: number): number {
  return km < 20 ? Math.round(km * 10) / 10 : Math.round(km);
}
