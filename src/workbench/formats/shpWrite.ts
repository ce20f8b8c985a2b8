/**
 * A small .shp/.shx writer, the counterpart of shp.ts: points (1), multipoints (8),
 * polylines (3) and polygons (5), 2D, coordinates as given (full doubles). Polygon shells
 * are written clockwise and holes counter-clockwise, as the format requires. Pure.
 */
import type { Position } from 'geojson';

export type ShapeType = 1 | 3 | 5 | 8;

/** One shape: the parts of a polyline, the rings of a polygon (shells and holes), or points. */
export type Shape =
  | { type: 1; point: Position }
  | { type: 8; points: Position[] }
  | { type: 3; parts: Position[][] }
  | { type: 5; shells: { shell: Position[]; holes: Position[][] }[] };

/** Twice the signed area: positive for clockwise rings (y up). */
function clockwiseArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ((ring[i]![0] ?? 0) - (ring[j]![0] ?? 0)) * ((ring[i]![1] ?? 0) + (ring[j]![1] ?? 0));
  }
  return sum;
}

function closed(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return [...ring];
  return first[0] === last[0] && first[1] === last[1] ? [...ring] : [...ring, first];
}

function oriented(ring: readonly Position[], clockwise: boolean): Position[] {
  const r = closed(ring);
  return clockwiseArea(r) >= 0 === clockwise ? r : r.reverse();
}

function partsOf(shape: Shape): Position[][] {
  switch (shape.type) {
    case 1:
      return [[shape.point]];
    case 8:
      return [shape.points];
    case 3:
      return shape.parts;
    case 5:
      return shape.shells.flatMap(({ shell, holes }) => [oriented(shell, true), ...holes.map((h) => oriented(h, false))]);
  }
}

type Box = [number, number, number, number];

function boxOf(points: Iterable<Position>): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    const x = p[0] ?? 0;
    const y = p[1] ?? 0;
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box[0] === Infinity ? [0, 0, 0, 0] : box;
}

function content(shape: Shape, parts: Position[][]): Uint8Array {
  const points = parts.flat();
  if (shape.type === 1) {
    const out = new DataView(new ArrayBuffer(20));
    out.setInt32(0, 1, true);
    out.setFloat64(4, points[0]![0] ?? 0, true);
    out.setFloat64(12, points[0]![1] ?? 0, true);
    return new Uint8Array(out.buffer);
  }
  const box = boxOf(points);
  const multipoint = shape.type === 8;
  const headBytes = multipoint ? 40 : 44 + 4 * parts.length;
  const out = new DataView(new ArrayBuffer(headBytes + 16 * points.length));
  out.setInt32(0, shape.type, true);
  box.forEach((v, i) => out.setFloat64(4 + 8 * i, v, true));
  let at: number;
  if (multipoint) {
    out.setInt32(36, points.length, true);
    at = 40;
  } else {
    out.setInt32(36, parts.length, true);
    out.setInt32(40, points.length, true);
    let start = 0;
    parts.forEach((part, i) => {
      out.setInt32(44 + 4 * i, start, true);
      start += part.length;
    });
    at = headBytes;
  }
  for (const p of points) {
    out.setFloat64(at, p[0] ?? 0, true);
    out.setFloat64(at + 8, p[1] ?? 0, true);
    at += 16;
  }
  return new Uint8Array(out.buffer);
}

function header(type: ShapeType, fileBytes: number, box: Box): Uint8Array {
  const out = new DataView(new ArrayBuffer(100));
  out.setInt32(0, 9994);
  out.setInt32(24, fileBytes / 2);
  out.setInt32(28, 1000, true);
  out.setInt32(32, type, true);
  box.forEach((v, i) => out.setFloat64(36 + 8 * i, v, true));
  return new Uint8Array(out.buffer);
}

/** The .shp and .shx of shapes that are all of `type`. */
export function writeShp(type: ShapeType, shapes: readonly Shape[]): { shp: Uint8Array; shx: Uint8Array } {
  const contents = shapes.map((s) => {
    if (s.type !== type) throw new Error(`shape type ${s.type} in a file of type ${type}`);
    return content(s, partsOf(s));
  });
  const box = boxOf(shapes.flatMap((s) => partsOf(s).flat()));
  const shpBytes = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(100 + 8 * contents.length);
  shp.set(header(type, shpBytes, box));
  shx.set(header(type, shx.length, box));
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  let at = 100;
  contents.forEach((c, i) => {
    shxView.setInt32(100 + 8 * i, at / 2);
    shxView.setInt32(104 + 8 * i, c.length / 2);
    shpView.setInt32(at, i + 1);
    shpView.setInt32(at + 4, c.length / 2);
    shp.set(c, at + 8);
    at += 8 + c.length;
  });
  return { shp, shx };
}
