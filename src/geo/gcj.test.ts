import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, geometryGcj02ToWgs84 } from './gcj';
import { toLocalKm } from './shapes';

describe('gcj02ToWgs84', () => {
  it('moves Yongchuan points by roughly 0.4-0.6 km to the north-west', () => {
    const gcj = [105.9, 29.35];
    const wgs = gcj02ToWgs84(gcj);
    const d = toLocalKm({ lon: gcj[0] ?? 0, lat: gcj[1] ?? 0 }, wgs);
    const km = Math.hypot(d.eastKm, d.northKm);
    expect(km).toBeGreaterThan(0.3);
    expect(km).toBeLessThan(0.7);
    expect(d.eastKm).toBeLessThan(0);
    expect(d.northKm).toBeGreaterThan(0);
  });

  it('converts every ring of a geometry', () => {
    const g = geometryGcj02ToWgs84({ type: 'Polygon', coordinates: [[[105.9, 29.35], [106, 29.35], [106, 29.4], [105.9, 29.35]]] });
    expect(g.coordinates[0]).toHaveLength(4);
    expect(g.coordinates[0]?.[0]).toEqual(gcj02ToWgs84([105.9, 29.35]));
  });
});
