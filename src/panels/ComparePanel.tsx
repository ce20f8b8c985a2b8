import { InconsistencyFlags, RefLabel } from '../details/common';
import { comparisonCsv, derivedLabelKey } from '../compare/compareCsv';
import { buildComparison, type CompareRow } from '../compare/compareTable';
import type { DerivedFigure } from '../compare/derived';
import { parkById, parks } from '../data/plan';
import { pick } from '../data/names';
import type { Park } from '../data/types';
import { formatKm2, formatYi } from '../format/figures';
import { registerMessages, type Language } from '../i18n/strings';
import { areaKindTerms, term } from '../i18n/terms';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { CompareResults } from '../results/ui/CompareResults';
import { parkColor } from './ParksPanel';
import './insights.css';
import { downloadText } from '../app/download';
import { compareMessages } from '../i18n/messages/compare';

registerMessages(compareMessages);

function formatNumber(value: number, language: Language): string {
  return value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 });
}

function DerivedCell({ figure }: { figure: DerivedFigure | null }) {
  const { t, language } = useT();
  if (!figure) return <span className="muted">{t('compareNotGiven')}</span>;
  const percent = figure.unit === 'percent';
  const value = percent
    ? `${formatNumber(figure.value, language)}%`
    : language === 'zh'
      ? `${formatNumber(figure.value, language)}${t('unitYiPerKm2')}`
      : `${formatYi(figure.value, language)} per km²`;
  const numerator = percent ? formatKm2(figure.numerator, language) : formatYi(figure.numerator, language);
  return (
    <>
      <span className="figure">{value}</span>
      <span className="derivation">
        = {numerator} ÷ {formatKm2(figure.denominator, language)}
        {percent ? ' × 100' : ''}
      </span>
    </>
  );
}

function RowHeader({ row }: { row: CompareRow }) {
  const { t, language } = useT();
  switch (row.kind) {
    case 'positioning':
      return <>{t('positioning')}</>;
    case 'lead':
      return <>{t('leadIndustries')}</>;
    case 'area':
      return <>{term(areaKindTerms, row.area, language)}</>;
    case 'target':
      return <>{t('compareTargetRow')}</>;
    case 'derived':
      return (
        <>
          {t(derivedLabelKey[row.derived])} <span className="derived-badge">{t('derived')}</span>
        </>
      );
  }
}

function RowCells({ row }: { row: CompareRow }) {
  const { t, language } = useT();
  switch (row.kind) {
    case 'positioning':
      return row.cells.map((cell, index) => (
        <td key={index}>
          <span lang="zh-CN">{cell.zh}</span>
          {language === 'en' && <span className="translation"> — {cell.en}</span>}
        </td>
      ));
    case 'lead':
      return row.cells.map((cell, index) => (
        <td key={index}>
          <ul className="chips small">
            {cell.industries.map((industry) => (
              <li key={industry.id} className={industry.shared ? 'chip-shared' : undefined}>
                {industry.shared && (
                  <>
                    <span aria-hidden="true">★ </span>
                    <span className="visually-hidden">{t('compareShared')}: </span>
                  </>
                )}
                {pick(industry.name, language)}
              </li>
            ))}
            {cell.other.map((other) => (
              <li key={other.zh} className="chip-muted">
                {pick(other, language)}
              </li>
            ))}
          </ul>
        </td>
      ));
    case 'area':
      return row.cells.map((cell, index) => (
        <td key={index}>
          {cell.value === null ? (
            <span className="muted">{t('compareNotGiven')}</span>
          ) : (
            <span className="figure">{formatKm2(cell.value, language)}</span>
          )}
          {cell.statements.map((statement) => (
            <span key={statement.text} className="cell-ref">
              <RefLabel planRef={statement.ref} />
            </span>
          ))}
        </td>
      ));
    case 'target':
      return row.cells.map((cell, index) => (
        <td key={index}>
          <span className="figure">{formatYi(cell.valueYi, language)}</span>
          <span className="derivation">{cell.kind === 'revenue' ? t('compareTargetRevenue') : t('compareTargetOutput')}</span>
          <span className="cell-ref">
            <RefLabel planRef={cell.ref} />
          </span>
        </td>
      ));
    case 'derived':
      return row.cells.map((cell, index) => (
        <td key={index}>
          <DerivedCell figure={cell} />
        </td>
      ));
  }
}

function rowKey(row: CompareRow): string {
  if (row.kind === 'area') return `area-${row.area}`;
  if (row.kind === 'derived') return `derived-${row.derived}`;
  return row.kind;
}

export function ComparePanel() {
  const { t, language } = useT();
  const compareIds = useAppStore((state) => state.compareIds);
  const toggleCompare = useAppStore((state) => state.toggleCompare);
  const chosen = compareIds.map((id) => parkById(id)).filter((park): park is Park => park !== undefined);
  const comparison = chosen.length >= 2 ? buildComparison(chosen) : null;
  return (
    <div className="panel-section compare">
      <h2>{t('compareTitle')}</h2>
      <p className="plan-note">{t('compareIntro')}</p>
      <fieldset className="compare-choice">
        <legend>{t('compareChoose')}</legend>
        {parks.map((park) => (
          <label key={park.id}>
            <input
              type="checkbox"
              checked={compareIds.includes(park.id)}
              data-testid={`compare-choose-${park.id}`}
              onChange={() => toggleCompare(park.id)}
            />
            <span className="role-marker" style={{ background: parkColor(park) }} aria-hidden="true" />
            <span>
              {pick(park.name, language)} <span className="muted">· {pick(park.slogan, language)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {!comparison && (
        <p className="plan-note" role="status" data-testid="compare-need-two">
          {t('compareNeedTwo')}
        </p>
      )}
      {comparison && (
        <>
          <div className="compare-actions">
            <button
              type="button"
              className="action-button"
              data-testid="compare-download"
              aria-label={t('compareDownloadLabel')}
              onClick={() => downloadText(comparisonCsv(comparison, language), `${t('compareFileName')}.csv`, 'text/csv')}
            >
              {t('compareDownload')}
            </button>
          </div>
          <div className="compare-scroll" role="region" aria-label={t('compareTableCaption')} tabIndex={0}>
            <table className="compare-table" data-testid="compare-table">
              <caption className="visually-hidden">{t('compareTableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compareItem')}</th>
                  {comparison.parks.map((park) => (
                    <th key={park.id} scope="col" data-testid={`compare-col-${park.id}`}>
                      <span className="role-marker" style={{ background: parkColor(park) }} aria-hidden="true" />{' '}
                      {pick(park.name, language)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.rows.map((row) => (
                  <tr key={rowKey(row)} data-testid={`compare-row-${rowKey(row)}`} className={row.kind === 'derived' ? 'derived-row' : undefined}>
                    <th scope="row">
                      <RowHeader row={row} />
                    </th>
                    <RowCells row={row} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CompareResults parkIds={comparison.parks.map((park) => park.id)} />
          {comparison.shared.length > 0 && <p className="plan-note">{t('compareSharedNote')}</p>}
          <p className="derived-note">{t('compareDerivedNote')}</p>
          {comparison.parks.map((park) => (
            <InconsistencyFlags key={park.id} id={park.id} />
          ))}
          <p className="plan-note">{t('plansNote')}</p>
        </>
      )}
    </div>
  );
}
