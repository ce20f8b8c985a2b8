import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStyle, LAYER_IDS, missingLayerIds, referencedLayerIds } from '../../src/map/style';
import { testGeoData } from '../support/geoData';

/** MapLibre methods that change the style, feature-state or camera. */
const MAP_CHANGES =
  /\.(setPaintProperty|setLayoutProperty|addLayer|removeLayer|addSource|removeSource|setFeatureState|removeFeatureState|setFilter|flyTo|fitBounds|jumpTo|easeTo|panTo|setGlobalStateProperty|setStyle|moveLayer|setData)\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('one owner of the map', () => {
  const files = sourceFiles('src').map((path) => ({ path: relative('.', path), text: readFileSync(path, 'utf8') }));
  const changers = files.filter((file) => MAP_CHANGES.test(file.text)).map((file) => file.path);

  it('no file outside src/map/ changes MapLibre’s style, feature-state or camera', () => {
    expect(changers.filter((path) => !path.startsWith('src/map/'))).toEqual([]);
  });

  it('at most three files of the map module do', () => {
    expect(changers.length).toBeGreaterThan(0);
    expect(changers.length).toBeLessThanOrEqual(3);
  });

  it('the rule sees a stray call (it can fail)', () => {
    expect(MAP_CHANGES.test('map.setFeatureState({ source, id }, { selected: true })')).toBe(true);
    expect(MAP_CHANGES.test('mapPort.snapshot(box)')).toBe(false);
  });

  it('no module outside the map reaches the MapLibre instance', () => {
    const outside = files.filter((file) => !file.path.startsWith('src/map/'));
    expect(outside.filter((file) => /from 'maplibre-gl'/.test(file.text) && !/import type/.test(file.text)).map((f) => f.path)).toEqual([]);
    expect(outside.filter((file) => /__yongchuanMap/.test(file.text)).map((f) => f.path)).toEqual([]);
  });
});

describe('layer ids', () => {
  const style = buildStyle(testGeoData(), 'zh');

  it('the built style has exactly the declared layers, in order', () => {
    expect(style.layers.map((layer) => layer.id)).toEqual([...LAYER_IDS]);
  });

  it('every layer id the map module refers to exists in the style', () => {
    expect(missingLayerIds(style, referencedLayerIds())).toEqual([]);
  });

  it('a renamed layer makes the check fail', () => {
    const renamed = { ...style, layers: style.layers.map((layer) => (layer.id === 'clusters-ring' ? { ...layer, id: 'clusters-halo' } : layer)) };
    expect(missingLayerIds(renamed, referencedLayerIds())).toEqual(['clusters-ring']);
  });

  it('every source a layer draws from is in the style', () => {
    const sources = new Set(Object.keys(style.sources));
    const used = style.layers.flatMap((layer) => ('source' in layer && typeof layer.source === 'string' ? [layer.source] : []));
    expect(used.filter((id) => !sources.has(id))).toEqual([]);
  });
});
