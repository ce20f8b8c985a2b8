/**
 * Where things go on the exported PNG: the map image framed by a title band, a legend
 * column, and a footer with scale bar, north arrow, date, attribution and the schematic
 * notice. Pure, so tests can find the legend in the picture.
 */

export const PNG_MARGIN = 24;
export const PNG_HEADER = 76;
export const PNG_FOOTER = 104;
export const PNG_LEGEND_WIDTH = 300;
export const LEGEND_ROW = 30;
export const SWATCH = 18;

export interface PngLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  legend: { x: number; y: number; width: number };
  /** Centre of each legend symbol, in order of the legend entries. */
  swatchCentres: { x: number; y: number }[];
  footerY: number;
}

export function pngLayout(mapWidth: number, mapHeight: number, legendEntries: number): PngLayout {
  const map = { x: PNG_MARGIN, y: PNG_HEADER, width: mapWidth, height: mapHeight };
  const legend = { x: map.x + mapWidth + PNG_MARGIN, y: PNG_HEADER, width: PNG_LEGEND_WIDTH };
  const legendHeight = 40 + legendEntries * LEGEND_ROW;
  const height = PNG_HEADER + Math.max(mapHeight, legendHeight) + PNG_FOOTER;
  const swatchCentres = Array.from({ length: legendEntries }, (_, i) => ({
    x: legend.x + SWATCH / 2,
    y: legend.y + 40 + i * LEGEND_ROW + SWATCH / 2,
  }));
  return {
    width: legend.x + PNG_LEGEND_WIDTH + PNG_MARGIN,
    height,
    map,
    legend,
    swatchCentres,
    footerY: height - PNG_FOOTER,
  };
}

const EARTH_CIRCUMFERENCE_M = 40075016.686;

/** Metres per CSS pixel in a Web-Mercator map with 512-pixel tiles (MapLibre's). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest round distance (1, 2 or 5 × 10ⁿ metres) whose bar fits in `maxPx`. */
export function niceScale(metresPerPx: number, maxPx: number): { metres: number; px: number } {
  const maxMetres = metresPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].map((f) => f * power).find((m) => m <= maxMetres) ?? power;
  return { metres: step, px: step / metresPerPx };
}

export function scaleLabel(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}
