import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** Signed area of a ring in coordinate units (positive = counter-clockwise). */
export function ringSignedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function clockwise(ring: Position[]): Position[] {
  return ringSignedArea(ring) > 0 ? [...ring].reverse() : ring;
}

/**
 * A polygon covering the world with the given area cut out, used to dim everything
 * outside the district. The outer ring is counter-clockwise and the holes clockwise,
 * as RFC 7946 and MapLibre's ring classification expect.
 */
export function maskOutside(area: Polygon | MultiPolygon): Feature<Polygon> {
  const world: Position[] = [
    [-180, -85],
    [180, -85],
    [180, 85],
    [-180, 85],
    [-180, -85],
  ];
  const outerRings = area.type === 'Polygon' ? [area.coordinates[0]] : area.coordinates.map((p) => p[0]);
  const holes = outerRings.filter((ring): ring is Position[] => ring !== undefined).map(clockwise);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [world, ...holes] } };
}
