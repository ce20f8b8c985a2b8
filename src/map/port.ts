/**
 * The narrow door into the map for what must ask it a question and wait for the answer (a
 * picture, the centre, the shape being edited). Everything else the map shows follows the store.
 * All positions are WGS-84. Null answers mean the map is not on screen (yet).
 */
import type { Geometry, Position } from 'geojson';
import type { BBox } from '../geo/bounds';
import type { MapImage, MapOwner } from './MapOwner';

let owner: MapOwner | null = null;

/** Called by MapView only. */
export function connectMapPort(current: MapOwner | null): void {
  owner = current;
}

export const mapPort = {
  available: (): boolean => owner !== null,
  capture: (): Promise<MapImage> | null => owner?.capture() ?? null,
  snapshot: (bbox: BBox | null): Promise<string> | null => owner?.snapshot(bbox) ?? null,
  centre: (): Position | null => owner?.centre() ?? null,
  editedGeometry: (): Geometry | null => owner?.editedGeometry() ?? null,
  prepareDrawing: (): Promise<void> | null => owner?.prepareDrawing() ?? null,
};
