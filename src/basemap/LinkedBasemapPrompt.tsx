import { useRef } from 'react';
import { useCover } from '../app/layout/covers';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import type { OnlineBasemapId } from '../state/basemapSlice';
import { useAppStore } from '../state/store';
import { onlineBasemaps } from './basemaps';

const names: Record<OnlineBasemapId, StringKey> = {
  osm: 'basemapNameOsm',
  tianditu: 'basemapNameTianditu',
  amap: 'basemapNameAmap',
};

/**
 * A link that names an online basemap shows the choice and waits: its tiles (a request to
 * another site) load only after the visitor clicks Load; Stay offline keeps the offline map.
 */
export function LinkedBasemapPrompt() {
  const { t } = useT();
  const linked = useAppStore((state) => state.linkedBasemap);
  const accept = useAppStore((state) => state.acceptLinkedBasemap);
  const decline = useAppStore((state) => state.declineLinkedBasemap);
  const ref = useRef<HTMLDivElement>(null);
  useCover(ref, 'banner', linked !== null);
  if (!linked) return null;
  const name = t(names[linked]);
  return (
    <div ref={ref} className="url-notice" role="region" aria-label={t('basemap')} data-testid="linked-basemap">
      <span>{t('linkedBasemapAsk', { name, host: onlineBasemaps[linked].host })}</span>
      <span className="url-notice-actions">
        <button type="button" data-testid="linked-basemap-load" onClick={accept}>
          {t('linkedBasemapLoad', { name })}
        </button>
        <button type="button" data-testid="linked-basemap-stay" onClick={decline}>
          {t('linkedBasemapStay')}
        </button>
      </span>
    </div>
  );
}
