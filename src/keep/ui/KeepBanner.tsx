import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/store';
import { useKeepStore } from '../keepStore';
import { takeOverHere } from '../tabs';

/**
 * Told wherever the user is, above the map and panels: another tab keeps the work (with "take
 * over here"), a save failed (the storage is full), saved work was kept aside as a backup.
 */
export function KeepBanner() {
  const { t } = useT();
  const tab = useKeepStore((state) => state.tab);
  const refused = useKeepStore((state) => state.refusedEdits);
  const failure = useKeepStore((state) => state.saveFailure);
  const hasBackups = useKeepStore((state) => state.backups.length > 0);
  const onWorkbench = useAppStore((state) => state.tab === 'workbench');
  // Always there (an empty row of the app's grid when there is nothing to say).
  return (
    <div className="keep-banner" data-testid="keep-banner">
      {tab === 'elsewhere' && (
        <p role="alert" data-testid="keep-elsewhere">
          {t('kpElsewhere')} {refused > 0 && <strong key={refused}>{t('kpRefused')}</strong>}{' '}
          <button type="button" data-testid="keep-take-over" onClick={takeOverHere}>
            {t('kpTakeOver')}
          </button>
        </p>
      )}
      {failure && (
        <p role="alert" className="keep-failure" data-testid="keep-save-failure" data-quota={failure.quota}>
          {failure.quota
            ? t('kpQuota', { what: t(`kpWhat_${failure.name}`) })
            : t('kpSaveFailed', { what: t(`kpWhat_${failure.name}`), message: failure.message })}
        </p>
      )}
      {hasBackups && !onWorkbench && (
        <p role="status" data-testid="keep-backups-waiting">
          {t('kpBackupsWaiting')}{' '}
          <button type="button" onClick={() => useAppStore.getState().setTab('workbench')}>
            {t('kpOpenWorkbench')}
          </button>
        </p>
      )}
    </div>
  );
}
