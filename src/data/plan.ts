/**
 * The plan's facts, transcribed in geodata/plan/*.json, as typed constants with lookups.
 * The JSON is checked against the plan text and these types by tests/unit/plan-data.test.ts.
 */
import clustersJson from '../../geodata/plan/clusters.json';
import inconsistenciesJson from '../../geodata/plan/inconsistencies.json';
import indicatorsJson from '../../geodata/plan/indicators.json';
import industriesJson from '../../geodata/plan/industries.json';
import otherTownsJson from '../../geodata/plan/other-towns.json';
import parksJson from '../../geodata/plan/parks.json';
import subParksJson from '../../geodata/plan/subparks.json';
import type {
  Cluster,
  Inconsistency,
  Indicator,
  Industry,
  IndustryId,
  OtherTownsNote,
  Park,
  ParkId,
  SubPark,
} from './types';

// JSON literals widen to string/number; the enum-like fields are checked at test time.
export const parks = parksJson as Park[];
export const subParks = subParksJson as SubPark[];
export const clusters = clustersJson as Cluster[];
export const otherTowns = otherTownsJson as OtherTownsNote;
export const industries = industriesJson as Industry[];
export const indicators = indicatorsJson as Indicator[];
export const inconsistencies = inconsistenciesJson as Inconsistency[];

function indexBy<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const parkIndex = indexBy(parks);
const subParkIndex = indexBy(subParks);
const clusterIndex = indexBy(clusters);
const industryIndex = indexBy(industries);

export function parkById(id: ParkId | string): Park | undefined {
  return parkIndex.get(id);
}

export function subParkById(id: string): SubPark | undefined {
  return subParkIndex.get(id);
}

export function clusterById(id: string): Cluster | undefined {
  return clusterIndex.get(id);
}

export function industryById(id: IndustryId | string): Industry | undefined {
  return industryIndex.get(id);
}
