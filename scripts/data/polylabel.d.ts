/** polylabel 2 (mapbox/polylabel) ships no types: the pole of inaccessibility of a polygon. */
declare module 'polylabel' {
  /** The point inside `polygon` (rings of [x, y]) farthest from its outline, found to `precision` (in coordinate units). */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
