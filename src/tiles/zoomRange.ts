/**
 * Whether the map's view lies outside the zooms an archive draws at. Below its first zoom MapLibre
 * requests no tile at all, so the layer shows nothing: the user is told to zoom in. Above its last
 * zoom the last tiles are drawn enlarged (overzoomed), so the layer stays visible: nothing to say.
 * Pure.
 */
import type { TileArchiveInfo } from './types';

export type ZoomAdvice = { kind: 'zoom-in'; minZoom: number; zoom: number } | null;

export function zoomAdvice(zoom: number | null | undefined, info: Pick<TileArchiveInfo, 'minZoom' | 'maxZoom'>): ZoomAdvice {
  if (zoom === null || zoom === undefined || !Number.isFinite(zoom)) return null;
  // MapLibre asks for tiles of zoom floor(view zoom): at 9.99 an archive starting at 10 draws nothing.
  return Math.floor(zoom + 1e-9) < info.minZoom ? { kind: 'zoom-in', minZoom: info.minZoom, zoom } : null;
}
