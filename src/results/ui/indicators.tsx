/** Results in the indicators view (table 1): a column beside the targets, and results drawn on each row's small chart. */
import type { ReactNode } from 'react';
import type { Indicator } from '../../data/types';
import { cellNumber } from '../../indicators/chartMath';
import { useT } from '../../i18n/useT';
import { resultTrend } from '../chart';
import { useResultsStore, useShownResults } from '../store';
import { ResultsBeside } from './common';

export function ResultHeaderCell() {
  const { t } = useT();
  return <th scope="col">{t('resResult')}</th>;
}

export function ResultCell({ indicator }: { indicator: Indicator }) {
  return (
    <td className="result-cell">
      <ResultsBeside measureKey={`indicator:${indicator.id}`} compact />
    </td>
  );
}

/** The row's chart with its results; the plain chart (children) when it has none. */
export function ResultTrend({ indicator, children }: { indicator: Indicator; children: ReactNode }) {
  const shown = useShownResults();
  const results = shown.filter((r) => r.measure === `indicator:${indicator.id}` && r.comparable).sort((a, b) => a.year - b.year);
  const width = 54;
  const height = 22;
  const points =
    results.length > 0
      ? resultTrend([2020, 2022, 2025], [indicator.value2020, indicator.target2022, indicator.target2025].map(cellNumber), results, width, height)
      : null;
  if (!points) return <>{children}</>;
  return (
    <svg
      className="trend"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
      data-testid={`trend-results-${indicator.id}`}
    >
      <polyline points={points.plan.map((point) => `${point.x},${point.y}`).join(' ')} />
      {points.plan.map((point, index) => (
        <circle key={index} cx={point.x} cy={point.y} r={index === 0 ? 2 : 2.6} className={index === 0 ? 'base' : 'target'} />
      ))}
      {points.results.map((point, index) => (
        <rect
          key={`r${index}`}
          x={point.x - 2.4}
          y={point.y - 2.4}
          width={4.8}
          height={4.8}
          transform={`rotate(45 ${point.x} ${point.y})`}
          className="result-point"
        />
      ))}
    </svg>
  );
}

/** Targets | Review, inside the indicators tab (the tab row keeps its seven tabs). */
export function ReviewToggle() {
  const { t } = useT();
  const open = useResultsStore((s) => s.reviewOpen);
  const setOpen = useResultsStore((s) => s.setReviewOpen);
  return (
    <div className="review-toggle" role="group" aria-label={t('resViewLabel')}>
      <button type="button" aria-pressed={!open} data-testid="review-toggle-targets" onClick={() => setOpen(false)}>
        {t('resViewTargets')}
      </button>
      <button type="button" aria-pressed={open} data-testid="review-toggle-review" onClick={() => setOpen(true)}>
        {t('resViewReview')}
      </button>
    </div>
  );
}

export function useReviewOpen(): boolean {
  return useResultsStore((s) => s.reviewOpen);
}
