import { readFileSync } from 'node:fs';
import type { GeoData } from '../../src/data/geodata';

const files: Record<keyof GeoData, string> = {
  district: 'district',
  neighbours: 'neighbours',
  townships: 'townships',
  parks: 'parks',
  subParks: 'subparks',
  clusters: 'clusters',
  hubs: 'hubs',
  townshipAreas: 'township-areas',
};

/** The committed geodata, as the app loads it. */
export function testGeoData(): GeoData {
  return Object.fromEntries(
    Object.entries(files).map(([key, name]) => [key, JSON.parse(readFileSync(`geodata/${name}.geojson`, 'utf8'))]),
  ) as unknown as GeoData;
}
