/** Minimal typings for the parts of shpjs@6 the workbench uses (the package ships none). */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, in file order; reprojected only when a .prj is given (the workbench never gives one). */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView | DataView, prj?: string): (Geometry | null)[];
  /** Attribute rows of a .dbf, decoded with the code page named in the .cpg. */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView | DataView, cpg?: string): Record<string, unknown>[];
}
