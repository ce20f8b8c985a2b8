/** Minimal typings for geojson-validation@1.0.2 (CommonJS, no bundled types). */
declare module 'geojson-validation' {
  /** With trace = true: the list of problems ([] when valid). */
  export function valid(geoJSON: unknown, trace: true): string[];
  export function valid(geoJSON: unknown, trace?: false): boolean;
  export function isFeatureCollection(geoJSON: unknown, trace: true): string[];
  export function isFeatureCollection(geoJSON: unknown, trace?: false): boolean;
  export function isGeometryObject(geometry: unknown, trace: true): string[];
  export function isGeometryObject(geometry: unknown, trace?: false): boolean;
}
