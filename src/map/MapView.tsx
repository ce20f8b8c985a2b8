import { useEffect, useRef, useState } from 'react';
import type { GeoData } from '../data/geodata';
import { useT } from '../i18n/useT';
import { useAppStore, type AppState } from '../state/store';
import { applyIndustryLens } from './industryLens';
import { activeMap, setActiveMap } from './activeMap';
import { MapController } from './MapController';
import { registerServiceWorker } from '../app/serviceWorker';
import { needsGcj } from '../basemap/basemaps';
import { applyBasemap, gcjData } from './basemap';
import { applyDistanceRings } from './distanceRings';
import { applyTour } from './tour';
import { tourSteps } from '../tour/tourSteps';
import { clusters, parks } from '../data/plan';
import { readView, showView } from './view';
import { runMapExtensions, setExtensionMap } from './extensions';

/** Matches `.legend` width in app.css. */
const LEGEND_WIDTH_PX = 270;

declare global {
  interface Window {
    /** The map controller, for end-to-end tests and debugging from the console. */
    __yongchuanMap?: MapController;
  }
}

/** On wide screens the legend covers the map's right side; keep fitted views clear of it. */
function mapPadding() {
  const wide = window.matchMedia?.('(min-width: 701px)').matches ?? true;
  return { top: 0, right: wide ? LEGEND_WIDTH_PX + 10 : 0, bottom: 0, left: wide ? 40 : 0 };
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function syncMap(controller: MapController, data: GeoData, state: AppState, previous: AppState | null): void {
  if (!previous || state.language !== previous.language) controller.setLanguage(state.language);
  if (!previous || state.layers !== previous.layers) controller.setLayers(state.layers);
  if (!previous || state.hover !== previous.hover) controller.setHover(state.hover);
  const gcj = needsGcj(state.basemap);
  if (!previous || state.basemap !== previous.basemap || state.tiandituKey !== previous.tiandituKey || state.language !== previous.language) {
    applyBasemap(controller.map, data, state.basemap, state.tiandituKey, state.language);
    controller.setShownData(gcj ? gcjData(data) : data);
  }
  const linkedView = state.view !== null && state.viewOrigin === 'url';
  if (linkedView && state.view && (!previous || state.view !== previous.view)) showView(controller.map, state.view, gcj);
  if (!previous || state.selection !== previous.selection) {
    // A link's own view wins over flying to the linked selection.
    const fly = state.selectionOrigin !== 'map' && !(previous === null && linkedView);
    controller.setSelection(state.selection, fly);
  }
  if (
    !previous ||
    state.selection !== previous.selection ||
    state.distanceRings !== previous.distanceRings ||
    state.language !== previous.language ||
    state.basemap !== previous.basemap
  ) {
    const shown = gcj ? gcjData(data) : data;
    applyDistanceRings(controller.map, shown, state.selection, state.distanceRings, state.language);
  }
  if (!previous || state.tourStep !== previous.tourStep || state.basemap !== previous.basemap) {
    const shown = gcj ? gcjData(data) : data;
    const step = state.tourStep === null ? null : (tourSteps(parks, clusters)[state.tourStep] ?? null);
    applyTour(controller.map, shown, step, prefersReducedMotion());
  }
  if (previous && state.fitDistrictRequest !== previous.fitDistrictRequest) controller.fitDistrict();
  if (!previous || state.industryFilter !== previous.industryFilter || state.layers !== previous.layers) {
    applyIndustryLens(controller.map, data, state.industryFilter, state.layers);
  }
  runMapExtensions(controller.map, state, previous);
}

/** A thin React shell: creates the map once and hands it store changes in one direction. */
export function MapView({ data }: { data: GeoData }) {
  const { t } = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const requestFitDistrict = useAppStore((state) => state.requestFitDistrict);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let controller: MapController;
    try {
      controller = new MapController(
        container,
        data,
        useAppStore.getState().language,
        {
          // While a workbench tool is active, map clicks place points instead of selecting.
          onSelect: (selection) => {
            const { workTool, workEditing } = useAppStore.getState();
            if (workTool === 'none' && !workEditing) useAppStore.getState().select(selection, 'map');
          },
          onHover: (hover) => useAppStore.getState().setHover(hover),
        },
        mapPadding(),
      );
    } catch {
      // MapLibre throws synchronously when WebGL is unavailable; the lists stay usable.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- reporting an external failure once
      setFailed(true);
      return;
    }
    window.__yongchuanMap = controller;
    setActiveMap(controller);
    let ready = false;
    controller.map.once('idle', registerServiceWorker);
    controller.map.once('load', () => {
      ready = true;
      setExtensionMap(controller.map, useAppStore.getState);
      syncMap(controller, data, useAppStore.getState(), null);
      useAppStore.getState().setView(readView(controller.map, needsGcj(useAppStore.getState().basemap)), 'map');
    });
    controller.map.on('moveend', () => {
      if (ready) useAppStore.getState().setView(readView(controller.map, needsGcj(useAppStore.getState().basemap)), 'map');
    });
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (ready) syncMap(controller, data, state, previous);
    });
    const resizeObserver = new ResizeObserver(() => controller.resize());
    resizeObserver.observe(container);
    return () => {
      resizeObserver.disconnect();
      unsubscribe();
      setExtensionMap(null, useAppStore.getState);
      controller.destroy();
      if (window.__yongchuanMap === controller) delete window.__yongchuanMap;
      if (activeMap() === controller) setActiveMap(null);
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
