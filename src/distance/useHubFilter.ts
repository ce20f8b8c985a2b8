import { useGeoData } from '../app/GeoDataContext';
import type { Selection } from '../data/selection';
import { useAppStore } from '../state/store';
import { isWithin, placeOf } from './distances';

/** Whether a list entry passes the "within N km of hub X" filter (always true with no filter). */
export function useHubFilter(): (selection: Selection) => boolean {
  const data = useGeoData();
  const filter = useAppStore((state) => state.hubFilter);
  return (selection) => {
    if (!filter) return true;
    const hub = data.hubs.features.find((h) => h.properties.id === filter.hubId);
    const place = placeOf(selection, data);
    if (!hub || !place) return true;
    return isWithin(place.position, hub, filter.km);
  };
}
