// @vitest-environment happy-dom
/**
 * The map is updated by difference: the real owner and the real store -> scene wiring against a
 * fake MapLibre that records every call. A tab switch makes none; a selection is one store write,
 * one scene pass and feature-state writes only; one vertex moved in a layer of 100,000 features
 * is one source diff of one feature.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';

interface Call {
  name: string;
  args: unknown[];
}
const calls: Call[] = [];
const record = (name: string, args: unknown[]) => calls.push({ name, args });

vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?url', () => ({ default: 'worker.mjs' }));
vi.mock('maplibre-gl/dist/maplibre-gl.css', () => ({}));
vi.mock('maplibre-gl', () => {
  class Control {}
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  /** Every method call is recorded; the few the owner reads answer plausibly. */
  class FakeMap {
    private readonly container: HTMLElement;
    touchZoomRotate = { disableRotation: () => undefined };
    keyboard = { disableRotation: () => undefined };
    constructor(options: { container: HTMLElement }) {
      this.container = options.container;
      const sources = new Map<string, object>();
      const answers: Record<string, (...args: unknown[]) => unknown> = {
        addControl: () => this,
        on: (type, fn) => listeners.set(type as string, [...(listeners.get(type as string) ?? []), fn as () => void]),
        once: (type, fn) => listeners.set(type as string, [...(listeners.get(type as string) ?? []), fn as () => void]),
        off: () => this,
        getContainer: () => this.container,
        getCanvas: () => ({ style: {}, clientWidth: 800, clientHeight: 600 }),
        getStyle: () => ({ layers: [] }),
        getLayer: () => ({}),
        getLayoutProperty: () => undefined,
        getZoom: () => 10,
        getCenter: () => ({ lng: 105.9, lat: 29.35 }),
        unproject: () => ({ lng: 105.9, lat: 29.35 }),
        queryRenderedFeatures: () => [],
        getSource: (id) => {
          const key = id as string;
          if (!sources.has(key)) {
            sources.set(key, {
              setData: (...args: unknown[]) => record(`${key}.setData`, args),
              updateData: (...args: unknown[]) => {
                record(`${key}.updateData`, args);
                return Promise.resolve();
              },
            });
          }
          return sources.get(key);
        },
      };
      return new Proxy(this, {
        get: (target, name: string) => {
          if (name in target) return (target as unknown as Record<string, unknown>)[name];
          return (...args: unknown[]) => {
            if (!['on', 'once', 'off', 'addControl'].includes(name)) record(name, args);
            return answers[name]?.(...args);
          };
        },
      });
    }
  }
  const fire = (type: string) => [...(listeners.get(type) ?? [])].forEach((fn) => fn());
  return {
    Map: FakeMap,
    NavigationControl: Control,
    ScaleControl: Control,
    AttributionControl: Control,
    setWorkerUrl: () => undefined,
    addProtocol: () => undefined,
    removeProtocol: () => undefined,
    __fire: fire,
  };
});

const { MapOwner } = await import('../../src/map/MapOwner');
const { storeScene } = await import('../../src/map/follow');
const { useAppStore } = await import('../../src/state/store');
const { setFeatureGeometry } = await import('../../src/workbench/layers');
const { testGeoData } = await import('../support/geoData');
const maplibre = (await import('maplibre-gl')) as unknown as { __fire: (type: string) => void };
type WorkLayer = import('../../src/workbench/types').WorkLayer;

const data = testGeoData();
const initial = useAppStore.getState();
const CAMERA = new Set(['flyTo', 'fitBounds', 'jumpTo', 'easeTo']);
/** Calls that only ask the map something. */
const READS = new Set(['getContainer', 'getCanvas', 'getStyle', 'getLayer', 'getLayoutProperty', 'getZoom', 'getCenter', 'unproject', 'getSource', 'queryRenderedFeatures']);
const changes = () => calls.filter((call) => !READS.has(call.name));

function bigLayer(count: number): WorkLayer {
  return {
    id: 'parcels',
    name: 'parcels',
    origin: 'import',
    visible: true,
    parkLinks: {},
    features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature' as const,
      id: `f${i}`,
      properties: { n: i },
      geometry: { type: 'Point' as const, coordinates: [105.7 + (i % 400) * 0.001, 29.2 + Math.floor(i / 400) * 0.001] },
    })),
  };
}

let owner: InstanceType<typeof MapOwner>;
let applies = 0;
let writes = 0;
let unfollow: () => void;
let unwatch: () => void;

beforeAll(() => {
  useAppStore.setState(initial, true);
  const scene = storeScene(data);
  const output = { act: () => undefined, drawn: () => undefined, editRefused: () => undefined, moved: () => undefined };
  owner = new MapOwner(document.createElement('div'), data, scene.now(), output, { top: 0, right: 0, bottom: 0, left: 0 });
  const apply = owner.apply.bind(owner);
  owner.apply = (next) => {
    applies += 1;
    apply(next);
  };
  // The owner takes no change before the style has loaded.
  maplibre.__fire('load');
  unfollow = scene.follow(owner);
  unwatch = useAppStore.subscribe(() => {
    writes += 1;
  });
});

afterAll(() => {
  unwatch();
  unfollow();
});

beforeEach(() => {
  calls.length = 0;
  applies = 0;
  writes = 0;
});

describe('map calls per user action (a fake MapLibre counts them)', () => {
  it('a tab switch makes no map call at all', () => {
    useAppStore.getState().setTab('industries');
    expect(writes).toBe(1);
    expect(calls).toEqual([]);
  });

  it('a selection on the map: one store write, one scene pass, feature-state writes only', () => {
    useAppStore.getState().select({ kind: 'park', id: 'fenghuanghu' }, 'map');
    expect(writes).toBe(1);
    expect(applies).toBe(1);
    expect(changes().length).toBeGreaterThan(0);
    expect(changes().map((c) => c.name).filter((name) => name !== 'setFeatureState')).toEqual([]);
    expect(useAppStore.getState().tab).toBe('parks');
    expect(useAppStore.getState().sheetExpanded).toBe(true);
  });

  it('another selection from a list: feature-state writes and one camera move, nothing else', () => {
    useAppStore.getState().select({ kind: 'park', id: 'gangqiao' }, 'list');
    expect(writes).toBe(1);
    expect(applies).toBe(1);
    const names = changes().map((c) => c.name);
    expect(names.filter((name) => CAMERA.has(name))).toHaveLength(1);
    expect(names.filter((name) => name !== 'setFeatureState' && !CAMERA.has(name))).toEqual([]);
    // Off the old park, on the new one.
    const states = calls.filter((c) => c.name === 'setFeatureState').map((c) => [(c.args[0] as { id: string }).id, c.args[1]]);
    expect(states).toContainEqual(['fenghuanghu', { selected: false }]);
    expect(states).toContainEqual(['gangqiao', { selected: true }]);
  });

  it('a 100,000-feature layer is sent once whole; one vertex moved is one diff of one feature', () => {
    const layer = bigLayer(100_000);
    useAppStore.getState().commitWork([layer]);
    expect(changes().map((c) => c.name)).toEqual(['work.setData']);
    expect((changes()[0]!.args[0] as FeatureCollection).features).toHaveLength(100_000);

    calls.length = 0;
    const moved = { type: 'Point' as const, coordinates: [105.75, 29.3] };
    const state = useAppStore.getState();
    state.commitWork(setFeatureGeometry(state.workLayers, 'parcels', 'f123', moved));
    expect(changes().map((c) => c.name)).toEqual(['work.updateData']);
    const diff = changes()[0]!.args[0] as { add: GeoJSON.Feature[]; remove: string[] };
    expect(diff.remove).toEqual([]);
    expect(diff.add).toHaveLength(1);
    expect(diff.add[0]!.properties?.['__key']).toBe('parcels/f123');
    expect(diff.add[0]!.geometry).toEqual(moved);
  });

  it('a deleted feature is one diff removing its key; selecting a work feature is feature-state only', () => {
    const state = useAppStore.getState();
    const [layer] = state.workLayers;
    state.commitWork([{ ...layer!, features: layer!.features.filter((f) => f.id !== 'f7') }]);
    expect(changes().map((c) => c.name)).toEqual(['work.updateData']);
    expect(changes()[0]!.args[0]).toEqual({ remove: ['parcels/f7'], add: [] });

    calls.length = 0;
    useAppStore.getState().selectWorkFeature({ layerId: 'parcels', featureId: 'f9' }, 'map');
    expect(changes().map((c) => c.name)).toEqual(['setFeatureState']);
    expect(changes()[0]!.args).toEqual([{ source: 'work', id: 'parcels/f9' }, { selected: true }]);
  });
});
