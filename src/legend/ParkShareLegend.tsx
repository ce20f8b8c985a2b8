import { useMemo } from 'react';
import { useT } from '../i18n/useT';
import { registerMessages, type StringKey } from '../i18n/strings';
import { SHARE_COLORS } from '../map/colors';
import { parkShares, type ShareClass } from '../results/parkShares';
import { parkShareLegend } from '../results/parkShareLegend';
import { useShownResults } from '../results/store';
import { useAppStore } from '../state/store';
import { resultsMessages } from '../i18n/messages/results';
import { parkShareMessages } from '../i18n/messages/parkShares';

registerMessages(resultsMessages, parkShareMessages);

const CLASSES: { key: ShareClass; label: StringKey }[] = [
  { key: 'reached', label: 'shareReached' },
  { key: '80-100', label: 'share80to100' },
  { key: '50-80', label: 'share50to80' },
  { key: 'under-50', label: 'shareUnder50' },
  { key: 'not-comparable', label: 'shareNotComparable' },
  { key: 'none', label: 'shareNone' },
];

/**
 * Offered only once a park has a result: a switch that colours the parks by the share of their
 * 2025 target reached, and, while on, the ramp with the year and source of the results.
 */
export function ParkShareLegend() {
  const { t, language } = useT();
  const results = useShownResults();
  const colouring = useAppStore((state) => state.parkColouring);
  const setColouring = useAppStore((state) => state.setParkColouring);
  const legend = useMemo(() => parkShareLegend(parkShares(results), language), [results, language]);
  if (!legend) return null;
  const on = colouring === 'share';
  return (
    <div className="legend-shares" data-testid="park-share-legend">
      <label>
        <input type="checkbox" checked={on} data-testid="park-share-switch" onChange={(event) => setColouring(event.target.checked ? 'share' : 'role')} />{' '}
        {t('shareColouring')}
      </label>
      {on && (
        <>
          <p className="legend-note">{legend.title}</p>
          <ul className="legend-symbols">
            {CLASSES.map(({ key, label }) => (
              <li key={key}>
                <span className="swatch" aria-hidden="true" style={{ background: SHARE_COLORS[key], borderColor: SHARE_COLORS[key], borderStyle: 'solid' }} />{' '}
                {t(label)}
              </li>
            ))}
          </ul>
          <p className="legend-note">{legend.source}</p>
        </>
      )}
    </div>
  );
}
