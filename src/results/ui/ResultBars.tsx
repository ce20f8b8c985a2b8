/**
 * Beside the indicators view's bar charts of park and cluster targets: the results entered
 * for them, each as a bar against its target line (only comparable results of the target's
 * year; others are listed in words). Nothing is drawn while there are no results.
 */
import { barLength } from '../../indicators/chartMath';
import { pick } from '../../data/names';
import { useT } from '../../i18n/useT';
import { targetStatuses } from '../status';
import { useShownResults } from '../store';
import type { MeasureKind } from '../types';
import { formatValue, VerdictBadge } from './common';

export function ResultBars({ kind }: { kind: Extract<MeasureKind, 'park' | 'industry'> }) {
  const { t, language } = useT();
  const shown = useShownResults();
  const rows = targetStatuses(shown).filter((status) => status.measure.kind === kind && status.result !== null);
  if (rows.length === 0) return null;
  const drawn = rows.filter((row) => row.result?.comparable && row.target.value !== null);
  const largest = Math.max(...drawn.flatMap((row) => [row.result!.value, row.target.value ?? 0]), 0);
  const width = 360;
  const barWidth = 250;
  const rowHeight = 34;
  const title = t(kind === 'park' ? 'resGroupParks' : 'resGroupIndustries');
  return (
    <figure className="bar-chart" data-testid={`result-bars-${kind}`}>
      <figcaption>
        {title} · {t('resResult')}
      </figcaption>
      {drawn.length > 0 && (
        <svg viewBox={`0 0 ${width} ${drawn.length * rowHeight + 2}`} width="100%" aria-hidden="true" focusable="false">
          {drawn.map((row, index) => {
            const y = index * rowHeight;
            const length = barLength(row.result!.value, largest, barWidth);
            const targetAt = barLength(row.target.value ?? 0, largest, barWidth);
            return (
              <g key={row.measure.key}>
                <text x={0} y={y + 12} className="bar-label">
                  {pick(row.measure.name, language)} · {row.result!.year}
                </text>
                <rect x={0} y={y + 17} width={length} height={12} rx={2} className="bar result-bar" />
                <line x1={targetAt} x2={targetAt} y1={y + 14} y2={y + 32} className="bar-marker" />
                <text x={Math.max(length, targetAt) + 5} y={y + 27.5} className="bar-value">
                  {row.result!.value} / {row.target.value}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <ul className="plain-list">
        {rows.map((row) => (
          <li key={row.measure.key}>
            {pick(row.measure.name, language)}
            {t('colon')}
            {formatValue(row.result!.value, row.result!.unit, language)} ({row.result!.year}) <VerdictBadge verdict={row.verdict} />
          </li>
        ))}
      </ul>
      <p className="plan-note">{t('resBarsNote')}</p>
    </figure>
  );
}
