/** Lengths and areas for the measure tool and the check table (geodesic, via turf). Pure. */
import { area, length, lineString, polygon } from '@turf/turf';
import type { Position } from 'geojson';

/** 1 亩 = 10000/15 m² (≈ 666.67 m²), the legal definition. */
export const SQUARE_METRES_PER_MU = 10000 / 15;

export function lineLengthKm(points: readonly Position[]): number {
  if (points.length < 2) return 0;
  return length(lineString(points.map((p) => [p[0] ?? 0, p[1] ?? 0])), { units: 'kilometers' });
}

/** Area enclosed by the points (the ring is closed for you); 0 below three points. */
export function ringAreaM2(points: readonly Position[]): number {
  if (points.length < 3) return 0;
  const ring = points.map((p) => [p[0] ?? 0, p[1] ?? 0]);
  ring.push([...ring[0]!]);
  return area(polygon([ring]));
}

export const m2ToKm2 = (m2: number): number => m2 / 1e6;
export const m2ToMu = (m2: number): number => m2 / SQUARE_METRES_PER_MU;

/** Numbers for display: up to `digits` decimals, thousands grouped. */
export function formatNumber(value: number, digits: number, language: 'zh' | 'en'): string {
  return value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
