/** Credits for the map's real geometry sources, shown on the map and printed on exported images. */
export const ATTRIBUTION =
  'Towns & district: Galileo01/SecurityRisk_System (MIT; outlines of unstated origin, not legal boundaries) · ' +
  'Neighbours © ECharts map data (Apache-2.0) · Seats © GeoNames (CC BY 4.0) · Airport: OurAirports via airport-data-js (CC BY 4.0)';
