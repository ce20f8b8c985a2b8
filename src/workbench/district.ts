/** The district's bounding box, for the import's "far outside the district" check. */
import type { FeatureCollection } from 'geojson';
import { bboxOf, positionsOf, type BBox } from './geometry';
import type { WorkGeometry } from './types';

export function boundsOfDistrict(district: FeatureCollection): BBox {
  const positions = district.features.flatMap((f) =>
    f.geometry && f.geometry.type !== 'GeometryCollection' ? positionsOf(f.geometry as WorkGeometry) : [],
  );
  return bboxOf(positions);
}
