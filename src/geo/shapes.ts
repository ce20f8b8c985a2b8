/**
 * Simple, clearly schematic shapes (superellipses: rounded rectangles and smooth blobs)
 * built in a local kilometre frame around a centre and returned in lon/lat. Pure.
 */
import type { Polygon, Position } from 'geojson';

/** Mean Earth radius used for the local frame (the same as turf's). */
export const EARTH_RADIUS_KM = 6371.0088;
const DEG = Math.PI / 180;

export interface LonLat {
  lon: number;
  lat: number;
}

/** Local equirectangular frame: km east/north of `origin` -> lon/lat. */
export function offsetKm(origin: LonLat, eastKm: number, northKm: number): Position {
  const lat = origin.lat + northKm / (EARTH_RADIUS_KM * DEG);
  const lon = origin.lon + eastKm / (EARTH_RADIUS_KM * DEG * Math.cos(origin.lat * DEG));
  return [lon, lat];
}

/** Inverse of {@link offsetKm}: lon/lat -> km east/north of `origin`. */
export function toLocalKm(origin: LonLat, p: Position): { eastKm: number; northKm: number } {
  const lon = p[0] ?? 0;
  const lat = p[1] ?? 0;
  return {
    eastKm: (lon - origin.lon) * EARTH_RADIUS_KM * DEG * Math.cos(origin.lat * DEG),
    northKm: (lat - origin.lat) * EARTH_RADIUS_KM * DEG,
  };
}

export interface SuperellipseSpec {
  centre: LonLat;
  /** Half-width along the shape's own x axis (before rotation), km. */
  semiMajorKm: number;
  /** Half-height along the shape's own y axis, km. */
  semiMinorKm: number;
  /** 2 = ellipse; 4 = rounded rectangle; higher = squarer. */
  exponent: number;
  /** Counter-clockwise rotation of the x axis from east, degrees. */
  rotationDeg: number;
  /** Number of vertices (the ring gets one more, closing vertex). */
  vertices?: number;
}

/** Point on the superellipse's own frame for parameter t (radians), km. */
function superellipsePoint(a: number, b: number, n: number, t: number): [number, number] {
  const c = Math.cos(t);
  const s = Math.sin(t);
  const x = a * Math.sign(c) * Math.abs(c) ** (2 / n);
  const y = b * Math.sign(s) * Math.abs(s) ** (2 / n);
  return [x, y];
}

/** Rotates a local (x, y) km offset counter-clockwise by `deg`. */
export function rotateKm(x: number, y: number, deg: number): [number, number] {
  const r = deg * DEG;
  return [x * Math.cos(r) - y * Math.sin(r), x * Math.sin(r) + y * Math.cos(r)];
}

/** A counter-clockwise, closed superellipse ring as a Polygon. */
export function superellipse(spec: SuperellipseSpec): Polygon {
  const n = spec.vertices ?? 64;
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    const [x, y] = superellipsePoint(spec.semiMajorKm, spec.semiMinorKm, spec.exponent, t);
    const [e, no] = rotateKm(x, y, spec.rotationDeg);
    ring.push(offsetKm(spec.centre, e, no));
  }
  const first = ring[0];
  if (first) ring.push([first[0] ?? 0, first[1] ?? 0]);
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * A point inside a superellipse given in the shape's own frame as fractions of its
 * semi-axes (u along the major axis, v along the minor axis, each in -1..1).
 */
export function pointInShapeFrame(spec: SuperellipseSpec, u: number, v: number): Position {
  const [e, n] = rotateKm(u * spec.semiMajorKm, v * spec.semiMinorKm, spec.rotationDeg);
  return offsetKm(spec.centre, e, n);
}
