import { useState } from 'react';
import { downloadText } from '../../app/download';
import { useT } from '../../i18n/useT';
import { backupRecord, discardBackup } from '../keeper';
import { useKeepStore, type Backup } from '../keepStore';
import type { KeptName } from '../record';

/** The backup as a file: the record exactly as it was saved (text as it was, anything else as JSON). */
async function downloadBackup(backup: Backup): Promise<void> {
  const record = await backupRecord(backup.key);
  const text = typeof record === 'string' ? record : JSON.stringify(record, null, 2);
  downloadText(text, `yongchuan-${backup.name}-backup-${backup.at.replace(/[:.]/g, '-')}.json`, 'application/json');
}

function BackupNotice({ backup }: { backup: Backup }) {
  const { t, language } = useT();
  const [confirming, setConfirming] = useState(false);
  const at = Number.isNaN(Date.parse(backup.at)) ? backup.at : new Date(backup.at).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <div className="kept-backup" role="alert" data-testid="kept-backup" data-name={backup.name} data-reason={backup.reason}>
      <p>
        <strong>{t('kpBackupTitle', { what: t(`kpWhat_${backup.name}`) })}</strong>
      </p>
      <p>{t(`kpReason_${backup.reason}`, { detail: backup.detail })}</p>
      <p>{t('kpKept', { at })}</p>
      <div className="wb-toolbar">
        <button type="button" data-testid="kept-backup-download" onClick={() => void downloadBackup(backup)}>
          {t('kpDownload')}
        </button>
        {confirming ? (
          <>
            <button type="button" className="danger" data-testid="kept-backup-discard-confirm" onClick={() => void discardBackup(backup.key)}>
              {t('kpDiscardConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('kpCancel')}
            </button>
          </>
        ) : (
          <button type="button" data-testid="kept-backup-discard" onClick={() => setConfirming(true)}>
            {t('kpDiscard')}
          </button>
        )}
      </div>
    </div>
  );
}

/** What could not be restored of these kinds of record, with "download backup" and "discard". */
export function KeptBackups({ names }: { names: readonly KeptName[] }) {
  const backups = useKeepStore((state) => state.backups);
  const shown = backups.filter((backup) => names.includes(backup.name));
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((backup) => (
        <BackupNotice key={backup.key} backup={backup} />
      ))}
    </>
  );
}
