import { createContext, useContext } from 'react';
import type { GeoData } from '../data/geodata';

export const GeoDataContext = createContext<GeoData | null>(null);

/** The loaded geodata; components below the loader can rely on it. */
export function useGeoData(): GeoData {
  const data = useContext(GeoDataContext);
  if (!data) throw new Error('useGeoData outside GeoDataContext');
  return data;
}
