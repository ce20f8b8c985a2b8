/**
 * The free map area: what is left of the map once everything that covers it (a panel or bottom
 * sheet, the legend, the tour card, banners) is kept clear. Pure, so it is tested without a DOM.
 *
 * Each covering rectangle is kept clear by moving one edge of the free area past it: the edge
 * that costs the least of the map's area (a card along the bottom raises the bottom edge, the
 * legend in a corner pushes in the top or right edge). The result is MapLibre padding.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** The part of `rect` that lies on `map`, or null if none does. */
function onMap(map: Rect, rect: Rect): Rect | null {
  const clipped = {
    left: Math.max(map.left, rect.left),
    top: Math.max(map.top, rect.top),
    right: Math.min(map.right, rect.right),
    bottom: Math.min(map.bottom, rect.bottom),
  };
  return clipped.right > clipped.left && clipped.bottom > clipped.top ? clipped : null;
}

function area(map: Rect, padding: Padding): number {
  const width = Math.max(0, map.right - map.left - padding.left - padding.right);
  const height = Math.max(0, map.bottom - map.top - padding.top - padding.bottom);
  return width * height;
}

/** The padding each side would need to keep `rect` clear on its own. */
function sideOptions(map: Rect, rect: Rect): Padding[] {
  return [
    { ...NO_PADDING, top: rect.bottom - map.top },
    { ...NO_PADDING, bottom: map.bottom - rect.top },
    { ...NO_PADDING, left: rect.right - map.left },
    { ...NO_PADDING, right: map.right - rect.left },
  ];
}

function widen(a: Padding, b: Padding): Padding {
  return { top: Math.max(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom), left: Math.max(a.left, b.left) };
}

/**
 * The padding that keeps every covering rectangle (page coordinates, like `map`) out of the
 * free area, plus `margin` on each side that is padded. Rectangles off the map are ignored.
 */
export function freeArea(map: Rect, covers: readonly Rect[], margin = 0): Padding {
  const onIt = covers.flatMap((rect) => onMap(map, rect) ?? []);
  // Largest first: the big covers decide the edges, and small ones often fall inside them.
  onIt.sort((a, b) => (b.right - b.left) * (b.bottom - b.top) - (a.right - a.left) * (a.bottom - a.top));
  let padding = NO_PADDING;
  for (const rect of onIt) {
    const best = sideOptions(map, rect)
      .map((option) => widen(padding, option))
      .reduce((kept, option) => (area(map, option) > area(map, kept) ? option : kept));
    padding = best;
  }
  const pad = (side: keyof Padding) => (padding[side] > 0 ? Math.round(padding[side] + margin) : 0);
  return { top: pad('top'), right: pad('right'), bottom: pad('bottom'), left: pad('left') };
}

/** The free area as a rectangle in page coordinates. */
export function freeRect(map: Rect, padding: Padding): Rect {
  return { left: map.left + padding.left, top: map.top + padding.top, right: map.right - padding.right, bottom: map.bottom - padding.bottom };
}

/** Whether two rectangles overlap (touching edges do not). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
