/**
 * The datum the map draws in. Everything outside the map module speaks WGS-84; under a GCJ-02
 * basemap (AMap) the owner shifts what goes in with these functions and unshifts what comes out.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { GeoData } from '../data/geodata';
import type { BBox } from '../geo/bounds';
import { gcj02ToWgs84, shiftCollection, shiftGeometry, wgs84ToGcj02 } from '../geo/gcj';

export type Datum = 'wgs84' | 'gcj02';

export function positionIn(datum: Datum, position: Position): Position {
  return datum === 'gcj02' ? wgs84ToGcj02(position) : position;
}

export function positionOut(datum: Datum, position: Position): Position {
  return datum === 'gcj02' ? gcj02ToWgs84(position) : position;
}

export function geometryIn<G extends Geometry>(datum: Datum, geometry: G): G {
  return datum === 'gcj02' ? shiftGeometry(geometry, wgs84ToGcj02) : geometry;
}

export function geometryOut<G extends Geometry>(datum: Datum, geometry: G): G {
  return datum === 'gcj02' ? shiftGeometry(geometry, gcj02ToWgs84) : geometry;
}

const shiftedCollections = new WeakMap<FeatureCollection, FeatureCollection>();

/** A collection as drawn in `datum`; the GCJ-02 copy of each collection is made once. */
export function collectionIn<C extends FeatureCollection>(datum: Datum, collection: C): C {
  if (datum === 'wgs84') return collection;
  let shifted = shiftedCollections.get(collection);
  if (!shifted) {
    shifted = shiftCollection(collection, wgs84ToGcj02);
    shiftedCollections.set(collection, shifted);
  }
  return shifted as C;
}

const shiftedData = new WeakMap<GeoData, GeoData>();

/** The project's layers as drawn in `datum`, computed once per data set. */
export function geoDataIn(datum: Datum, data: GeoData): GeoData {
  if (datum === 'wgs84') return data;
  let shifted = shiftedData.get(data);
  if (!shifted) {
    shifted = Object.fromEntries(
      Object.entries(data).map(([key, collection]) => [key, collectionIn('gcj02', collection as FeatureCollection)]),
    ) as unknown as GeoData;
    shiftedData.set(data, shifted);
  }
  return shifted;
}

/** A WGS-84 box as drawn: the box around its four shifted corners. */
export function bboxIn(datum: Datum, [west, south, east, north]: BBox): BBox {
  if (datum === 'wgs84') return [west, south, east, north];
  const corners = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
  ].map((corner) => wgs84ToGcj02(corner));
  const xs = corners.map((c) => c[0]!);
  const ys = corners.map((c) => c[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
