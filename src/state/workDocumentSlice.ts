import { emptyHistory, recorded, redone, undone, type History } from '../keep/history';
import { mayEdit } from '../keep/keepStore';
import type { WorkLayer } from '../workbench/types';
import type { Slice } from './slice';

/** How many steps undo can go back. */
const HISTORY_LIMIT = 50;

/**
 * The planner's document: imported and drawn layers (WGS-84), with undo and redo (the app's
 * one history, src/keep/history.ts). It is what is kept in the browser; the tools that act
 * on it are in workToolSlice. While another tab keeps the work, changes are refused.
 */
export interface WorkDocumentSlice {
  workLayers: WorkLayer[];
  workHistory: History<WorkLayer[]>;
  /** Replaces the layers and records the previous ones for undo. */
  commitWork: (layers: WorkLayer[]) => void;
  /** Puts back saved layers without touching the undo history. */
  restoreWork: (layers: WorkLayer[]) => void;
  undoWork: () => void;
  redoWork: () => void;
}

export const createWorkDocumentSlice: Slice<WorkDocumentSlice> = (set, get) => {
  const step = (move: typeof undone<WorkLayer[]>) => {
    if (!mayEdit()) return;
    const moved = move(get().workHistory, get().workLayers);
    if (!moved) return;
    get().setWorkEditing(null);
    set({ workLayers: moved.value, workHistory: moved.history });
  };
  return {
    workLayers: [],
    workHistory: emptyHistory,
    commitWork: (layers) => {
      if (!mayEdit()) return;
      set({ workLayers: layers, workHistory: recorded(get().workHistory, get().workLayers, HISTORY_LIMIT) });
    },
    restoreWork: (layers) => set({ workLayers: layers, workHistory: emptyHistory }),
    undoWork: () => step(undone),
    redoWork: () => step(redone),
  };
};
