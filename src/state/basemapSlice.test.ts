// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyUrlToStore, urlStateOf } from './historySync';
import { useAppStore } from './store';

afterEach(() => {
  useAppStore.setState({ basemap: 'none', linkedBasemap: null, tiandituKey: '' });
});

describe('a link that names a basemap', () => {
  it('only offers an online one: the map stays offline until the visitor accepts, and the link keeps naming it', () => {
    applyUrlToStore('?base=amap');
    const state = useAppStore.getState();
    expect(state.basemap).toBe('none');
    expect(state.linkedBasemap).toBe('amap');
    expect(urlStateOf(state).basemap).toBe('amap');
    state.acceptLinkedBasemap();
    expect(useAppStore.getState()).toMatchObject({ basemap: 'amap', linkedBasemap: null });
  });

  it('declining keeps the offline map and drops the basemap from the link', () => {
    applyUrlToStore('?base=osm');
    useAppStore.getState().declineLinkedBasemap();
    const state = useAppStore.getState();
    expect(state).toMatchObject({ basemap: 'none', linkedBasemap: null });
    expect(urlStateOf(state).basemap).toBe('none');
  });

  it('any basemap the user picks settles the offer', () => {
    applyUrlToStore('?base=osm');
    useAppStore.getState().setBasemap('none');
    expect(useAppStore.getState().linkedBasemap).toBeNull();
  });
});
