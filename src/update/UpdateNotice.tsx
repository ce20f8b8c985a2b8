import { useT } from '../i18n/useT';
import type { StringKey } from '../i18n/strings';
import { reloadForUpdate } from './chunkRecovery';
import { useUpdateStore, type UpdateNotice as Notice } from './updateStore';

const texts: Record<Notice, StringKey> = {
  'new-version': 'updateNewVersion',
  'chunk-failed': 'updateChunkFailed',
  'chunk-failed-again': 'updateChunkFailedAgain',
};

/**
 * "A new version is available: reload", and "the app was updated: reload" when part of it can
 * no longer be loaded. Reloading is always the user's click (never automatic, so never a loop).
 */
export function UpdateNotice() {
  const { t } = useT();
  const notice = useUpdateStore((state) => state.notice);
  const setNotice = useUpdateStore((state) => state.setNotice);
  if (!notice) return null;
  const broken = notice !== 'new-version';
  return (
    <div className="update-notice" role={broken ? 'alert' : 'status'} data-testid="update-notice" data-notice={notice}>
      <span>{t(texts[notice])}</span>
      <span className="url-notice-actions">
        <button type="button" data-testid="update-reload" onClick={reloadForUpdate}>
          {notice === 'chunk-failed-again' ? t('errorRetry') : t('updateReload')}
        </button>
        {!broken && (
          <button type="button" data-testid="update-later" onClick={() => setNotice(null)}>
            {t('updateLater')}
          </button>
        )}
      </span>
    </div>
  );
}
