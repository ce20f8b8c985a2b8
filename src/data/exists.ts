import type { Selection } from './selection';
import type { GeoData } from './geodata';
import { clusterById, parkById, subParkById } from './plan';

/** Whether a selection names something the app has (a link may name something that is not). */
export function selectionExists(selection: Selection, data: GeoData): boolean {
  switch (selection.kind) {
    case 'park':
      return parkById(selection.id) !== undefined;
    case 'subpark':
      return subParkById(selection.id) !== undefined;
    case 'cluster':
      return clusterById(selection.id) !== undefined;
    case 'other-towns':
      return selection.id === 'other-towns';
    case 'hub':
      return data.hubs.features.some((feature) => feature.properties.id === selection.id);
    case 'township':
      return data.townships.features.some((feature) => feature.properties.id === selection.id);
  }
}
