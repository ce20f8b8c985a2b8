/**
 * The review (实施评估) view: every target of the plan with its status, inside the
 * indicators tab; and the same list as an A4 sheet for printing, in the current language.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { RefLabel } from '../../details/common';
import { pick } from '../../data/names';
import { today } from '../../export/exportPng';
import { formatYi } from '../../format/figures';
import { registerMessages, type Language } from '../../i18n/strings';
import { MixedText } from '../../i18n/MixedText';
import { useT } from '../../i18n/useT';
import type { MeasureKind } from '../types';
import { countVerdicts, interimResults, targetStatuses, type InterimResult, type TargetStatus } from '../status';
import { useResultsStore, useShownResults } from '../store';
import { formatValue, NoVerdictWhy, ResultsNotice, SourceLine, TrustBadge, VerdictBadge } from './common';
import { ReviewToggle } from './indicators';
// The review sheet is laid out like the export's fact sheets (and, printed, is the only thing on the page).
import '../../export/print.css';
import { resultsMessages } from '../../i18n/messages/results';
import { publishedResultsMessages } from '../../i18n/messages/publishedResults';
import { indicatorMessages } from '../../i18n/messages/indicators';

registerMessages(resultsMessages, publishedResultsMessages, indicatorMessages);

const GROUPS: { kind: MeasureKind; title: 'resGroupIndicators' | 'resGroupParks' | 'resGroupIndustries' }[] = [
  { kind: 'indicator', title: 'resGroupIndicators' },
  { kind: 'park', title: 'resGroupParks' },
  { kind: 'industry', title: 'resGroupIndustries' },
];

/** The target as printed, with the unit where the cell does not carry it: "3000 亿元", "45%", "85%", "[-20%]". */
function targetText(status: Pick<TargetStatus, 'measure' | 'target'>, language: Language): string {
  const { text, value } = status.target;
  if (status.measure.kind !== 'indicator') return value !== null ? formatYi(value, language) : text;
  if (/[%\]]$/.test(text)) return text;
  return status.measure.unit === '%' ? `${text}%` : `${text} ${status.measure.unit}`;
}

/** Results of years without a target, beside the next target, without a verdict. */
function InterimTable({ interim }: { interim: InterimResult[] }) {
  const { t, language } = useT();
  if (interim.length === 0) return <p className="plan-note">{t('resInterimNone')}</p>;
  return (
    <table className="review-table review-interim" data-testid="review-interim">
      <caption>{t('resInterimTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('resColMeasure')}</th>
          <th scope="col">{t('resColYear')}</th>
          <th scope="col">{t('resColResult')}</th>
          <th scope="col">{t('resColNextTarget')}</th>
          <th scope="col">{t('resColTrust')}</th>
        </tr>
      </thead>
      <tbody>
        {interim.map(({ measure, result, nextTarget }) => (
          <tr key={`${measure.key}@${result.year}`} data-testid={`review-interim-${measure.key}-${result.year}`}>
            <th scope="row">
              {pick(measure.name, language)} <RefLabel planRef={measure.ref} />
            </th>
            <td>{result.year}</td>
            <td>
              <strong>
                <MixedText text={formatValue(result.value, result.unit, language)} />
              </strong>
              {result.origin === 'local' && <span className="result-local"> {t('resLocal')}</span>}
              <SourceLine result={result} />
              {!result.comparable && result.definitionNote && <span className="result-note">{result.definitionNote}</span>}
            </td>
            <td>{nextTarget ? `${targetText({ measure, target: nextTarget }, language)} (${nextTarget.year})` : '—'}</td>
            <td>{result.trust ? <TrustBadge trust={result.trust} /> : t('resTrustNone')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function KindCell({ status }: { status: TargetStatus }) {
  const { t } = useT();
  const attribute = status.measure.attribute;
  return <>{attribute === null ? t('resAttributeNone') : t(attribute === 'binding' ? 'attributeBinding' : 'attributeExpected')}</>;
}

function ReviewTable({ statuses, kind, title }: { statuses: TargetStatus[]; kind: MeasureKind; title: string }) {
  const { t, language } = useT();
  const rows = statuses.filter((status) => status.measure.kind === kind);
  return (
    <table className="review-table" data-testid={`review-table-${kind}`}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('resColMeasure')}</th>
          <th scope="col">{t('resColYear')}</th>
          <th scope="col">{t('resColTarget')}</th>
          <th scope="col">{t('resColKind')}</th>
          <th scope="col">{t('resColResult')}</th>
          <th scope="col">{t('resColStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((status) => (
          <tr
            key={`${status.measure.key}@${status.target.year}`}
            data-testid={`review-row-${status.measure.key}-${status.target.year}`}
            data-verdict={status.verdict}
          >
            <th scope="row">
              {pick(status.measure.name, language)} <RefLabel planRef={status.measure.ref} />
            </th>
            <td>{status.target.year}</td>
            <td>
              {targetText(status, language)}
            </td>
            <td>
              <KindCell status={status} />
            </td>
            <td>
              {status.result ? (
                <>
                  <strong>
                    <MixedText text={formatValue(status.result.value, status.result.unit, language)} />
                  </strong>{' '}
                  <TrustBadge trust={status.result.trust} />
                  <SourceLine result={status.result} />
                  {status.result.origin === 'local' && <span className="result-local">{t('resLocal')}</span>}
                </>
              ) : (
                '—'
              )}
            </td>
            <td>
              <VerdictBadge verdict={status.verdict} />
              {status.share !== undefined && <span className="result-share"> {t('resShareOf', { percent: Math.round(status.share * 1000) / 10 })}</span>}
              <NoVerdictWhy status={status} measureKey={status.measure.key} />
              {status.verdict === 'not-comparable' && status.result?.definitionNote && (
                <span className="result-note">{status.result.definitionNote}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Counts({ statuses, interim }: { statuses: TargetStatus[]; interim: number }) {
  const { t } = useT();
  const counts = countVerdicts(statuses);
  const allNone = counts.noResult === statuses.length;
  return (
    <p className="plan-note" data-testid="review-counts">
      {allNone && interim === 0 && t('resReviewAllNone', { count: statuses.length })}
      {allNone && interim > 0 && t('resReviewNoneAtTargets', { count: statuses.length, interim })}
      {!allNone && t('resReviewCounts', { total: statuses.length, ...counts })}
    </p>
  );
}

/** The review list with its print button. */
export function ReviewView() {
  const { t } = useT();
  const shown = useShownResults();
  const statuses = targetStatuses(shown);
  const printing = useResultsStore((s) => s.printingReview);
  const setPrinting = useResultsStore((s) => s.setPrintingReview);
  return (
    <div className="panel-section indicators review" data-testid="review-view">
      <ReviewToggle />
      <h2>{t('resReviewTitle')}</h2>
      <p className="plan-note">{t('resReviewIntro')}</p>
      <ResultsNotice where="review" />
      <Counts statuses={statuses} interim={interimResults(shown).length} />
      <button type="button" className="action-button" data-testid="review-print" onClick={() => setPrinting(true)}>
        {t('resPrintReview')}
      </button>
      {GROUPS.map((group) => (
        <ReviewTable key={group.kind} statuses={statuses} kind={group.kind} title={t(group.title)} />
      ))}
      <p className="plan-note">{t('resInterimIntro')}</p>
      <InterimTable interim={interimResults(shown)} />
      <p className="plan-note">{t('resReviewSheetNote')}</p>
      {printing > 0 && <ReviewSheet request={printing} />}
    </div>
  );
}

/** The A4 sheet: outside the app's layout, hidden on screen, the only thing printed (print.css). */
function ReviewSheet({ request }: { request: number }) {
  const { t, language } = useT();
  const shown = useShownResults();
  const statuses = targetStatuses(shown);
  const setPrinting = useResultsStore((s) => s.setPrintingReview);
  useEffect(() => {
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    // After the sheet is in the document.
    const timer = window.setTimeout(() => window.print(), 50);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [setPrinting, request]);
  return createPortal(
    <div className="print-sheet review-sheet" lang={language === 'zh' ? 'zh-CN' : 'en'} data-testid="review-sheet">
      <article className="sheet">
        <header className="sheet-header">
          <p className="sheet-kicker">
            {t('appTitle')} · {t('appSubtitle')}
          </p>
          <h1>{t('resReviewSheetTitle')}</h1>
        </header>
        <Counts statuses={statuses} interim={interimResults(shown).length} />
        {GROUPS.map((group) => (
          <ReviewTable key={group.kind} statuses={statuses} kind={group.kind} title={t(group.title)} />
        ))}
        <p className="sheet-note">{t('resInterimIntro')}</p>
        <InterimTable interim={interimResults(shown)} />
        <footer className="sheet-footer">
          <p>{t('resReviewSheetNote')}</p>
          <p>{t('plansNote')}</p>
          <p>{t('sourceLine')}</p>
          <p>{t('printedOn', { date: today() })}</p>
        </footer>
      </article>
    </div>,
    document.body,
  );
}
