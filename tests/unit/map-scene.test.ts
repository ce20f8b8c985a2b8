import { describe, expect, it } from 'vitest';
import { cameraMoves } from '../../src/map/camera';
import { bboxIn, geometryIn, geometryOut, positionIn, positionOut } from '../../src/map/datum';
import { clickActions, moveActions } from '../../src/map/input';
import { sceneBuilder } from '../../src/map/scene';
import { shownResults } from '../../src/results/status';
import type { ResultEntry } from '../../src/results/types';
import { useAppStore, type AppState } from '../../src/state/store';
import { kmBetween } from '../../src/distance/distances';
import { testGeoData } from '../support/geoData';

const data = testGeoData();
const initial = useAppStore.getState();
const state = (change: Partial<AppState> = {}): AppState => ({ ...initial, ...change });
const pointer = { hover: null, measureCursor: null };

describe('the scene the map draws', () => {
  const build = sceneBuilder(data);

  it('keeps each part the same object while its inputs do not change (the owner diffs by reference)', () => {
    const a = build(state(), pointer);
    const b = build(state({ tab: 'parks' }), pointer);
    expect(b.rings).toBe(a.rings);
    expect(b.work).toBe(a.work);
    expect(b.lensHosts).toBe(a.lensHosts);
  });

  it('gives the user’s selection and the tour their own highlight', () => {
    const scene = build(state({ selection: { kind: 'park', id: 'fenghuanghu' }, tourStep: 2 }), pointer);
    expect(scene.selection).toEqual({ kind: 'park', id: 'fenghuanghu' });
    expect(scene.tour.map((s) => s.id).sort()).toEqual(['gangqiao', 'sanjiao']);
  });

  it('draws under AMap in GCJ-02 and under no basemap in WGS-84', () => {
    expect(build(state({ basemap: 'amap' }), pointer).datum).toBe('gcj02');
    expect(build(state({ basemap: 'none' }), pointer).datum).toBe('wgs84');
    expect(build(state({ basemap: 'osm' }), pointer).datum).toBe('wgs84');
  });

  it('draws the planner’s visible features with their layer colour, and not the one being edited', () => {
    const layer = {
      id: 'a',
      name: 'A',
      origin: 'drawing' as const,
      visible: true,
      parkLinks: {},
      features: [
        { type: 'Feature' as const, id: 'p1', properties: {}, geometry: { type: 'Point' as const, coordinates: [105.9, 29.3] } },
        { type: 'Feature' as const, id: 'p2', properties: {}, geometry: { type: 'Point' as const, coordinates: [105.95, 29.3] } },
      ],
    };
    const scene = build(state({ workLayers: [layer, { ...layer, id: 'b', visible: false }], workEditing: { layerId: 'a', featureId: 'p2' } }), pointer);
    expect(scene.work.features.map((f) => f.properties?.['__key'])).toEqual(['a/p1']);
    expect(scene.editing?.key).toBe('a/p2');
    expect(scene.input).toBe('edit');
  });
});

describe('parks coloured by results', () => {
  const build = sceneBuilder(data);
  // Test data only: a made-up result for one park, with a made-up source.
  const result: ResultEntry = {
    measure: 'park:gangqiao',
    year: 2025,
    value: 450,
    unit: '亿元',
    source: { title: 'test document', publisher: 'test', date: '2026-01', page: '1' },
    enteredBy: 'unit test',
    comparable: true,
  };
  const results = shownResults([], [result]);

  it('colours by role until the planner asks for shares', () => {
    expect(build(state(), pointer, results).parkShares).toBeNull();
  });

  it('gives each park its share class, from its result against the plan’s 2025 target', () => {
    const shares = build(state({ parkColouring: 'share' }), pointer, results).parkShares!;
    // 450 of 港桥's 600亿元 target (表2) is 75%.
    expect(shares['gangqiao']).toBe('50-80');
    expect(shares['sanjiao']).toBe('none');
  });
});

describe('the datum boundary', () => {
  const hub: [number, number] = [105.95, 29.37];

  it('shifts in and back out to within a centimetre', () => {
    const shifted = positionIn('gcj02', hub);
    expect(kmBetween(shifted, hub) * 1000).toBeGreaterThan(300);
    expect(kmBetween(positionOut('gcj02', shifted), hub) * 1000).toBeLessThan(0.01);
    const line = { type: 'LineString' as const, coordinates: [hub, [105.9, 29.3]] };
    const back = geometryOut('gcj02', geometryIn('gcj02', line));
    expect(kmBetween(back.coordinates[1]!, [105.9, 29.3]) * 1000).toBeLessThan(0.01);
  });

  it('leaves WGS-84 alone and grows a box to hold its shifted corners', () => {
    expect(positionIn('wgs84', hub)).toBe(hub);
    const [w, s, e, n] = bboxIn('gcj02', [105.9, 29.3, 106, 29.4]);
    expect(w).toBeGreaterThan(105.9);
    expect(e - w).toBeGreaterThan(0.09);
    expect(n).toBeGreaterThan(s);
  });
});

describe('input dispatch', () => {
  const park = { kind: 'park' as const, id: 'sanjiao' };
  const mine = { layerId: 'a', featureId: 'p1' };

  it('sends a click to the mode’s handler only', () => {
    expect(clickActions('measure', { work: mine, layout: park }, [1, 2], false)).toEqual([{ type: 'measure-point', position: [1, 2] }]);
    expect(clickActions('draw', { work: null, layout: park }, [1, 2], false)).toEqual([]);
    expect(clickActions('select', { work: mine, layout: park }, [1, 2], false)).toEqual([{ type: 'select-work', ref: mine }]);
    expect(clickActions('select', { work: null, layout: park }, [1, 2], true)).toEqual([
      { type: 'select', selection: park },
      { type: 'select-work', ref: null },
    ]);
  });

  it('hovers only in select mode, and follows the pointer while measuring', () => {
    expect(moveActions('select', { work: null, layout: park }, [1, 2])).toEqual([{ type: 'hover', selection: park }]);
    expect(moveActions('measure', { work: null, layout: park }, [1, 2])[0]).toEqual({ type: 'measure-cursor', position: [1, 2] });
  });
});

describe('camera moves', () => {
  it('flies to a selection made in a list, not to one clicked on the map', () => {
    const before = state();
    const fromList = cameraMoves(state({ selection: { kind: 'park', id: 'gangqiao' }, selectionOrigin: 'list' }), before, data);
    expect(fromList).toHaveLength(1);
    expect(fromList[0]?.kind).toBe('fit');
    expect(cameraMoves(state({ selection: { kind: 'park', id: 'gangqiao' }, selectionOrigin: 'map' }), before, data)).toEqual([]);
  });

  it('frames a tour step with the tour’s framing', () => {
    const moves = cameraMoves(state({ tourStep: 1 }), state({ tourStep: 0 }), data);
    expect(moves).toEqual([expect.objectContaining({ kind: 'fit', framing: 'tour' })]);
  });

  it('frames a requested box once per request', () => {
    const request = { seq: 1, target: { bbox: [105.8, 29.2, 105.9, 29.3] as [number, number, number, number], maxZoom: 14, animate: false } };
    const after = state({ frameRequest: request });
    expect(cameraMoves(after, state(), data)).toHaveLength(1);
    expect(cameraMoves(after, after, data)).toEqual([]);
  });
});
