import { describe, expect, it } from 'vitest';
import { create, type StateCreator } from 'zustand';
import { createWorkDocumentSlice, type WorkDocumentSlice } from '../../src/state/workDocumentSlice';
import { useKeepStore } from '../../src/keep/keepStore';
import { createWorkToolSlice, type WorkToolSlice } from '../../src/state/workToolSlice';

type WorkbenchSlice = WorkDocumentSlice & WorkToolSlice;
import { addDrawing, deleteFeature, linkPark, newLayerId, parseAttribute, setFeatureProperties } from '../../src/workbench/layers';
import type { WorkLayer } from '../../src/workbench/types';

/** A store of the workbench's two slices alone (they read and write only each other's fields). */
function store() {
  const slices: StateCreator<WorkbenchSlice> = (...args) => ({
    ...(createWorkDocumentSlice as unknown as StateCreator<WorkDocumentSlice>)(...(args as Parameters<StateCreator<WorkDocumentSlice>>)),
    ...(createWorkToolSlice as unknown as StateCreator<WorkToolSlice>)(...(args as Parameters<StateCreator<WorkToolSlice>>)),
  });
  return create<WorkbenchSlice>()(slices);
}

const point = { type: 'Point' as const, coordinates: [105.9, 29.35] };

describe('workbench layers and history', () => {
  it('undoes and redoes committed changes, and a new change clears redo', () => {
    const s = store();
    const one = addDrawing([], point, { name: 'a' }, 'My drawings').layers;
    s.getState().commitWork(one);
    const two = addDrawing(one, point, { name: 'b' }, 'My drawings').layers;
    s.getState().commitWork(two);
    expect(s.getState().workLayers[0]?.features).toHaveLength(2);
    s.getState().undoWork();
    expect(s.getState().workLayers).toBe(one);
    s.getState().undoWork();
    expect(s.getState().workLayers).toEqual([]);
    s.getState().undoWork(); // nothing left: no change
    expect(s.getState().workLayers).toEqual([]);
    s.getState().redoWork();
    expect(s.getState().workLayers).toBe(one);
    s.getState().commitWork([]);
    expect(s.getState().workHistory.future).toEqual([]);
  });

  it('refuses changes while another tab keeps the work, and counts the refusal for the banner', () => {
    const s = store();
    useKeepStore.setState({ tab: 'elsewhere', refusedEdits: 0 });
    try {
      s.getState().commitWork(addDrawing([], point, {}, 'D').layers);
      expect(s.getState().workLayers).toEqual([]);
      expect(useKeepStore.getState().refusedEdits).toBe(1);
      s.getState().restoreWork(addDrawing([], point, {}, 'D').layers); // showing what the other tab saved is fine
      expect(s.getState().workLayers).toHaveLength(1);
    } finally {
      useKeepStore.setState({ tab: 'checking', refusedEdits: 0 });
    }
  });

  it('restores saved work without making it undoable', () => {
    const s = store();
    s.getState().restoreWork(addDrawing([], point, {}, 'D').layers);
    expect(s.getState().workHistory.past).toEqual([]);
  });

  it('gives drawings fresh ids, links parks and forgets the link of a deleted feature', () => {
    let layers: WorkLayer[] = addDrawing([], point, {}, 'D').layers;
    const second = addDrawing(layers, point, {}, 'D', 'gangqiao');
    layers = second.layers;
    expect(layers[0]?.features.map((f) => f.id)).toEqual(['d1', 'd2']);
    expect(layers[0]?.parkLinks).toEqual({ d2: 'gangqiao' });
    layers = linkPark(layers, 'drawings', 'd1', 'sanjiao');
    layers = deleteFeature(layers, 'drawings', 'd2');
    expect(layers[0]?.parkLinks).toEqual({ d1: 'sanjiao' });
    expect(addDrawing(layers, point, {}, 'D').featureId).toBe('d2');
    layers = setFeatureProperties(layers, 'drawings', 'd1', { name: 'x' });
    expect(layers[0]?.features[0]?.properties).toEqual({ name: 'x' });
  });

  it('makes unique layer ids from file names and reads typed attribute values', () => {
    const existing = [{ id: 'parcel-4544' }] as WorkLayer[];
    expect(newLayerId(existing, 'parcel-4544')).toBe('parcel-4544-2');
    expect(newLayerId([], '地块')).toBe('layer');
    expect(parseAttribute('12.5')).toBe(12.5);
    expect(parseAttribute('007')).toBe('007');
    expect(parseAttribute('true')).toBe(true);
    expect(parseAttribute('凤凰湖')).toBe('凤凰湖');
  });
});
