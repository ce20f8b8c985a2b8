import { describe, expect, it } from 'vitest';
import { zoomAdvice } from '../../src/tiles/zoomRange';

describe('“zoom in to see this layer”', () => {
  const from10 = { minZoom: 10, maxZoom: 14 };
  it('is given while the view is further out than the first zoom (tiles of floor(zoom) are drawn)', () => {
    expect(zoomAdvice(9.8, from10)).toEqual({ kind: 'zoom-in', minZoom: 10, zoom: 9.8 });
    expect(zoomAdvice(9.999, from10)).not.toBeNull();
  });
  it('is not given inside the zooms, nor above the last one (tiles are overzoomed), nor before the map reports a view', () => {
    expect(zoomAdvice(10, from10)).toBeNull();
    expect(zoomAdvice(16, from10)).toBeNull();
    expect(zoomAdvice(null, from10)).toBeNull();
    expect(zoomAdvice(3, { minZoom: 0, maxZoom: 14 })).toBeNull();
  });
});
