import { useEffect } from 'react';
import { ensureLatinFont } from './latinFont';
import { selectionExists } from '../data/exists';
import { useT } from '../i18n/useT';
import { LensBanner } from '../industries/LensBanner';
import { Legend } from '../legend/Legend';
import { SidePanel } from '../panels/SidePanel';
import { SearchBox } from '../search/SearchBox';
import { startHistorySync } from '../state/historySync';
import { useAppStore } from '../state/store';
import { BasemapPanel } from '../basemap/BasemapPanel';
import { LinkedBasemapPrompt } from '../basemap/LinkedBasemapPrompt';
import { ExportPanel, LazyPrintSheet } from '../export/ExportPanel';
import { SharePanel } from '../share/SharePanel';
import { TourButton } from '../tour/TourButton';
import { LazyTourOverlay } from '../tour/LazyTourOverlay';
import { UrlNotice } from '../share/UrlNotice';
import { UpdateNotice } from '../update/UpdateNotice';
import { bootWorkbench } from '../workbench/boot';
import { bootTiles } from '../tiles/boot';
import { Announcer } from './Announcer';
import { KeepBanner } from '../keep/ui/KeepBanner';
import { ErrorBoundary } from './ErrorBoundary';
import './tools.css';
import { GeoDataContext } from './GeoDataContext';
import { LazyMapView, loadMapView } from './LazyMapView';
import { useEscapeClears } from './useEscapeClears';
import { useLoadedGeoData } from './useLoadedGeoData';

export function App() {
  const { t, language } = useT();
  const load = useLoadedGeoData();
  const setLanguage = useAppStore((state) => state.setLanguage);
  useEscapeClears();

  useEffect(() => {
    // MapLibre downloads once the first screen has painted, so it does not hold that screen back.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => void loadMapView().catch(() => undefined), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    if (language === 'en') void ensureLatinFont().catch(() => undefined);
    document.title = `${t('appTitle')} · ${t('appSubtitle')}`;
  }, [language, t]);

  useEffect(() => {
    if (load.status === 'ready') {
      const data = load.data;
      return startHistorySync((selection) => selectionExists(selection, data));
    }
  }, [load]);

  useEffect(() => {
    if (load.status === 'ready') {
      bootWorkbench(load.data);
      bootTiles();
    }
  }, [load]);

  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar-title">
          <h1>{t('appTitle')}</h1>
          <p className="topbar-slogan">{t('appSubtitle')}</p>
        </div>
        {load.status === 'ready' && (
          <ErrorBoundary area="tools">
            <SearchBox data={load.data} />
          </ErrorBoundary>
        )}
        <nav className="topbar-tools" aria-label={t('toolsLabel')}>
          {load.status === 'ready' && (
            <GeoDataContext.Provider value={load.data}>
              <ErrorBoundary area="tools">
                <TourButton />
                <SharePanel />
                <ExportPanel />
                <BasemapPanel />
              </ErrorBoundary>
            </GeoDataContext.Provider>
          )}
          <button
            type="button"
            className="language-switch"
            lang={language === 'zh' ? 'en' : 'zh-CN'}
            title={t('languageSwitchLabel')}
            data-testid="language-switch"
            onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
          >
            {t('languageSwitch')}
          </button>
        </nav>
      </header>
      <KeepBanner />
      {load.status === 'loading' && (
        <p className="status" role="status">
          {t('loading')}
        </p>
      )}
      {load.status === 'error' && (
        <p className="status status-error" role="alert">
          {t('loadFailed')}: {load.message}
        </p>
      )}
      {load.status === 'ready' && (
        <GeoDataContext.Provider value={load.data}>
          <main className="workspace">
            <section className="map-area" aria-label={t('mapLabel')}>
              <ErrorBoundary area="map">
                <LazyMapView data={load.data} />
                <div className="map-notices">
                  <UrlNotice />
                  <LinkedBasemapPrompt />
                </div>
                <LazyTourOverlay />
                <Legend />
                <LensBanner />
              </ErrorBoundary>
              <p className="schematic-banner" data-testid="schematic-banner">
                {t('schematicShort')}
              </p>
            </section>
            <ErrorBoundary area="panel">
              <SidePanel />
            </ErrorBoundary>
          </main>
          <Announcer />
          <LazyPrintSheet />
        </GeoDataContext.Provider>
      )}
      <UpdateNotice />
    </div>
  );
}
