import type { WorkLayer } from '../workbench/types';
import type { Slice } from './slice';

/** How many steps undo can go back. */
const HISTORY_LIMIT = 50;

/**
 * The planner's document: imported and drawn layers (WGS-84), with undo and redo. It is what
 * is saved in IndexedDB; the tools that act on it are in workToolSlice.
 */
export interface WorkDocumentSlice {
  workLayers: WorkLayer[];
  workPast: WorkLayer[][];
  workFuture: WorkLayer[][];
  /** Replaces the layers and records the previous ones for undo. */
  commitWork: (layers: WorkLayer[]) => void;
  /** Puts back saved layers without touching the undo history. */
  restoreWork: (layers: WorkLayer[]) => void;
  undoWork: () => void;
  redoWork: () => void;
}

export const createWorkDocumentSlice: Slice<WorkDocumentSlice> = (set, get) => ({
  workLayers: [],
  workPast: [],
  workFuture: [],
  commitWork: (layers) =>
    set({ workLayers: layers, workPast: [...get().workPast, get().workLayers].slice(-HISTORY_LIMIT), workFuture: [] }),
  restoreWork: (layers) => set({ workLayers: layers, workPast: [], workFuture: [] }),
  undoWork: () => {
    const past = get().workPast;
    const previous = past.at(-1);
    if (!previous) return;
    get().setWorkEditing(null);
    set({ workLayers: previous, workPast: past.slice(0, -1), workFuture: [get().workLayers, ...get().workFuture] });
  },
  redoWork: () => {
    const [next, ...rest] = get().workFuture;
    if (!next) return;
    get().setWorkEditing(null);
    set({ workLayers: next, workPast: [...get().workPast, get().workLayers], workFuture: rest });
  },
});
