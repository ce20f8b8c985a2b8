/**
 * The pure part of "colour parks by share of target reached" (issue #15): for each park,
 * the share of its 2025 target its result reaches, or that the result is not comparable,
 * or that there is none (the legend's words: parkShareLegend.ts). The map
 * (src/map/, owned by the map engineer) turns this into feature-state or a data-driven
 * colour; nothing here touches MapLibre.
 */
import { parks } from '../data/plan';
import type { ParkId } from '../data/types';
import type { ShownResult } from './status';

export type ParkShare =
  | { kind: 'share'; share: number; year: number; value: number; target: number; source: string }
  | { kind: 'not-comparable'; year: number; note: string; source: string }
  | { kind: 'none' };

/** The latest year with a result for any park, or null. */
export function latestParkResultYear(results: readonly ShownResult[]): number | null {
  const years = results.filter((entry) => entry.measure.startsWith('park:')).map((entry) => entry.year);
  return years.length > 0 ? Math.max(...years) : null;
}

/**
 * Each park's share of its target in `year` (default: the latest year with a park result).
 * The plan's park targets are for 2025; a result for another year is compared with nothing
 * and the park counts as 'none' for that year.
 */
export function parkShares(results: readonly ShownResult[], year: number | null = latestParkResultYear(results)): Record<ParkId, ParkShare> {
  const out = {} as Record<ParkId, ParkShare>;
  for (const park of parks) {
    const entry = year === null ? undefined : results.find((r) => r.measure === `park:${park.id}` && r.year === year);
    const target = park.target.year === year ? park.target.valueYi : null;
    if (!entry || target === null) out[park.id] = { kind: 'none' };
    else if (!entry.comparable) {
      out[park.id] = { kind: 'not-comparable', year: entry.year, note: entry.definitionNote ?? '', source: entry.source.title };
    } else {
      out[park.id] = { kind: 'share', share: entry.value / target, year: entry.year, value: entry.value, target, source: entry.source.title };
    }
  }
  return out;
}

/** Classes of share for a map colour ramp (the map owner picks the colours): below half, half to 80%, 80% to the target, reached. */
export type ShareClass = 'under-50' | '50-80' | '80-100' | 'reached' | 'not-comparable' | 'none';

export function shareClass(share: ParkShare): ShareClass {
  if (share.kind === 'none') return 'none';
  if (share.kind === 'not-comparable') return 'not-comparable';
  if (share.share >= 1) return 'reached';
  if (share.share >= 0.8) return '80-100';
  if (share.share >= 0.5) return '50-80';
  return 'under-50';
}

/** Each park's class, ready for feature-state or a `match` expression keyed by park id. */
export function parkShareClasses(shares: Record<ParkId, ParkShare>): Record<ParkId, ShareClass> {
  return Object.fromEntries((Object.keys(shares) as ParkId[]).map((id) => [id, shareClass(shares[id])])) as Record<ParkId, ShareClass>;
}
