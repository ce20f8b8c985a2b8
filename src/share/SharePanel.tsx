import { useEffect, useRef, useState } from 'react';
import { Popover } from '../app/Popover';
import { useT } from '../i18n/useT';
import { shareableUrl } from '../state/historySync';
import { useAppStore } from '../state/store';

function ShareContent() {
  const { t } = useT();
  // Rebuilt whenever the store changes, so the link always shows what is on screen.
  const url = useAppStore((state) => shareableUrl(state));
  const [qr, setQr] = useState<string | null>(null);
  const [qrFailed, setQrFailed] = useState(false);
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let current = true;
    // The QR library is loaded only when someone opens the share panel.
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toDataURL(url, { margin: 1, width: 220, errorCorrectionLevel: 'M' }))
      .then(
      (data) => {
        if (current) setQr(data);
      },
      () => {
        if (current) setQrFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [url]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('linkCopied'));
    } catch {
      inputRef.current?.select();
      setStatus(t('copyFailed'));
    }
  };

  return (
    <div className="share">
      <p className="popover-intro">{t('shareIntro')}</p>
      <label className="share-link">
        <span>{t('shareLinkLabel')}</span>
        <input ref={inputRef} readOnly value={url} data-testid="share-url" onFocus={(event) => event.target.select()} />
      </label>
      <button type="button" className="primary-button" data-testid="copy-link" onClick={() => void copy()}>
        {t('copyLink')}
      </button>
      <p className="share-status" role="status" data-testid="copy-status">
        {status}
      </p>
      {qr && <img className="share-qr" src={qr} alt={t('qrAlt')} width={220} height={220} data-testid="share-qr" />}
      {qrFailed && <p className="status-error">{t('qrFailed')}</p>}
    </div>
  );
}

export function SharePanel() {
  const { t } = useT();
  return (
    <Popover label={t('share')} title={t('shareTitle')} testId="share">
      <ShareContent />
    </Popover>
  );
}
