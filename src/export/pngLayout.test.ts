import { describe, expect, it } from 'vitest';
import { metresPerPixel, niceScale, pngLayout, scaleLabel } from './pngLayout';

describe('PNG layout', () => {
  it('frames the map so the image is larger than the map on both axes', () => {
    const layout = pngLayout(800, 600, 8);
    expect(layout.width).toBeGreaterThan(800);
    expect(layout.height).toBeGreaterThan(600);
    expect(layout.swatchCentres).toHaveLength(8);
    for (const centre of layout.swatchCentres) {
      expect(centre.x).toBeGreaterThan(layout.map.x + layout.map.width);
      expect(centre.y).toBeLessThan(layout.footerY);
    }
  });

  it('picks a round scale-bar length that fits', () => {
    const mpp = metresPerPixel(29.35, 10);
    // About 66.6 m per pixel at zoom 10 near 29° N (512-pixel tiles).
    expect(mpp).toBeCloseTo(66.6, 0);
    const scale = niceScale(mpp, 120);
    expect(scale.metres).toBe(5000);
    expect(scale.px).toBeLessThanOrEqual(120);
    expect(scale.px).toBeGreaterThan(60);
    expect(scaleLabel(scale.metres)).toBe('5 km');
    expect(scaleLabel(500)).toBe('500 m');
  });
});
