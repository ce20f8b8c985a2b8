import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/state/store';

describe('the legend during the tour', () => {
  beforeEach(() => {
    useAppStore.getState().endTour();
    useAppStore.getState().setLegendOpen(true);
  });

  it('folds to its button when the tour starts and comes back when it ends', () => {
    useAppStore.getState().startTour();
    expect(useAppStore.getState().legendOpen).toBe(false);
    useAppStore.getState().setTourStep(2);
    useAppStore.getState().startTour(); // starting again keeps what to restore
    useAppStore.getState().endTour();
    expect(useAppStore.getState().legendOpen).toBe(true);
  });

  it('stays folded after the tour if the user had folded it before', () => {
    useAppStore.getState().setLegendOpen(false);
    useAppStore.getState().startTour();
    useAppStore.getState().endTour();
    expect(useAppStore.getState().legendOpen).toBe(false);
  });
});
