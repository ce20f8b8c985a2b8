import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import type { HubProps } from '../data/types';
import { distancesFrom, isWithin, kmBetween, ringsAround, roundKm } from './distances';

const hub = (id: string, coordinates: [number, number], uncertaintyM = 1500): Feature<Point, HubProps> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: {
    id,
    name: id,
    nameEn: id,
    kind: 'rail-station',
    offMap: false,
    uncertaintyM,
    placedBy: [],
    accuracy: 'approximate-point',
    source: 'test',
    licence: 'test',
  },
});

describe('distances', () => {
  it('measures the great-circle distance (Yongchuan to Chengdu is about 250-280 km)', () => {
    const km = kmBetween([105.927, 29.356], [104.066, 30.657]);
    expect(km).toBeGreaterThan(230);
    expect(km).toBeLessThan(280);
    // One degree of latitude is about 111.2 km.
    expect(kmBetween([106, 29], [106, 30])).toBeCloseTo(111.2, 0);
  });

  it('carries each hub’s uncertainty in km', () => {
    const [first] = distancesFrom([106, 29], [hub('a', [106, 30], 3000)]);
    expect(first?.hubUncertaintyKm).toBe(3);
    expect(first?.hubAccuracy).toBe('approximate-point');
  });

  it('filters by distance to a hub', () => {
    const station = hub('s', [106, 29]);
    expect(isWithin([106, 29.08], station, 10)).toBe(true);
    expect(isWithin([106, 29.1], station, 10)).toBe(false);
  });

  it('draws rings whose vertices lie at the radius', () => {
    const rings = ringsAround([105.9, 29.35], [5, 20]);
    expect(rings.features.map((f) => f.properties.km)).toEqual([5, 20]);
    const vertex = rings.features[1]!.geometry.coordinates[0]![10]!;
    expect(kmBetween([105.9, 29.35], vertex)).toBeCloseTo(20, 1);
  });

  it('rounds to tenths near by and to whole km far away', () => {
    expect(roundKm(3.14159)).toBe(3.1);
    expect(roundKm(56.7)).toBe(57);
  });
});
