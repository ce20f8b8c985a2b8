import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, geometryGcj02ToWgs84, shiftCollection, wgs84ToGcj02 } from './gcj';
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

describe('wgs84ToGcj02 (AMap alignment)', () => {
  it('moves a known point in Yongchuan by the published GCJ-02 offset', () => {
    // 永川 old city, WGS-84. GCJ-02 adds about +0.00349° longitude and -0.00299° latitude here
    // (about 340 m east and 330 m south: roughly 470 m south-east).
    const wgs = [105.927, 29.356];
    const gcj = wgs84ToGcj02(wgs);
    expect(gcj[0]! - wgs[0]!).toBeCloseTo(0.00349, 5);
    expect(gcj[1]! - wgs[1]!).toBeCloseTo(-0.00299, 5);
    const d = toLocalKm({ lon: wgs[0]!, lat: wgs[1]! }, gcj);
    expect(Math.hypot(d.eastKm, d.northKm)).toBeGreaterThan(0.4);
    expect(Math.hypot(d.eastKm, d.northKm)).toBeLessThan(0.55);
  });

  it('is undone by gcj02ToWgs84 to within a metre', () => {
    const back = gcj02ToWgs84(wgs84ToGcj02([105.9, 29.2]));
    expect(back[0]).toBeCloseTo(105.9, 5);
    expect(back[1]).toBeCloseTo(29.2, 5);
  });

  it('shifts every coordinate of a collection and keeps properties', () => {
    const shifted = shiftCollection(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { id: 'p' }, geometry: { type: 'Point', coordinates: [105.9, 29.3] } },
          {
            type: 'Feature',
            properties: { id: 'm' },
            geometry: { type: 'MultiPolygon', coordinates: [[[[105.9, 29.3], [106, 29.3], [106, 29.4], [105.9, 29.3]]]] },
          },
        ],
      },
      wgs84ToGcj02,
    );
    expect(shifted.features[0]?.properties).toEqual({ id: 'p' });
    expect((shifted.features[0]?.geometry as { coordinates: number[] }).coordinates).toEqual(wgs84ToGcj02([105.9, 29.3]));
    const ring = (shifted.features[1]?.geometry as { coordinates: number[][][][] }).coordinates[0]![0]!;
    expect(ring[2]).toEqual(wgs84ToGcj02([106, 29.4]));
  });
});
