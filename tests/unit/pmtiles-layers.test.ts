import { describe, expect, it } from 'vitest';
import { clickActions } from '../../src/map/input';
import { sceneBuilder } from '../../src/map/scene';
import { localBasemapLayers, tileArchiveLayers, type ProtomapsStyles } from '../../src/map/style';
import * as protomaps from '@protomaps/basemaps';
import { useAppStore, type AppState } from '../../src/state/store';
import { sourceLayersOf } from '../../src/tiles/archive';
import { parseDeployment } from '../../src/tiles/deployment';
import type { TileLayer } from '../../src/tiles/types';
import { testGeoData } from '../support/geoData';

const initial = useAppStore.getState();
const state = (change: Partial<AppState> = {}): AppState => ({ ...initial, ...change });
const pointer = { hover: null, measureCursor: null };

const openLayer = (id: string, visible = true): TileLayer => ({
  id,
  name: `${id}.pmtiles`,
  origin: 'file',
  visible,
  status: {
    kind: 'open',
    handle: { key: `file-${id}`, archive: {}, bytesRead: () => 0 },
    info: {
      title: id,
      kind: 'vector',
      tileFormat: 'mvt',
      layers: [{ id: 'parcels', geometry: 'Point', fields: {}, count: 10 }],
      minZoom: 0,
      maxZoom: 14,
      bounds: [105.6, 28.9, 106.1, 29.6],
      attribution: '',
      bytes: 100,
    },
  },
});

describe('PMTiles layers in the scene', () => {
  const build = sceneBuilder(testGeoData());

  it('draws open, visible archives, each in its own colour', () => {
    const scene = build(state({ tileLayers: [openLayer('a'), openLayer('b'), openLayer('c', false), { ...openLayer('d'), status: { kind: 'needs-file' } }] }), pointer);
    expect(scene.tiles.map((t) => t.style.id)).toEqual(['a', 'b']);
    expect(scene.tiles[0]!.style.color).not.toBe(scene.tiles[1]!.style.color);
  });

  it('draws none under AMap (tiles cannot be shifted to GCJ-02), and all again without it', () => {
    const tileLayers = [openLayer('a')];
    expect(build(state({ tileLayers, basemap: 'amap' }), pointer).tiles).toEqual([]);
    expect(build(state({ tileLayers, basemap: 'osm' }), pointer).tiles).toHaveLength(1);
    expect(build(state({ tileLayers, basemap: 'local' }), pointer).tiles).toHaveLength(1);
  });

  it('keeps the tiles part the same object while the layers do not change', () => {
    const tileLayers = [openLayer('a')];
    expect(build(state({ tileLayers, tab: 'parks' }), pointer).tiles).toBe(build(state({ tileLayers }), pointer).tiles);
  });

  it('offers the local basemap only when the deployment names one, in WGS-84', () => {
    const deployment = { basemap: { url: 'http://app.test/basemap.pmtiles', attribution: '© OSM', name: null }, layers: [] };
    const on = build(state({ basemap: 'local', deployment }), pointer);
    expect(on.localBasemap).toEqual({ url: 'http://app.test/basemap.pmtiles', attribution: '© OSM' });
    expect(on.datum).toBe('wgs84');
    expect(on.basemap).toBeNull();
    expect(build(state({ basemap: 'local', deployment: { basemap: null, layers: [] } }), pointer).localBasemap).toBeNull();
  });
});

describe('the default style of a PMTiles archive', () => {
  const input = { id: 'a', key: 'file-1', kind: 'vector' as const, minZoom: 0, maxZoom: 14, attribution: 'x', color: '#123456' };

  it('draws each source-layer by its geometry type, all three when the archive does not say', () => {
    const points = tileArchiveLayers({ ...input, sourceLayers: [{ id: 'parcels', geometry: 'Point' }] });
    expect(points.layers.map((l) => l.type)).toEqual(['circle']);
    expect(points.source).toMatchObject({ type: 'vector', url: 'pmtiles://file-1' });
    const unknown = tileArchiveLayers({ ...input, sourceLayers: [{ id: 'x', geometry: 'unknown' }] });
    expect(unknown.layers.map((l) => l.type)).toEqual(['fill', 'line', 'line', 'circle']);
    const raster = tileArchiveLayers({ ...input, kind: 'raster', sourceLayers: [] });
    expect(raster.layers.map((l) => l.type)).toEqual(['raster']);
  });

  it('builds the local basemap from Protomaps layers without labels, background or sprites, ids prefixed', () => {
    const { layers, source } = localBasemapLayers(protomaps as unknown as ProtomapsStyles, 'http://app.test/b.pmtiles', '© OSM');
    expect(source).toMatchObject({ type: 'vector', url: 'pmtiles://http://app.test/b.pmtiles' });
    expect(layers.length).toBeGreaterThan(10);
    expect(layers.every((l) => l.id.startsWith('localbase-') && l.type !== 'symbol' && l.type !== 'background')).toBe(true);
    expect(layers.some((l) => l.id === 'localbase-water')).toBe(true);
    expect(layers.some((l) => l.id.startsWith('localbase-roads'))).toBe(true);
  });
});

describe('reading an archive’s metadata', () => {
  it('lists source-layers with the geometry the tile statistics give', () => {
    const layers = sourceLayersOf({
      vector_layers: [{ id: 'parcels', fields: { id: 'Number' } }, { id: 'roads' }, { nope: 1 }],
      tilestats: { layers: [{ layer: 'parcels', geometry: 'Point', count: 5 }, { layer: 'roads', geometry: 'LineString' }] },
    });
    expect(layers).toEqual([
      { id: 'parcels', geometry: 'Point', fields: { id: 'Number' }, count: 5 },
      { id: 'roads', geometry: 'LineString', fields: {}, count: null },
    ]);
    expect(sourceLayersOf(null)).toEqual([]);
    expect(sourceLayersOf({ vector_layers: 'x' })).toEqual([]);
  });
});

describe('the deployment config', () => {
  const base = new URL('https://app.test/site/deployment.json');

  it('reads a basemap and layers, resolving addresses against the config’s folder', () => {
    const { config, problems } = parseDeployment(
      JSON.stringify({ basemap: { url: 'basemap.pmtiles', attribution: '© OSM' }, layers: ['tiles/a.pmtiles', { url: '/b.pmtiles', name: 'B' }] }),
      base,
    );
    expect(problems).toEqual([]);
    expect(config.basemap).toEqual({ url: 'https://app.test/site/basemap.pmtiles', attribution: '© OSM', name: null });
    expect(config.layers).toEqual([
      { url: 'https://app.test/site/tiles/a.pmtiles', name: 'a.pmtiles' },
      { url: 'https://app.test/b.pmtiles', name: 'B' },
    ]);
  });

  it('is empty for an empty file, and refuses other origins and broken JSON with a reason', () => {
    expect(parseDeployment('', base)).toEqual({ config: { basemap: null, layers: [] }, problems: [] });
    const foreign = parseDeployment(JSON.stringify({ basemap: { url: 'https://tiles.example.com/b.pmtiles' } }), base);
    expect(foreign.config.basemap).toBeNull();
    expect(foreign.problems.map((p) => p.code)).toEqual(['foreign-url']);
    expect(parseDeployment('{', base).problems[0]!.code).toBe('not-json');
    expect(parseDeployment('[1]', base).problems[0]!.code).toBe('not-object');
    expect(parseDeployment(JSON.stringify({ layers: [42] }), base).problems[0]!.code).toBe('bad-entry');
  });
});

describe('a click on a PMTiles feature', () => {
  const inspection = { layerId: 'a', sourceLayer: 'parcels', properties: { id: 7 } };

  it('shows its attributes; a click beside it clears them; without PMTiles layers nothing changes', () => {
    expect(clickActions('select', { work: null, layout: null, tile: inspection }, [1, 2], false)).toEqual([{ type: 'inspect-tile', inspection }]);
    expect(clickActions('select', { work: null, layout: null, tile: null }, [1, 2], false)).toEqual([
      { type: 'select', selection: null },
      { type: 'inspect-tile', inspection: null },
    ]);
    expect(clickActions('select', { work: null, layout: null }, [1, 2], false)).toEqual([{ type: 'select', selection: null }]);
    expect(clickActions('measure', { work: null, layout: null, tile: inspection }, [1, 2], false)).toEqual([{ type: 'measure-point', position: [1, 2] }]);
  });
});
