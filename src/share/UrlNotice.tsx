import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';

/** A short notice that a link had parameters the app could not use; the rest of the link still applies. */
export function UrlNotice() {
  const { t } = useT();
  const ignored = useAppStore((state) => state.urlIgnored);
  const setIgnored = useAppStore((state) => state.setUrlIgnored);
  if (ignored.length === 0) return null;
  return (
    <div className="url-notice" role="status" data-testid="url-notice">
      <span>{t('urlNotice', { names: ignored.join(', ') })}</span>
      <button type="button" onClick={() => setIgnored([])}>
        {t('dismiss')}
      </button>
    </div>
  );
}
