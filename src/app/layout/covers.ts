/**
 * The DOM side of the free map area: elements that lie over the map (legend, tour card,
 * banners, a bottom sheet) register here while they are shown; the map view measures them
 * whenever one of them changes size and turns them into padding with `freeArea`. The small
 * "schematic" notice at the foot of the map is not one: it lets clicks through, and keeping a
 * whole strip of the map clear for it would shrink every view.
 */
import { useEffect, type RefObject } from 'react';
import type { Rect } from './freeArea';

/** `tour` covers only count for the tour's framing; the others for every move. */
export type CoverKind = 'panel' | 'legend' | 'tour' | 'banner';

const covers = new Map<Element, CoverKind>();
const listeners = new Set<() => void>();
let observer: ResizeObserver | null = null;

function changed(): void {
  for (const listener of listeners) listener();
}

function resizeObserver(): ResizeObserver | null {
  if (typeof ResizeObserver === 'undefined') return null;
  observer ??= new ResizeObserver(changed);
  return observer;
}

/** Registers an element as covering the map; returns its remover. */
export function registerCover(element: Element, kind: CoverKind): () => void {
  covers.set(element, kind);
  resizeObserver()?.observe(element);
  changed();
  return () => {
    covers.delete(element);
    observer?.unobserve(element);
    changed();
  };
}

/** Keeps the element in `ref` registered as a cover while the component is mounted. */
export function useCover(ref: RefObject<Element | null>, kind: CoverKind, active = true): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || !active) return;
    return registerCover(element, kind);
  }, [ref, kind, active]);
}

/** Every registered cover's rectangle now, in page coordinates (hidden ones are left out). */
export function coverRects(): { kind: CoverKind; rect: Rect }[] {
  return [...covers].flatMap(([element, kind]) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 ? [{ kind, rect }] : [];
  });
}

/** Calls `listener` when a cover appears, goes or changes size; returns its remover. */
export function onCoversChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
