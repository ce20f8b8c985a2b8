import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';

export function TourButton() {
  const { t } = useT();
  const touring = useAppStore((state) => state.tourStep !== null);
  const startTour = useAppStore((state) => state.startTour);
  const select = useAppStore((state) => state.select);
  return (
    <button
      type="button"
      className="topbar-button"
      title={t('tourTitle')}
      aria-pressed={touring}
      data-testid="tour-button"
      onClick={() => {
        // The tour highlights its own elements; a selection would compete with them.
        select(null, 'keyboard');
        startTour();
      }}
    >
      {t('tour')}
    </button>
  );
}
