/**
 * Polygon validity as the OGC Simple Features specification defines it, decided by JSTS
 * (the JavaScript port of JTS, the reference implementation): repeated vertices and
 * rings touching at single points are valid; self-crossing rings, overlapping parts,
 * holes outside their shell, nested holes or shells are not. Pure.
 */
import { kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import TopologyValidationError from 'jsts/org/locationtech/jts/operation/valid/TopologyValidationError.js';
import type { ProblemCode } from './types';

export interface Invalidity {
  code: ProblemCode;
  at: [number, number];
}

const reader = new GeoJSONReader(new GeometryFactory());

const CODES: Record<number, ProblemCode> = {
  [TopologyValidationError.HOLE_OUTSIDE_SHELL]: 'hole-outside',
  [TopologyValidationError.NESTED_HOLES]: 'nested-holes',
  [TopologyValidationError.DISCONNECTED_INTERIOR]: 'disconnected-interior',
  [TopologyValidationError.SELF_INTERSECTION]: 'self-intersection',
  [TopologyValidationError.RING_SELF_INTERSECTION]: 'self-intersection',
  [TopologyValidationError.NESTED_SHELLS]: 'nested-shells',
  [TopologyValidationError.DUPLICATE_RINGS]: 'duplicate-rings',
  [TopologyValidationError.TOO_FEW_POINTS]: 'degenerate',
  [TopologyValidationError.RING_NOT_CLOSED]: 'ring-not-closed',
};

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

function jstsError(geometry: Polygon | MultiPolygon): Invalidity | null {
  const error = new IsValidOp(reader.read(geometry)).getValidationError();
  if (!error) return null;
  // JSTS's typings say `any` for these two.
  const c = error.getCoordinate() as { x: number; y: number } | null;
  const type = error.getErrorType() as number;
  return { code: CODES[type] ?? 'invalid-geojson', at: [round(c?.x ?? NaN), round(c?.y ?? NaN)] };
}

/**
 * A polygon of one ring is valid exactly when the ring is simple; turf's kinks finds
 * every meeting of two non-adjacent edges, so a ring it finds none in needs no more
 * (and costs a fifth of JSTS's check: most files are plain parcels). Anything else
 * (holes, several parts, any meeting) is JSTS's to judge.
 */
function plainlySimple(geometry: Polygon | MultiPolygon): boolean {
  return geometry.type === 'Polygon' && geometry.coordinates.length === 1 && kinks(geometry).features.length === 0;
}

/** Why a polygon is not valid, and where, or null when it is valid. Consecutive repeated vertices must be dropped first. */
export function ogcInvalidity(geometry: Polygon | MultiPolygon): Invalidity | null {
  if (plainlySimple(geometry)) return null;
  const found = jstsError(geometry);
  if (!found || geometry.type !== 'MultiPolygon') return found;
  // JTS reports two overlapping parts as a crossing (or nested shells); when each part is valid on its own, say what it is.
  if (found.code !== 'self-intersection' && found.code !== 'nested-shells') return found;
  for (const coordinates of geometry.coordinates) {
    const own = jstsError({ type: 'Polygon', coordinates });
    if (own) return own;
  }
  return { ...found, code: 'overlapping-parts' };
}

/** The ring with consecutive repeated vertices dropped (valid, but noise), and how many were dropped. */
export function dropRepeats(ring: readonly Position[]): { ring: Position[]; dropped: number } {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out.at(-1);
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
  }
  return { ring: out, dropped: ring.length - out.length };
}
