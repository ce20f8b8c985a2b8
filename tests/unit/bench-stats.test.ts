import { describe as group, expect, it } from 'vitest';
import { assetKind, growthExponent, median, percentile } from '../../scripts/bench/stats';

group('benchmark statistics', () => {
  it('interpolates percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
  });

  it('tells linear from quadratic growth', () => {
    expect(growthExponent([1e3, 1e4, 1e5].map((x) => ({ x, y: 0.002 * x })))).toBeCloseTo(1, 6);
    expect(growthExponent([1e3, 1e4, 1e5].map((x) => ({ x, y: x * x })))).toBeCloseTo(2, 6);
  });

  it('sorts built assets into MapLibre, React, app code and data', () => {
    expect(assetKind('http://127.0.0.1:4173/assets/maplibre-CLRx.js')).toBe('maplibre');
    expect(assetKind('http://127.0.0.1:4173/assets/maplibre-gl-worker-CZ.mjs')).toBe('maplibre');
    expect(assetKind('http://127.0.0.1:4173/assets/react-Dct.js')).toBe('react');
    expect(assetKind('http://127.0.0.1:4173/assets/index-iHN.js')).toBe('app');
    expect(assetKind('http://127.0.0.1:4173/assets/parks-Ae.geojson')).toBe('data');
    expect(assetKind('http://127.0.0.1:4173/')).toBe('app');
  });
});
