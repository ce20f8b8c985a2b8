/**
 * What changed between two versions of a keyed collection, so the owner can send MapLibre the
 * difference (`updateData`) instead of the whole collection. The scene keeps an unchanged
 * feature the same object, so a feature counts as changed exactly when it is another object.
 * Pure.
 */
import type { Feature, FeatureCollection } from 'geojson';

export interface FeatureDiff {
  /** New or changed features (MapLibre replaces a feature added under an id it has). */
  add: Feature[];
  /** Keys of features no longer there. */
  remove: string[];
}

export function featureDiff(before: FeatureCollection, after: FeatureCollection, keyOf: (feature: Feature) => string): FeatureDiff {
  const previous = before.features;
  const next = after.features;
  // The common case (a feature edited in place): same order, walk both once.
  if (previous.length === next.length) {
    const add: Feature[] = [];
    let aligned = true;
    for (let i = 0; i < next.length; i++) {
      const a = previous[i]!;
      const b = next[i]!;
      if (a === b) continue;
      if (keyOf(a) !== keyOf(b)) {
        aligned = false;
        break;
      }
      add.push(b);
    }
    if (aligned) return { add, remove: [] };
  }
  const gone = new Map<string, Feature>();
  for (const feature of previous) gone.set(keyOf(feature), feature);
  const add: Feature[] = [];
  for (const feature of next) {
    const key = keyOf(feature);
    if (gone.get(key) !== feature) add.push(feature);
    gone.delete(key);
  }
  return { add, remove: [...gone.keys()] };
}

/** Whether sending the difference is worth it: past half the features, the whole is cheaper. */
export function diffWorthSending(diff: FeatureDiff, size: number): boolean {
  return diff.add.length + diff.remove.length <= Math.max(1, size / 2);
}
