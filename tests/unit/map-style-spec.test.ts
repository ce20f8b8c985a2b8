/**
 * The built style is valid by the MapLibre style specification (the spec's own validator, the
 * version maplibre-gl ships with): the layout style in both languages, and the layers added at
 * run time for an online basemap and for a PMTiles archive.
 */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapLayers, buildStyle, tileArchiveLayers } from '../../src/map/style';
import { testGeoData } from '../support/geoData';

const data = testGeoData();
const messages = (style: StyleSpecification) => validateStyleMin(style).map((error) => error.message);

/** A style of the layout plus extra sources and layers, as the owner adds them. */
function withExtra(sources: Record<string, SourceSpecification>, layers: LayerSpecification[]): StyleSpecification {
  const style = buildStyle(data, 'en');
  return { ...style, sources: { ...style.sources, ...sources }, layers: [...style.layers, ...layers] };
}

describe('the style against the MapLibre style specification', () => {
  it.each(['zh', 'en'] as const)('the layout style (%s) has no validation error', (language) => {
    expect(messages(buildStyle(data, language))).toEqual([]);
  });

  it('with an online basemap', () => {
    const added = basemapLayers([['https://tile.openstreetmap.org/{z}/{x}/{y}.png']], 19, '© OpenStreetMap');
    const style = withExtra(Object.fromEntries(added.map((a) => [a.id, a.source])), added.map((a) => a.layer));
    expect(messages(style)).toEqual([]);
  });

  it('with a PMTiles archive of each kind (vector of unknown geometry, raster)', () => {
    const base = { key: 'parcels.pmtiles', minZoom: 10, maxZoom: 14, attribution: 'test', color: '#336699' };
    const vector = tileArchiveLayers({ ...base, id: 'a', kind: 'vector', sourceLayers: [{ id: 'parcels', geometry: 'unknown' }] });
    const raster = tileArchiveLayers({ ...base, id: 'b', kind: 'raster', sourceLayers: [] });
    const style = withExtra({ [vector.sourceId]: vector.source, [raster.sourceId]: raster.source }, [...vector.layers, ...raster.layers]);
    expect(messages(style)).toEqual([]);
  });

  it('the validator catches a broken layer (the check can fail)', () => {
    const style = buildStyle(data, 'en');
    const broken = { ...style, layers: [...style.layers, { id: 'x', type: 'fill', source: 'nowhere', paint: { 'fill-color': 12 } }] } as StyleSpecification;
    expect(messages(broken).length).toBeGreaterThan(0);
  });
});
