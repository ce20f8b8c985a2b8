/**
 * GCJ-02 -> WGS-84 conversion, a thin wrapper over `gcoord` (MIT). Chinese web-map
 * outlines (AMap/DataV, hence ECharts' bundled maps) are published in GCJ-02; the
 * offset near Yongchuan is about 480 m, so skipping it shifts everything south-east.
 */
import gcoord from 'gcoord';
import type { MultiPolygon, Polygon, Position } from 'geojson';

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
