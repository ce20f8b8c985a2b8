/**
 * Where the camera should go after a change of the app's state, in WGS-84: a pure function of
 * the state before and after. The map owner turns a move into MapLibre calls in its own datum.
 */
import type { Feature } from 'geojson';
import type { GeoData } from '../data/geodata';
import { clusters, parks } from '../data/plan';
import type { Selection } from '../data/selection';
import { featureBounds, type BBox } from '../geo/bounds';
import type { AppState } from '../state/store';
import { tourSteps } from '../tour/tourSteps';
import { bboxOf, positionsOf } from '../workbench/geometry';

/** Which covered part of the screen a move must also keep clear of. */
export type Framing = 'selection' | 'tour' | 'district' | 'work';

export type CameraMove =
  | { kind: 'fit'; bbox: BBox; maxZoom: number; minZoom?: number; framing: Framing; animate: boolean }
  | { kind: 'point'; center: [number, number]; minZoom: number; framing: Framing }
  | { kind: 'district' }
  /** A link's own view: the centre of the whole canvas, unpadded. */
  | { kind: 'view'; center: [number, number]; zoom: number };

function findFeature(data: GeoData, selection: Selection): Feature | undefined {
  const collections: Partial<Record<Selection['kind'], GeoJSON.FeatureCollection>> = {
    park: data.parks,
    subpark: data.subParks,
    cluster: data.clusters,
    hub: data.hubs,
    // A township is framed by its area, where the data has one.
    township: data.townshipAreas.features.some((f) => f.properties.id === selection.id) ? data.townshipAreas : data.townships,
  };
  return collections[selection.kind]?.features.find((f) => f.properties?.id === selection.id);
}

function isPoint(box: BBox): boolean {
  return box[0] === box[2] && box[1] === box[3];
}

function moveToBox(box: BBox, framing: Framing, maxZoom: number, minPointZoom: number): CameraMove {
  return isPoint(box)
    ? { kind: 'point', center: [box[0], box[1]], minZoom: minPointZoom, framing }
    : { kind: 'fit', bbox: box, maxZoom, framing, animate: true };
}

const steps = tourSteps(parks, clusters);

/** The move that frames a tour step (again, when the room the tour card leaves changed). */
export function tourMove(data: GeoData, step: number): CameraMove | null {
  const current = steps[step];
  if (!current) return null;
  const shapes: Feature[] = [
    ...data.parks.features.filter((f) => current.parkIds.includes(f.properties.id)),
    ...data.clusters.features.filter((f) => current.clusterIds.includes(f.properties.id)),
  ];
  if (shapes.length === 0) return null;
  const boxes = shapes.map(featureBounds);
  const box: BBox = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  return { kind: 'fit', bbox: box, maxZoom: 13, framing: 'tour', animate: true };
}

function workMove(state: AppState): CameraMove | null {
  const ref = state.workSelection;
  if (!ref) return null;
  const feature = state.workLayers.find((l) => l.id === ref.layerId)?.features.find((f) => f.id === ref.featureId);
  if (!feature) return null;
  return moveToBox(bboxOf(positionsOf(feature.geometry)), 'work', 14, 14);
}

/** The camera moves a change of state asks for, in order (`previous` is null on the first call). */
export function cameraMoves(state: AppState, previous: AppState | null, data: GeoData): CameraMove[] {
  const moves: CameraMove[] = [];
  const linkedView = state.view !== null && state.viewOrigin === 'url';
  if (linkedView && state.view && (!previous || state.view !== previous.view)) {
    moves.push({ kind: 'view', center: [state.view.center[0] ?? 0, state.view.center[1] ?? 0], zoom: state.view.zoom });
  }
  // The map does not fly to what the user just clicked on it, and a link's own view wins.
  const selectionChanged = !previous || state.selection !== previous.selection;
  if (selectionChanged && state.selection && state.selectionOrigin !== 'map' && !(previous === null && linkedView)) {
    const feature = findFeature(data, state.selection);
    if (feature) moves.push(moveToBox(featureBounds(feature), 'selection', 13.5, 11.5));
  }
  if (previous && state.tourStep !== previous.tourStep && state.tourStep !== null) {
    const move = tourMove(data, state.tourStep);
    if (move) moves.push(move);
  }
  if (state.frameRequest && state.frameRequest !== previous?.frameRequest) {
    const target = state.frameRequest.target;
    moves.push(
      target === 'district'
        ? { kind: 'district' }
        : {
            kind: 'fit',
            bbox: target.bbox,
            maxZoom: target.maxZoom,
            ...(target.minZoom !== undefined ? { minZoom: target.minZoom } : {}),
            framing: 'work',
            animate: target.animate,
          },
    );
  }
  if (state.workSelection && state.workSelectionOrigin === 'list' && state.workSelection !== previous?.workSelection) {
    const move = workMove(state);
    if (move) moves.push(move);
  }
  return moves;
}
