import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { MapView } from '../map/MapView';
import { Legend } from '../legend/Legend';
import { SidePanel } from '../panels/SidePanel';
import { startHistorySync } from '../state/historySync';
import { useAppStore } from '../state/store';
import { bootWorkbench } from '../workbench/boot';
import { Announcer } from './Announcer';
import { GeoDataContext } from './GeoDataContext';
import { useEscapeClears } from './useEscapeClears';
import { useLoadedGeoData } from './useLoadedGeoData';

export function App() {
  const { t, language } = useT();
  const load = useLoadedGeoData();
  const setLanguage = useAppStore((state) => state.setLanguage);
  useEscapeClears();

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('appTitle')} · ${t('appSubtitle')}`;
  }, [language, t]);

  useEffect(() => {
    if (load.status === 'ready') return startHistorySync();
  }, [load.status]);

  useEffect(() => {
    if (load.status === 'ready') bootWorkbench(load.data);
  }, [load]);

  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar-title">
          <h1>{t('appTitle')}</h1>
          <p className="topbar-slogan">{t('appSubtitle')}</p>
        </div>
        <button
          type="button"
          className="language-switch"
          lang={language === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t('languageSwitchLabel')}
          data-testid="language-switch"
          onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
        >
          {t('languageSwitch')}
        </button>
      </header>
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
              <MapView data={load.data} />
              <Legend />
              <p className="schematic-banner" data-testid="schematic-banner">
                {t('schematicShort')}
              </p>
            </section>
            <SidePanel />
          </main>
          <Announcer />
        </GeoDataContext.Provider>
      )}
    </div>
  );
}
