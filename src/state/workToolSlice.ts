import type { Position } from 'geojson';
import { usePointerStore } from './pointerStore';
import type { Slice } from './slice';

/** What a click on the map does while the workbench is open. */
export type WorkbenchTool = 'none' | 'measure-line' | 'measure-area' | 'draw-polygon' | 'draw-line' | 'draw-point';

export interface WorkFeatureRef {
  layerId: string;
  featureId: string;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** The workbench's tools and what they point at; the document itself is in workDocumentSlice. */
export interface WorkToolSlice {
  workTool: WorkbenchTool;
  workSelection: WorkFeatureRef | null;
  /** 'list' when picked in a table (the map then flies to it). */
  workSelectionOrigin: 'map' | 'list';
  /** The feature whose shape is being edited on the map. */
  workEditing: WorkFeatureRef | null;
  /** The measure's fixed points (WGS-84); the live point under the pointer is in the pointer store. */
  measurePoints: Position[];
  workSaveState: SaveState;
  setWorkTool: (tool: WorkbenchTool) => void;
  selectWorkFeature: (ref: WorkFeatureRef | null, origin: 'map' | 'list') => void;
  setWorkEditing: (ref: WorkFeatureRef | null) => void;
  addMeasurePoint: (point: Position) => void;
  undoMeasurePoint: () => void;
  clearMeasure: () => void;
  setWorkSaveState: (state: SaveState) => void;
}

export const createWorkToolSlice: Slice<WorkToolSlice> = (set, get) => ({
  workTool: 'none',
  workSelection: null,
  workSelectionOrigin: 'map',
  workEditing: null,
  measurePoints: [],
  workSaveState: 'idle',
  setWorkTool: (workTool) => {
    set({ workTool });
    usePointerStore.getState().setMeasureCursor(null);
  },
  selectWorkFeature: (workSelection, workSelectionOrigin) => set({ workSelection, workSelectionOrigin }),
  setWorkEditing: (workEditing) => set({ workEditing }),
  addMeasurePoint: (point) => set({ measurePoints: [...get().measurePoints, point] }),
  undoMeasurePoint: () => set({ measurePoints: get().measurePoints.slice(0, -1) }),
  clearMeasure: () => {
    set({ measurePoints: [] });
    usePointerStore.getState().setMeasureCursor(null);
  },
  setWorkSaveState: (workSaveState) => set({ workSaveState }),
});
