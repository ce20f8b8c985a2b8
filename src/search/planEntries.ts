import type { GeoData } from '../data/geodata';
import { clusters, industries, parkById, parks, subParks } from '../data/plan';
import { buildEntry, type EntrySource, type SearchEntry } from './searchIndex';

/** Every findable thing of the map: parks, sub-parks, industries, clusters, township seats and hubs. */
export function planSearchSources(data: Pick<GeoData, 'townships' | 'hubs'>): EntrySource[] {
  return [
    ...parks.map((park): EntrySource => ({ kind: 'park', id: park.id, name: park.name, aliases: park.aliases })),
    ...subParks.map(
      (subPark): EntrySource => ({
        kind: 'subpark',
        id: subPark.id,
        name: subPark.name,
        aliases: subPark.aliases,
        context: parkById(subPark.parentId)?.name,
      }),
    ),
    ...industries.map(
      (industry): EntrySource => ({
        kind: 'industry',
        id: industry.id,
        name: industry.name,
        // The towns' table calls 智能装备 "装备制造".
        aliases: industry.id === 'smart-equipment' ? ['装备制造'] : [],
        related: industry.subSectors,
      }),
    ),
    ...clusters.map((cluster): EntrySource => ({ kind: 'cluster', id: cluster.id, name: cluster.name })),
    ...data.townships.features.map(
      (feature): EntrySource => ({
        kind: 'township',
        id: feature.properties.id,
        name: { zh: feature.properties.name, en: feature.properties.nameEn },
      }),
    ),
    ...data.hubs.features.map(
      (feature): EntrySource => ({
        kind: 'hub',
        id: feature.properties.id,
        name: { zh: feature.properties.name, en: feature.properties.nameEn },
      }),
    ),
  ];
}

export function buildPlanSearchIndex(data: Pick<GeoData, 'townships' | 'hubs'>): SearchEntry[] {
  return planSearchSources(data).map(buildEntry);
}
