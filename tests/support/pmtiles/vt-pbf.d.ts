/** vt-pbf ships no types: the one function the test archives use. */
declare module 'vt-pbf' {
  /** A feature as geojson-vt hands it out: type 1 point, 2 line, 3 polygon; tile coordinates (extent 4096). */
  export interface TileFeature {
    type: 1 | 2 | 3;
    geometry: number[][] | number[][][];
    tags: Record<string, string | number | boolean> | null;
    id?: number;
  }
  export function fromGeojsonVt(
    layers: Record<string, { features: readonly TileFeature[] }>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
  const vtpbf: { fromGeojsonVt: typeof fromGeojsonVt };
  export default vtpbf;
}
