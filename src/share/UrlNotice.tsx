import { useRef } from 'react';
import { useCover } from '../app/layout/covers';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';

/** A short notice that a link had parameters the app could not use; the rest of the link still applies. */
export function UrlNotice() {
  const { t } = useT();
  const ignored = useAppStore((state) => state.urlIgnored);
  const setIgnored = useAppStore((state) => state.setUrlIgnored);
  const ref = useRef<HTMLDivElement>(null);
  useCover(ref, 'banner', ignored.length > 0);
  if (ignored.length === 0) return null;
  return (
    <div ref={ref} className="url-notice" role="status" data-testid="url-notice">
      <span>{t('urlNotice', { names: ignored.join(', ') })}</span>
      <button type="button" onClick={() => setIgnored([])}>
        {t('dismiss')}
      </button>
    </div>
  );
}
