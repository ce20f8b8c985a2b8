/**
 * A table cell as a number, for charts only: "1300.6" -> 1300.6, "85%" -> 85,
 * "[-18.9%]" -> -18.9; "—" and worded cells ("下降3.2%") -> null. The cell itself is always
 * shown as printed.
 */
export function cellNumber(cell: string): number | null {
  const match = /^\[?(-?\d+(?:\.\d+)?)%?\]?$/.exec(cell.trim());
  return match ? Number(match[1]) : null;
}

export interface TrendPoint {
  x: number;
  y: number;
}

/**
 * Points of a small line chart of values over years, in a width × height box with a margin;
 * x follows the years, y the values (larger is higher). Null when any value is missing.
 */
export function trendPoints(
  years: readonly number[],
  values: readonly (number | null)[],
  width: number,
  height: number,
  margin = 3,
): TrendPoint[] | null {
  if (values.some((value) => value === null) || years.length !== values.length || years.length < 2) return null;
  const numbers = values as number[];
  const [firstYear, lastYear] = [years[0]!, years[years.length - 1]!];
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const span = max - min || 1;
  return numbers.map((value, index) => ({
    x: margin + ((years[index]! - firstYear) / (lastYear - firstYear)) * (width - 2 * margin),
    // A flat series sits in the middle rather than on an edge.
    y: max === min ? height / 2 : margin + (1 - (value - min) / span) * (height - 2 * margin),
  }));
}

/** The length of a bar for a value, on a scale from 0 to the largest value. */
export function barLength(value: number, largest: number, full: number): number {
  if (largest <= 0 || value <= 0) return 0;
  return (value / largest) * full;
}
