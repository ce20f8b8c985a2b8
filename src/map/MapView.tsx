import { useEffect, useRef, useState } from 'react';
import type { GeoData } from '../data/geodata';
import { useT } from '../i18n/useT';
import { translate } from '../i18n/strings';
import { usePointerStore } from '../state/pointerStore';
import { useAppStore, type AppState } from '../state/store';
import { registerServiceWorker } from '../app/serviceWorker';
import { addDrawing } from '../workbench/layers';
import type { WorkGeometry } from '../workbench/types';
import { cameraMoves } from './camera';
import type { MapAction } from './input';
import { MapOwner, type MapOutput } from './MapOwner';
import { connectMapPort } from './port';
import { sceneBuilder } from './scene';
import { exposeForTests } from './testHook';

/** Matches `.legend` width in app.css. */
const LEGEND_WIDTH_PX = 270;
/** Space the tour's caption card takes at the bottom of the map: its height and margin in tour.css. */
const CAPTION_PX = 250;

/** On wide screens the legend covers the map's right side; keep fitted views clear of it. */
function mapPadding() {
  const wide = window.matchMedia?.('(min-width: 701px)').matches ?? true;
  return { top: 0, right: wide ? LEGEND_WIDTH_PX + 10 : 0, bottom: 0, left: wide ? 40 : 0 };
}

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
    const scene = sceneBuilder(data);
    const sceneNow = () => scene(useAppStore.getState(), usePointerStore.getState());
    let owner: MapOwner | null = null;
    try {
      owner = new MapOwner(container, data, sceneNow(), output(() => owner), mapPadding());
    } catch {
      // MapLibre throws synchronously when WebGL is unavailable; the lists stay usable.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- reporting an external failure once
      setFailed(true);
      return;
    }
    const current = owner;
    exposeForTests(current);
    connectMapPort(current);
    current.onceIdle(registerServiceWorker);
    const tourRoom = () => ({ tour: { bottom: Math.min(CAPTION_PX, container.clientHeight * 0.5) } });
    const follow = (state: AppState, previous: AppState | null) => {
      current.apply(scene(state, usePointerStore.getState()));
      for (const move of cameraMoves(state, previous, data)) current.move(move);
    };
    current.setPadding(mapPadding(), tourRoom());
    follow(useAppStore.getState(), null);
    const unsubscribeApp = useAppStore.subscribe((state, previous) => follow(state, previous));
    const unsubscribePointer = usePointerStore.subscribe(() => current.apply(sceneNow()));
    const resizeObserver = new ResizeObserver(() => {
      current.setPadding(mapPadding(), tourRoom());
      current.resize();
    });
    resizeObserver.observe(container);
    return () => {
      resizeObserver.disconnect();
      unsubscribeApp();
      unsubscribePointer();
      connectMapPort(null);
      exposeForTests(null);
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
