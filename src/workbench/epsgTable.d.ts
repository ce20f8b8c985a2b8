declare module 'virtual:epsg-table' {
  /** code -> [name, proj4 definition without its common tail]; see scripts/build/epsgTable.ts. */
  const table: Record<string, [string, string]>;
  export default table;
}

declare module 'virtual:epsg-prj' {
  /** code -> the ESRI well-known text of a Shapefile's .prj; see scripts/build/epsgTable.ts. */
  const table: Record<string, string>;
  export default table;
}
