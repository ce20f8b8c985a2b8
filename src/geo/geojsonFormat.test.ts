import { describe, expect, it } from 'vitest';
import { featureText, formatFeatureCollection, stableStringify } from './geojsonFormat';

describe('geojsonFormat', () => {
  it('orders properties: given order first, then alphabetical; drops undefined', () => {
    const text = featureText(
      { type: 'Feature', id: 'a', properties: { z: 1, name: 'n', id: 'a', b: undefined, m: { y: 1, x: 2 } }, geometry: { type: 'Point', coordinates: [1, 2] } },
      ['id', 'name'],
    );
    expect(text).toBe(
      '{"type":"Feature","id":"a","properties":{"id":"a","name":"n","m":{"x":2,"y":1},"z":1},"geometry":{"type":"Point","coordinates":[1,2]}}',
    );
  });

  it('writes one feature per line with a final newline, no crs', () => {
    const fc = formatFeatureCollection(
      [
        { type: 'Feature', properties: { id: 'a' }, geometry: { type: 'Point', coordinates: [1, 2] } },
        { type: 'Feature', properties: { id: 'b' }, geometry: { type: 'Point', coordinates: [3, 4] } },
      ],
      ['id'],
    );
    expect(fc.split('\n')).toHaveLength(8); // 7 lines + the final newline
    expect(fc.endsWith('}\n')).toBe(true);
    expect(fc).not.toContain('crs');
    expect(JSON.parse(fc)).toMatchObject({ type: 'FeatureCollection', features: [{}, {}] });
    expect(formatFeatureCollection([], [])).toBe('{\n  "type": "FeatureCollection",\n  "features": []\n}\n');
  });

  it('rejects non-finite numbers', () => {
    expect(() => stableStringify([NaN])).toThrow(/non-finite/);
  });
});
