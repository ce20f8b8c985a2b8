/** Reading GeoNames rows (cities500.txt, tab-separated; see geonames.org/export). */

export interface GeoNamesRow {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1: string;
}

export interface GeoNamesFilter {
  countryCode: string;
  admin1?: string;
  /** [west, south, east, north] in degrees. */
  bbox?: readonly [number, number, number, number];
}

/** Parses the rows that pass the filter (the file has ~200k rows; others are skipped cheaply). */
export function parseGeoNames(text: string, filter: GeoNamesFilter): GeoNamesRow[] {
  const rows: GeoNamesRow[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const c = line.split('\t');
    if (c[8] !== filter.countryCode) continue;
    if (filter.admin1 !== undefined && c[10] !== filter.admin1) continue;
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    if (filter.bbox) {
      const [w, s, e, n] = filter.bbox;
      if (lon < w || lon > e || lat < s || lat > n) continue;
    }
    rows.push({
      geonameId: Number(c[0]),
      name: c[1] ?? '',
      asciiName: c[2] ?? '',
      alternateNames: (c[3] ?? '').split(',').filter((s) => s !== ''),
      lat,
      lon,
      featureClass: c[6] ?? '',
      featureCode: c[7] ?? '',
      countryCode: c[8] ?? '',
      admin1: c[10] ?? '',
    });
  }
  return rows;
}
