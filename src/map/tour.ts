import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GeoData } from '../data/geodata';
import { boundsOf } from '../geo/bounds';
import type { TourStep } from '../tour/tourSteps';
import { SOURCE } from './style';

interface Highlighted {
  source: string;
  id: string;
}

const highlighted = new WeakMap<MapLibreMap, { stepId: string | null; features: Highlighted[] }>();

/** Space the tour's caption card takes at the bottom of the map: its height and margin in tour.css. */
const CAPTION_PX = 250;

/**
 * Moves the camera to the tour step's elements and highlights them (feature-state
 * `selected`); with no step, clears the highlight. Idempotent per step.
 */
export function applyTour(map: MapLibreMap, data: GeoData, step: TourStep | null, reduceMotion: boolean): void {
  const previous = highlighted.get(map) ?? { stepId: null, features: [] };
  if ((step?.id ?? null) === previous.stepId) return;
  for (const feature of previous.features) {
    if (map.getSource(feature.source)) map.setFeatureState(feature, { selected: false });
  }
  if (!step) {
    highlighted.set(map, { stepId: null, features: [] });
    return;
  }
  const features: Highlighted[] = [
    ...step.parkIds.map((id) => ({ source: SOURCE.parks, id })),
    ...step.clusterIds.map((id) => ({ source: SOURCE.clusters, id })),
  ];
  for (const feature of features) map.setFeatureState(feature, { selected: true });
  highlighted.set(map, { stepId: step.id, features });

  const shapes = [
    ...data.parks.features.filter((f) => step.parkIds.includes(f.properties.id)),
    ...data.clusters.features.filter((f) => step.clusterIds.includes(f.properties.id)),
  ];
  if (shapes.length === 0) return;
  const canvas = map.getCanvas();
  const bottom = Math.min(CAPTION_PX, canvas.clientHeight * 0.5);
  map.fitBounds(boundsOf({ type: 'FeatureCollection', features: shapes }), {
    padding: { top: 40, left: 40, right: 40, bottom: bottom + 20 },
    maxZoom: 13,
    animate: !reduceMotion,
    duration: 1400,
  });
}
