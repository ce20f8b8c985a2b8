/** Credits for the map's real geometry sources, shown on the map and printed on exported images. */
export const ATTRIBUTION = 'Boundary © ECharts map data (Apache-2.0) · Seats © GeoNames (CC BY 4.0)';
