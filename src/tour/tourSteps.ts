import type { Cluster, Park, ParkRole } from '../data/types';

export type TourStepId = 'city' | 'core' | 'wings' | 'zone' | 'points';

export interface TourStep {
  id: TourStepId;
  /** Parks shown and highlighted in this step (empty for the clusters' step). */
  parkIds: string[];
  /** Clusters shown and highlighted in this step. */
  clusterIds: string[];
}

const parkSteps: { id: TourStepId; role: ParkRole }[] = [
  { id: 'city', role: 'city' },
  { id: 'core', role: 'core' },
  { id: 'wings', role: 'wing' },
  { id: 'zone', role: 'zone' },
];

/** The tour follows the slogan: 一城 -> 一核 -> 两翼 -> 一区 -> 多点. */
export function tourSteps(parks: readonly Park[], clusters: readonly Cluster[]): TourStep[] {
  return [
    ...parkSteps.map(({ id, role }) => ({
      id,
      // North wing first, as the slogan's 两翼 is usually read north to south.
      parkIds: parks
        .filter((park) => park.role === role)
        .sort((a, b) => (a.wing === 'north' ? -1 : b.wing === 'north' ? 1 : 0))
        .map((park) => park.id),
      clusterIds: [],
    })),
    { id: 'points', parkIds: [], clusterIds: clusters.map((cluster) => cluster.id) },
  ];
}

/** The step after (or before) `step`, staying within the tour. */
export function stepBy(step: number, delta: number, count: number): number {
  return Math.min(Math.max(step + delta, 0), count - 1);
}
