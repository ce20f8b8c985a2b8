/**
 * GCJ-02 -> WGS-84 conversion, a thin wrapper over `gcoord` (MIT). Chinese web-map
 * outlines (AMap/DataV, hence ECharts' bundled maps) are published in GCJ-02; the
 * offset near Yongchuan is about 480 m, so skipping it shifts everything south-east.
 */
import gcoord from 'gcoord';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export function gcj02ToWgs84(position: Position): Position {
  const lon = position[0];
  const lat = position[1];
  if (lon === undefined || lat === undefined) throw new Error('position needs two numbers');
  const out = gcoord.transform<[number, number]>([lon, lat], gcoord.GCJ02, gcoord.WGS84);
  return [out[0], out[1]];
}

export function ringGcj02ToWgs84(ring: readonly Position[]): Position[] {
  return ring.map(gcj02ToWgs84);
}

export function geometryGcj02ToWgs84<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(ringGcj02ToWgs84) };
  }
  return {
    ...geometry,
    coordinates: geometry.coordinates.map((polygon) => polygon.map(ringGcj02ToWgs84)),
  };
}

/** WGS-84 -> GCJ-02, for drawing the project's WGS-84 layers over GCJ-02 tiles (AMap). */
export function wgs84ToGcj02(position: Position): Position {
  const lon = position[0];
  const lat = position[1];
  if (lon === undefined || lat === undefined) throw new Error('position needs two numbers');
  const out = gcoord.transform<[number, number]>([lon, lat], gcoord.WGS84, gcoord.GCJ02);
  return [out[0], out[1]];
}

function shiftCoordinates(value: unknown, shift: (position: Position) => Position): unknown {
  if (Array.isArray(value) && typeof value[0] === 'number') return shift(value as Position);
  if (Array.isArray(value)) return value.map((item) => shiftCoordinates(item, shift));
  return value;
}

/** Every coordinate of a geometry moved by `shift`. */
export function shiftGeometry<G extends Geometry>(geometry: G, shift: (position: Position) => Position): G {
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((part) => shiftGeometry(part, shift)) };
  }
  return { ...geometry, coordinates: shiftCoordinates(geometry.coordinates, shift) } as G;
}

/** Every coordinate of a collection moved by `shift`; properties are kept. */
export function shiftCollection<C extends FeatureCollection>(collection: C, shift: (position: Position) => Position): C {
  return {
    ...collection,
    features: collection.features.map((feature) => {
      const geometry = feature.geometry as Geometry | null;
      return geometry ? { ...feature, geometry: shiftGeometry(geometry, shift) } : feature;
    }),
  };
}
