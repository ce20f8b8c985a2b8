import { clusters, industries, otherTowns, parks, subParks } from '../data/plan';
import type { IndustryId } from '../data/types';
import type { Selection } from '../data/selection';
import { buildHostIndex, hostKey, hostKeysOf, type HostIndex } from './hostIndex';

/** The host index of the plan's own data, built once. */
export const planHostIndex: HostIndex = buildHostIndex({ industries, parks, subParks, clusters, otherTowns });

/** Kinds the lens speaks about; hubs and township seats are neither hosts nor dimmed. */
const LENS_KINDS = new Set<Selection['kind']>(['park', 'subpark', 'cluster', 'other-towns']);

export type LensStatus = 'off' | 'host' | 'dimmed' | 'neutral';

const keysCache = new WeakMap<readonly IndustryId[], ReadonlySet<string>>();

/** Host keys of the chosen industries, cached per filter array (the store replaces it on change). */
export function lensHostKeys(filter: readonly IndustryId[]): ReadonlySet<string> {
  let keys = keysCache.get(filter);
  if (!keys) {
    keys = hostKeysOf(planHostIndex, filter);
    keysCache.set(filter, keys);
  }
  return keys;
}

/** How the industry lens shows a list entry or map feature. */
export function lensStatus(filter: readonly IndustryId[], place: Selection): LensStatus {
  if (filter.length === 0) return 'off';
  if (!LENS_KINDS.has(place.kind)) return 'neutral';
  return lensHostKeys(filter).has(hostKey(place)) ? 'host' : 'dimmed';
}
