import { InconsistencyFlags, RefLabel } from '../details/common';
import { inconsistencies, indicators, industries, parks } from '../data/plan';
import { pick } from '../data/names';
import type { Indicator } from '../data/types';
import { barLength, cellNumber, trendPoints } from '../indicators/chartMath';
import { growthGloss, unitGloss } from '../indicators/unitGloss';
import { registerMessages, type StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { parkColor } from './ParksPanel';
import { ResultCell, ResultHeaderCell, ResultTrend, ReviewToggle, useReviewOpen } from '../results/ui/indicators';
import { ResultsNotice } from '../results/ui/common';
import { ReviewView } from '../results/ui/review';
import { ResultBars } from '../results/ui/ResultBars';
import './insights.css';
import { indicatorMessages } from '../i18n/messages/indicators';
import { compareMessages } from '../i18n/messages/compare';

registerMessages(indicatorMessages, compareMessages);

const YEARS = [2020, 2022, 2025] as const;

/** Rows of table 1 that the plan contradicts, with one row id per such inconsistency. */
const flaggedRows = new Set(inconsistencies.flatMap((item) => item.affects));
const flagAnchors = [
  ...new Set(
    inconsistencies
      .map((item) => item.affects.find((id) => indicators.some((indicator) => indicator.id === id)))
      .filter((id): id is string => id !== undefined),
  ),
];

/** A small line from the 2020 status to the 2025 target; the row's cells are its table alternative. */
function Trend({ indicator }: { indicator: Indicator }) {
  const width = 54;
  const height = 22;
  const points = trendPoints(
    YEARS,
    [indicator.value2020, indicator.target2022, indicator.target2025].map(cellNumber),
    width,
    height,
  );
  if (!points) return null;
  return (
    <svg className="trend" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <polyline points={points.map((point) => `${point.x},${point.y}`).join(' ')} />
      {points.map((point, index) => (
        <circle key={index} cx={point.x} cy={point.y} r={index === 0 ? 2 : 2.6} className={index === 0 ? 'base' : 'target'} />
      ))}
    </svg>
  );
}

/** The plan's text as printed; in English, marked as Chinese and followed by its gloss. */
function Glossed({ text, gloss, testId }: { text: string; gloss: string | null; testId?: string }) {
  const { language } = useT();
  if (language === 'zh' || gloss === null) return <>{text}</>;
  return (
    <>
      <span lang="zh-CN">{text}</span>{' '}
      <span className="unit-gloss" data-testid={testId}>
        ({gloss})
      </span>
    </>
  );
}

function Cell({ value, growth, testId }: { value: string; growth?: string; testId?: string }) {
  return (
    <td>
      <span className="figure" data-testid={testId}>
        {value}
      </span>
      {growth && growth !== '—' && (
        <span className="growth">
          <Glossed text={growth} gloss={growthGloss(growth)} testId="growth-gloss" />
        </span>
      )}
    </td>
  );
}

function IndicatorTable({ category, rows }: { category: string; rows: Indicator[] }) {
  const { t, language } = useT();
  return (
    <table className="indicator-table" data-testid="indicator-table">
      <caption>{category}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicatorName')}</th>
          <th scope="col">{t('indicatorBase2020')}</th>
          <th scope="col">
            {t('indicatorTarget2022')}
            <span className="growth">{t('indicatorGrowth')}</span>
          </th>
          <th scope="col">
            {t('indicatorTarget2025')}
            <span className="growth">{t('indicatorGrowth')}</span>
          </th>
          <ResultHeaderCell />
          <th scope="col" aria-hidden="true">
            {t('indicatorTrend')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((indicator) => (
          <tr key={indicator.id} data-testid={`indicator-row-${indicator.id}`}>
            <th scope="row">
              <span className="indicator-name">
                {pick(indicator.name, language)}
                {flaggedRows.has(indicator.id) && (
                  <span className="inconsistent-figure" title={t('inconsistencyFlag')}>
                    {' '}
                    ⚠<span className="visually-hidden">{t('inconsistencyFlag')}</span>
                  </span>
                )}
              </span>
              <span className="indicator-meta">
                <Glossed text={indicator.unit} gloss={unitGloss(indicator.unit)} testId="unit-gloss" /> ·{' '}
                <span className={`attribute attribute-${indicator.attribute}`}>
                  {t(indicator.attribute === 'binding' ? 'attributeBinding' : 'attributeExpected')}
                </span>
              </span>
            </th>
            <Cell value={indicator.value2020} />
            <Cell value={indicator.target2022} growth={indicator.growth2022} />
            <Cell value={indicator.target2025} growth={indicator.growth2025} testId={`indicator-2025-${indicator.id}`} />
            <ResultCell indicator={indicator} />
            <td aria-hidden="true">
              <ResultTrend indicator={indicator}>
                <Trend indicator={indicator} />
              </ResultTrend>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Bar {
  id: string;
  label: string;
  value: number | null;
  /** Shown after the value, e.g. a second figure the plan also states. */
  note?: string;
  /** A second value drawn as a marker on the bar (the plan's other figure). */
  marker?: number;
  color?: string;
}

/** A horizontal bar chart; the visually hidden table beside it is what screen readers read. */
function BarChart({ title, bars, unit, note, testId }: { title: string; bars: Bar[]; unit: string; note: string; testId: string }) {
  const { t } = useT();
  const largest = Math.max(...bars.flatMap((bar) => [bar.value ?? 0, bar.marker ?? 0]));
  // Each label sits on its own line above its bar, so long English names never clip.
  const width = 360;
  const barWidth = 250;
  const rowHeight = 34;
  const height = bars.length * rowHeight + 2;
  return (
    <figure className="bar-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" aria-hidden="true" focusable="false">
        {bars.map((bar, index) => {
          const y = index * rowHeight;
          const length = barLength(bar.value ?? 0, largest, barWidth);
          const markerAt = bar.marker !== undefined ? barLength(bar.marker, largest, barWidth) : 0;
          return (
            <g key={bar.id}>
              <text x={0} y={y + 12} className="bar-label">
                {bar.label}
              </text>
              {bar.value !== null ? (
                <rect x={0} y={y + 17} width={length} height={12} rx={2} style={{ fill: bar.color }} className="bar" />
              ) : (
                <line x1={0} x2={12} y1={y + 23} y2={y + 23} className="bar-none" />
              )}
              {bar.marker !== undefined && (
                <line x1={markerAt} x2={markerAt} y1={y + 14} y2={y + 32} className="bar-marker" />
              )}
              <text x={Math.max(length, markerAt, bar.value === null ? 12 : 0) + 5} y={y + 27.5} className="bar-value">
                {bar.value ?? '—'}
                {bar.note ? ` ${bar.note}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
      {/* A table ignores the 1px width of .visually-hidden, so a wrapper hides it. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('chartTableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chartItem')}</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.id}>
                <th scope="row">{bar.label}</th>
                <td>
                  {bar.value ?? '—'}
                  {bar.note ? ` ${bar.note}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="plan-note">{note}</p>
    </figure>
  );
}

export function IndicatorsPanel() {
  const { t, language } = useT();
  if (useReviewOpen()) return <ReviewView />;
  const categories = [...new Map(indicators.map((indicator) => [indicator.category.zh, indicator.category])).values()];
  const clusterBars: Bar[] = industries.map((industry) => {
    const other = industry.otherTargets
      .map((target) => /(\d+)亿级/.exec(target.text)?.[1])
      .find((value) => value !== undefined && Number(value) !== industry.clusterTargetYi);
    return {
      id: industry.id,
      label: pick(industry.name, language),
      value: industry.clusterTargetYi,
      marker: other ? Number(other) : undefined,
      note: other ? `/ ${other} ⚠` : undefined,
    };
  });
  const parkBars: Bar[] = parks.map((park) => ({
    id: park.id,
    label: pick(park.name, language),
    value: park.target.valueYi,
    color: parkColor(park),
    note: park.target.kind === 'revenue' ? `(${t('compareTargetRevenue')})` : undefined,
  }));
  const yi: StringKey = 'chartValue';
  return (
    <div className="panel-section indicators">
      <ReviewToggle />
      <h2>{t('indicatorsTitle')}</h2>
      <p className="targets-notice" role="note" data-testid="indicators-notice">
        {t('indicatorsTargetsNotResults')}
      </p>
      <ResultsNotice where="indicators" />
      <p className="plan-note" data-testid="indicators-count">
        {t('indicatorsRowCount', { count: indicators.length })} <RefLabel planRef={{ section: '', table: 1 }} />
      </p>
      {categories.map((category) => (
        <IndicatorTable
          key={category.zh}
          category={pick(category, language)}
          rows={indicators.filter((indicator) => indicator.category.zh === category.zh)}
        />
      ))}
      {flagAnchors.map((id) => (
        <InconsistencyFlags key={id} id={id} />
      ))}
      <BarChart title={t('clusterTargetsChart')} bars={clusterBars} unit={t(yi)} note={t('clusterTargetsNote')} testId="chart-clusters" />
      <ResultBars kind="industry" />
      <BarChart title={t('parkTargetsChart')} bars={parkBars} unit={t(yi)} note={t('parkTargetsNote')} testId="chart-parks" />
      <ResultBars kind="park" />
    </div>
  );
}
