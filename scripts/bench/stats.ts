/** Small statistics for benchmark figures. */

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  const highValue = sorted[high]!;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export const median = (values: number[]): number => percentile(values, 50);

/** Median with the interquartile range, e.g. "412 ms (IQR 398–430)". */
export function describe(values: number[], unit: string, digits = 0): string {
  const f = (value: number) => value.toFixed(digits);
  return `${f(median(values))} ${unit} (IQR ${f(percentile(values, 25))}–${f(percentile(values, 75))}, n=${values.length})`;
}

/** Least-squares slope of log(y) against log(x): 1 means linear growth, 2 quadratic. */
export function growthExponent(points: { x: number; y: number }[]): number {
  const logs = points.filter((p) => p.x > 0 && p.y > 0).map((p) => ({ x: Math.log(p.x), y: Math.log(p.y) }));
  const n = logs.length;
  if (n < 2) return Number.NaN;
  const mx = logs.reduce((s, p) => s + p.x, 0) / n;
  const my = logs.reduce((s, p) => s + p.y, 0) / n;
  const num = logs.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = logs.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return num / den;
}

export type AssetKind = 'maplibre' | 'react' | 'app' | 'data' | 'css' | 'fonts' | 'other';

/** Which part of the download a built asset belongs to, from its file name. */
export function assetKind(url: string): AssetKind {
  const file = new URL(url).pathname.split('/').pop() ?? '';
  if (/^maplibre/.test(file)) return 'maplibre';
  if (/^react-/.test(file)) return 'react';
  if (/\.geojson$|\.json$/.test(file)) return 'data';
  if (/\.css$/.test(file)) return 'css';
  if (/\.woff2?$/.test(file)) return 'fonts';
  if (/\.m?js$/.test(file) || file === '' || /\.html$/.test(file)) return 'app';
  return 'other';
}
