/**
 * Tidying raw features before their check: GeometryCollections split into one feature
 * per part (kept together by a `collection` attribute), and malformed bbox members
 * dropped (a bbox is only a cache of the coordinates; it must not sink a sound feature). Pure.
 */

/** One feature to check: the file position it came from and, for a collection's part, its number. */
export interface RawItem {
  raw: unknown;
  index: number;
  id: string;
  part?: number;
}

function isBbox(value: unknown): boolean {
  return Array.isArray(value) && (value.length === 4 || value.length === 6) && value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/** The object without a malformed `bbox`, and whether one was dropped. */
function withoutBadBbox<T>(value: T): { value: T; dropped: boolean } {
  if (typeof value !== 'object' || value === null || !('bbox' in value) || isBbox((value as { bbox: unknown }).bbox)) {
    return { value, dropped: false };
  }
  const rest = { ...(value as Record<string, unknown>) };
  delete rest['bbox'];
  return { value: rest as T, dropped: true };
}

/** The leaf geometries of a (possibly nested) GeometryCollection. */
function leaves(geometry: unknown, depth = 0): unknown[] {
  const g = geometry as { type?: unknown; geometries?: unknown } | null;
  if (g?.type !== 'GeometryCollection' || depth > 8) return [geometry];
  return Array.isArray(g.geometries) ? g.geometries.flatMap((part) => leaves(part, depth + 1)) : [];
}

export interface Tidied {
  items: RawItem[];
  /** Positions (0-based) of features whose bbox was dropped. */
  bboxDropped: number[];
  /** How many collections were split. */
  collections: number;
}

export function tidyFeatures(features: readonly unknown[]): Tidied {
  const items: RawItem[] = [];
  const bboxDropped: number[] = [];
  let collections = 0;
  features.forEach((raw, index) => {
    const feature = raw as { type?: unknown; geometry?: unknown; properties?: unknown } | null;
    if (typeof feature !== 'object' || feature === null || feature.type !== 'Feature') {
      items.push({ raw, index, id: `f${index}` });
      return;
    }
    const own = withoutBadBbox(feature);
    const geometry = withoutBadBbox(feature.geometry);
    if (own.dropped || geometry.dropped) bboxDropped.push(index);
    const g = geometry.value as { type?: unknown } | null;
    if (g?.type !== 'GeometryCollection') {
      items.push({ raw: { ...own.value, geometry: geometry.value }, index, id: `f${index}` });
      return;
    }
    collections++;
    const parts = leaves(g);
    const properties = typeof feature.properties === 'object' && feature.properties !== null ? feature.properties : {};
    // An empty collection stays whole, to be reported as empty.
    if (parts.length === 0) items.push({ raw: { ...own.value, geometry: g }, index, id: `f${index}` });
    parts.forEach((part, k) => {
      const clean = withoutBadBbox(part).value;
      items.push({
        raw: { type: 'Feature', properties: { ...properties, collection: `f${index}`, part: k + 1 }, geometry: clean },
        index,
        id: `f${index}-${k + 1}`,
        part: k + 1,
      });
    });
  });
  return { items, bboxDropped, collections };
}
