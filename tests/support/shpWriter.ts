/**
 * A minimal .shp/.shx writer for tests: record contents are built byte by byte, so a test can
 * write what ordinary writers never do (null shapes, Z and M variants, headers whose length
 * disagrees with the content, a file cut short). The project's own; follows the ESRI
 * Shapefile technical description (1998).
 */
import type { Position } from 'geojson';

class Bytes {
  private readonly parts: number[][] = [];
  private size = 0;
  int(value: number, little = true): this {
    const b = new DataView(new ArrayBuffer(4));
    b.setInt32(0, value, little);
    return this.push(b);
  }
  double(value: number): this {
    const b = new DataView(new ArrayBuffer(8));
    b.setFloat64(0, value, true);
    return this.push(b);
  }
  private push(view: DataView): this {
    this.parts.push([...new Uint8Array(view.buffer)]);
    this.size += view.byteLength;
    return this;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

const bbox = (points: readonly Position[]) => {
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

export const nullShape = (): Uint8Array => new Bytes().int(0).bytes();

/** A Point (1), PointZ (11, with z and m) or PointM (21, with m). */
export function pointShape(type: 1 | 11 | 21, [x, y, z = 0]: Position, m = 0): Uint8Array {
  const b = new Bytes().int(type).double(x!).double(y!);
  if (type === 11) b.double(z).double(m);
  if (type === 21) b.double(m);
  return b.bytes();
}

/** A PolyLine/Polygon (3/5), their Z variants (13/15, z and m arrays) or M variants (23/25, m array). */
export function partsShape(type: 3 | 5 | 13 | 15 | 23 | 25, parts: readonly (readonly Position[])[]): Uint8Array {
  const points = parts.flat();
  const b = new Bytes().int(type);
  for (const v of bbox(points)) b.double(v);
  b.int(parts.length).int(points.length);
  let start = 0;
  for (const part of parts) {
    b.int(start);
    start += part.length;
  }
  for (const p of points) b.double(p[0]!).double(p[1]!);
  const withZ = type === 13 || type === 15;
  if (withZ) {
    b.double(Math.min(...points.map((p) => p[2] ?? 0))).double(Math.max(...points.map((p) => p[2] ?? 0)));
    for (const p of points) b.double(p[2] ?? 0);
  }
  if (withZ || type === 23 || type === 25) {
    b.double(0).double(0);
    for (let i = 0; i < points.length; i++) b.double(i);
  }
  return b.bytes();
}

/** A MultiPoint (8), MultiPointZ (18) or MultiPointM (28). */
export function multiPointShape(type: 8 | 18 | 28, points: readonly Position[]): Uint8Array {
  const b = new Bytes().int(type);
  for (const v of bbox(points)) b.double(v);
  b.int(points.length);
  for (const p of points) b.double(p[0]!).double(p[1]!);
  if (type === 18) {
    b.double(0).double(0);
    for (const p of points) b.double(p[2] ?? 0);
  }
  if (type !== 8) {
    b.double(0).double(0);
    for (let i = 0; i < points.length; i++) b.double(i);
  }
  return b.bytes();
}

export interface ShpRecordSpec {
  content: Uint8Array;
  /** The content length the header declares, in bytes (default: the content's own). */
  declaredBytes?: number;
}

/** A .shp and its .shx of `fileType` holding these records, numbered from 1. */
export function shpFile(fileType: number, records: readonly (Uint8Array | ShpRecordSpec)[]): { shp: Uint8Array; shx: Uint8Array } {
  const specs = records.map((r) => (r instanceof Uint8Array ? { content: r } : r));
  const body = new Bytes();
  const index = new Bytes();
  let offset = 100;
  specs.forEach((spec, i) => {
    const declared = spec.declaredBytes ?? spec.content.length;
    index.int(offset / 2, false).int(declared / 2, false);
    body.int(i + 1, false).int(declared / 2, false);
    offset += 8 + spec.content.length;
  });
  const contents = specs.map((s) => s.content);
  const header = (length: number) => {
    const h = new Bytes().int(9994, false);
    for (let i = 0; i < 5; i++) h.int(0, false);
    h.int(length / 2, false).int(1000).int(fileType);
    for (let i = 0; i < 8; i++) h.double(0);
    return h.bytes();
  };
  const heads = body.bytes();
  const shp = new Uint8Array(offset);
  shp.set(header(offset), 0);
  let at = 100;
  contents.forEach((content, i) => {
    shp.set(heads.subarray(8 * i, 8 * i + 8), at);
    shp.set(content, at + 8);
    at += 8 + content.length;
  });
  const indexBytes = index.bytes();
  const shx = new Uint8Array(100 + indexBytes.length);
  shx.set(header(shx.length), 0);
  shx.set(indexBytes, 100);
  return { shp, shx };
}
