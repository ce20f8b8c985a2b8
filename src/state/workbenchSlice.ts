import type { Position } from 'geojson';
import type { WorkLayer } from '../workbench/types';
import type { Slice } from './slice';

/** What a click on the map does while the workbench is open. */
export type WorkbenchTool = 'none' | 'measure-line' | 'measure-area' | 'draw-polygon' | 'draw-line' | 'draw-point';

export interface WorkFeatureRef {
  layerId: string;
  featureId: string;
}

/** How many steps undo can go back. */
const HISTORY_LIMIT = 50;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface WorkbenchSlice {
  /** Imported and drawn layers (WGS-84); saved in IndexedDB as they change. */
  workLayers: WorkLayer[];
  workPast: WorkLayer[][];
  workFuture: WorkLayer[][];
  workTool: WorkbenchTool;
  workSelection: WorkFeatureRef | null;
  /** 'list' when picked in a table (the map then flies to it). */
  workSelectionOrigin: 'map' | 'list';
  /** The feature whose shape is being edited on the map. */
  workEditing: WorkFeatureRef | null;
  measurePoints: Position[];
  measureCursor: Position | null;
  workSaveState: SaveState;
  /** Replaces the layers and records the previous ones for undo. */
  commitWork: (layers: WorkLayer[]) => void;
  /** Puts back saved layers without touching the undo history. */
  restoreWork: (layers: WorkLayer[]) => void;
  undoWork: () => void;
  redoWork: () => void;
  setWorkTool: (tool: WorkbenchTool) => void;
  selectWorkFeature: (ref: WorkFeatureRef | null, origin: 'map' | 'list') => void;
  setWorkEditing: (ref: WorkFeatureRef | null) => void;
  addMeasurePoint: (point: Position) => void;
  undoMeasurePoint: () => void;
  clearMeasure: () => void;
  setMeasureCursor: (point: Position | null) => void;
  setWorkSaveState: (state: SaveState) => void;
}

export const createWorkbenchSlice: Slice<WorkbenchSlice> = (set, get) => ({
  workLayers: [],
  workPast: [],
  workFuture: [],
  workTool: 'none',
  workSelection: null,
  workSelectionOrigin: 'map',
  workEditing: null,
  measurePoints: [],
  measureCursor: null,
  workSaveState: 'idle',
  commitWork: (layers) =>
    set({ workLayers: layers, workPast: [...get().workPast, get().workLayers].slice(-HISTORY_LIMIT), workFuture: [] }),
  restoreWork: (layers) => set({ workLayers: layers, workPast: [], workFuture: [] }),
  undoWork: () => {
    const past = get().workPast;
    const previous = past.at(-1);
    if (!previous) return;
    set({ workLayers: previous, workPast: past.slice(0, -1), workFuture: [get().workLayers, ...get().workFuture], workEditing: null });
  },
  redoWork: () => {
    const [next, ...rest] = get().workFuture;
    if (!next) return;
    set({ workLayers: next, workPast: [...get().workPast, get().workLayers], workFuture: rest, workEditing: null });
  },
  setWorkTool: (workTool) => set({ workTool, measureCursor: null }),
  selectWorkFeature: (workSelection, workSelectionOrigin) => set({ workSelection, workSelectionOrigin }),
  setWorkEditing: (workEditing) => set({ workEditing }),
  addMeasurePoint: (point) => set({ measurePoints: [...get().measurePoints, point] }),
  undoMeasurePoint: () => set({ measurePoints: get().measurePoints.slice(0, -1) }),
  clearMeasure: () => set({ measurePoints: [], measureCursor: null }),
  setMeasureCursor: (measureCursor) => set({ measureCursor }),
  setWorkSaveState: (workSaveState) => set({ workSaveState }),
});
