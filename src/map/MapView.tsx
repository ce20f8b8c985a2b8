import { useEffect, useRef, useState } from 'react';
import type { GeoData } from '../data/geodata';
import { useT } from '../i18n/useT';
import { translate } from '../i18n/strings';
import { usePointerStore } from '../state/pointerStore';
import { useAppStore } from '../state/store';
import { registerServiceWorker } from '../update/serviceWorker';
import { addDrawing } from '../workbench/layers';
import type { WorkGeometry } from '../workbench/types';
import { coverRects, onCoversChange } from '../app/layout/covers';
import { freeArea, NO_PADDING, type Padding } from '../app/layout/freeArea';
import { tourMove } from './camera';
import type { MapAction } from './input';
import { MapOwner, type MapOutput } from './MapOwner';
import { connectMapPort } from './port';
import { storeScene } from './follow';
import { firstScreenDone } from '../lazy/firstScreen';

/**
 * The map's padding from what covers it (legend, banners, a bottom sheet; the tour card for
 * the tour's framing), measured now: every move frames its target inside the free area.
 */
function mapPadding(container: HTMLElement): { padding: Padding; tour: Padding } {
  const map = container.getBoundingClientRect();
  const covers = coverRects();
  // The tour frames with a small margin (24 px): keep it clear of the zoom buttons on wide
  // screens. Other moves keep 48 px, which already clears them.
  const wide = window.matchMedia?.('(min-width: 701px)').matches ?? true;
  const tour = freeArea(map, covers.map((c) => c.rect));
  return {
    padding: freeArea(map, covers.filter((c) => c.kind !== 'tour').map((c) => c.rect)),
    tour: { ...tour, left: Math.max(tour.left, wide ? 40 : 0) },
  };
}

const samePadding = (a: Padding, b: Padding) => a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

function act(action: MapAction): void {
  const app = useAppStore.getState();
  const pointer = usePointerStore.getState();
  switch (action.type) {
    case 'select':
      app.select(action.selection, 'map');
      return;
    case 'select-work':
      app.selectWorkFeature(action.ref, 'map');
      return;
    case 'measure-point':
      app.addMeasurePoint(action.position);
      return;
    case 'measure-cursor':
      pointer.setMeasureCursor(action.position);
      return;
    case 'hover':
      pointer.setHover(action.selection);
      return;
    case 'inspect-tile':
      app.inspectTile(action.inspection);
  }
}

function drawn(geometry: GeoJSON.Geometry): void {
  if (geometry.type === 'GeometryCollection') return;
  const state = useAppStore.getState();
  const name = translate(state.language, 'wbDrawings');
  const count = state.workLayers.find((l) => l.id === 'drawings')?.features.length ?? 0;
  const { layers, featureId } = addDrawing(state.workLayers, geometry as WorkGeometry, { name: `${name} ${count + 1}` }, name);
  state.commitWork(layers);
  // After the click that finished the shape has been handled, so that it neither selects
  // something under it nor clears this selection.
  setTimeout(() => {
    useAppStore.getState().setWorkTool('none');
    useAppStore.getState().selectWorkFeature({ layerId: 'drawings', featureId }, 'map');
  }, 0);
}

const output = (owner: () => MapOwner | null): MapOutput => ({
  act,
  drawn,
  editRefused: () => useAppStore.getState().setWorkEditing(null),
  moved: (view) => {
    if (owner()) useAppStore.getState().setView(view, 'map');
  },
});

/** A thin React shell: creates the map owner once and hands it every state change, one way. */
export function MapView({ data }: { data: GeoData }) {
  const { t } = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const requestFitDistrict = useAppStore((state) => state.requestFitDistrict);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const scene = storeScene(data);
    let owner: MapOwner | null = null;
    try {
      owner = new MapOwner(container, data, scene.now(), output(() => owner), mapPadding(container).padding);
    } catch {
      // MapLibre throws synchronously when WebGL is unavailable; the lists stay usable.
      firstScreenDone();
      // eslint-disable-next-line react-hooks/set-state-in-effect -- reporting an external failure once
      setFailed(true);
      return;
    }
    const current = owner;
    connectMapPort(current);
    current.onceIdle(() => {
      firstScreenDone();
      registerServiceWorker();
    });
    let tourPadding: Padding = NO_PADDING;
    /** Measures the covers again; when the tour's room changed (its card or the legend resized), the step is framed again. */
    const layout = () => {
      const { padding, tour } = mapPadding(container);
      const tourChanged = !samePadding(tour, tourPadding);
      tourPadding = tour;
      current.setPadding(padding, { tour });
      const state = useAppStore.getState();
      const move = tourChanged && state.tourStep !== null ? tourMove(data, state.tourStep) : null;
      if (move) current.move(move);
    };
    layout();
    const unfollow = scene.follow(current);
    const unsubscribeCovers = onCoversChange(layout);
    const resizeObserver = new ResizeObserver(() => {
      layout();
      current.resize();
    });
    resizeObserver.observe(container);
    return () => {
      resizeObserver.disconnect();
      unsubscribeCovers();
      unfollow();
      connectMapPort(null);
      owner = null;
      current.destroy();
    };
  }, [data]);

  return (
    <>
      <div ref={containerRef} className="map" data-testid="map" />
      {failed && (
        <p className="status status-error" role="alert">
          {t('mapUnavailable')}
        </p>
      )}
      <button
        type="button"
        className="whole-district"
        aria-label={t('wholeDistrictLabel')}
        title={t('wholeDistrictLabel')}
        data-testid="whole-district"
        onClick={requestFitDistrict}
      >
        {t('wholeDistrict')}
      </button>
    </>
  );
}
