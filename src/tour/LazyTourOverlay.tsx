import { tourFeature } from '../lazy/features';
import { FeatureGate } from '../lazy/FeatureGate';
import { useAppStore } from '../state/store';

/** The tour's card over the map, loaded when a tour starts (the top bar's button, a link or a key). */
export function LazyTourOverlay() {
  const touring = useAppStore((state) => state.tourStep !== null);
  // Once loaded it stays mounted: ending the tour is its own work (leaving full screen).
  if (!touring && !tourFeature.loaded()) return null;
  return <FeatureGate feature={tourFeature}>{(tour) => <tour.TourOverlay />}</FeatureGate>;
}
