import type { ImportFormat } from '../types';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  geojson: 'GeoJSON',
  shapefile: 'Shapefile (.zip)',
  kml: 'KML',
  csv: 'CSV',
  xlsx: 'Excel (.xlsx)',
};

export function exportName(format: ImportFormat): string {
  return FORMAT_NAMES[format];
}
