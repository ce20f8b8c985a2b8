/**
 * One dispatcher for the map's pointer input: the mode says which handler a click or a move
 * goes to, so tools never fight over a click. Pure: it turns what is under the pointer into
 * actions, which the map owner hands to the app (all positions WGS-84).
 */
import type { Position } from 'geojson';
import type { Selection } from '../data/selection';
import type { WorkFeatureRef } from '../state/workToolSlice';
import type { InputMode } from './scene';
import type { TileInspection } from '../tiles/types';

/** What lies under the pointer: the planner's topmost feature, and the layout's. */
export interface Hits {
  work: WorkFeatureRef | null;
  layout: Selection | null;
  /** A PMTiles layer's feature; absent (undefined) while no PMTiles layer is drawn. */
  tile?: TileInspection | null;
}

export type MapAction =
  | { type: 'select'; selection: Selection | null }
  | { type: 'select-work'; ref: WorkFeatureRef | null }
  | { type: 'measure-point'; position: Position }
  | { type: 'measure-cursor'; position: Position | null }
  | { type: 'hover'; selection: Selection | null }
  | { type: 'inspect-tile'; inspection: TileInspection | null };

/** A click: measure adds a point; drawing and editing belong to the drawing tool; otherwise select. */
export function clickActions(mode: InputMode, hits: Hits, position: Position, workSelected: boolean): MapAction[] {
  switch (mode) {
    case 'measure':
      return [{ type: 'measure-point', position }];
    case 'draw':
    case 'edit':
      return [];
    case 'select':
      // A planner's feature drawn over the layout takes the click.
      if (hits.work) return [{ type: 'select-work', ref: hits.work }];
      // A PMTiles feature drawn over the layout shows its attributes; a click elsewhere clears them.
      if (hits.tile) return [{ type: 'inspect-tile', inspection: hits.tile }, ...(workSelected ? [{ type: 'select-work' as const, ref: null }] : [])];
      return [
        { type: 'select', selection: hits.layout },
        ...(workSelected ? [{ type: 'select-work' as const, ref: null }] : []),
        ...(hits.tile === null ? [{ type: 'inspect-tile' as const, inspection: null }] : []),
      ];
  }
}

/** A pointer move: hover in select mode, the live point while measuring. */
export function moveActions(mode: InputMode, hits: Hits, position: Position): MapAction[] {
  if (mode === 'measure') return [{ type: 'measure-cursor', position }, { type: 'hover', selection: null }];
  if (mode === 'select') return [{ type: 'hover', selection: hits.work ? null : hits.layout }];
  return [{ type: 'hover', selection: null }];
}

/** The pointer left the map. */
export function leaveActions(mode: InputMode): MapAction[] {
  return mode === 'measure' ? [{ type: 'measure-cursor', position: null }, { type: 'hover', selection: null }] : [{ type: 'hover', selection: null }];
}
