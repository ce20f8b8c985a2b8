/** Small pieces that show a result beside a target, wherever the app shows a target. */
import { pick } from '../../data/names';
import { registerMessages, type Language } from '../../i18n/strings';
import { MixedText } from '../../i18n/MixedText';
import { useT } from '../../i18n/useT';
import { measureByKey } from '../measures';
import { resultsOf, type ShownResult, type TargetStatus, type Verdict } from '../status';
import { useResultsStore, useShownResults } from '../store';
import type { ResultEntry, ResultSource } from '../types';
import '../results.css';
import { resultsMessages } from '../../i18n/messages/results';
import { publishedResultsMessages } from '../../i18n/messages/publishedResults';

registerMessages(resultsMessages, publishedResultsMessages);

const VERDICT_KEYS = {
  achieved: 'resAchieved',
  'not-achieved': 'resNotAchieved',
  'no-verdict': 'resNoVerdict',
  'not-comparable': 'resNotComparable',
  'no-result': 'resNoResultYet',
} as const;

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useT();
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict}>
      {t(VERDICT_KEYS[verdict])}
    </span>
  );
}

/** "《…》, publisher, 2022-01-10, p. 3, https://…" — text only, never a link the app follows; `undated` stands for a missing date. */
export function sourceText(source: ResultSource, undated = 'undated'): string {
  return [source.title, source.publisher, source.date ?? undated, source.page, source.url].filter((part) => part && part !== '').join(', ');
}

/** How far the result's source is trusted, where the entry says. */
export function TrustBadge({ trust }: { trust: ResultEntry['trust'] }) {
  const { t } = useT();
  if (!trust) return null;
  return (
    <span className={`trust trust-${trust}`} data-trust={trust}>
      {t('resTrustLabel')}
      {t('colon')}
      {t(`resTrust_${trust}`)}
    </span>
  );
}

/** The whole source, its date note (undated sources) and its trust, as the reader reads it. */
export function SourceLine({ result, withEnteredBy = false, titled = true }: { result: ResultEntry; withEnteredBy?: boolean; titled?: boolean }) {
  const { t } = useT();
  const source = titled ? result.source : { ...result.source, title: '' };
  return (
    <span className="result-source">
      {titled && (
        <>
          {t('resSourceLabel')}
          {t('colon')}
        </>
      )}
      <MixedText text={sourceText(source, t('resUndated'))} />
      {result.source.dateNote && (
        <span className="result-date-note">
          <MixedText text={result.source.dateNote} />
        </span>
      )}
      {withEnteredBy && (
        <>
          {' · '}
          {t('resEnteredBy')}
          {t('colon')}
          <MixedText text={result.enteredBy} />
        </>
      )}
    </span>
  );
}

export function formatValue(value: number, unit: string, language: Language): string {
  const number = value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 4 });
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** Why a result has no verdict, in words. */
export function NoVerdictWhy({ status, measureKey }: { status: Pick<TargetStatus, 'verdict' | 'noVerdictReason'>; measureKey: string }) {
  const { t, language } = useT();
  const measure = measureByKey(measureKey);
  if (status.verdict !== 'no-verdict' || !measure) return null;
  return (
    <span className="result-why">
      {status.noVerdictReason === 'target-worded'
        ? t('resNoVerdictWorded')
        : t('resNoVerdictDirection', { reason: pick(measure.directionReason, language) })}
    </span>
  );
}

/** One result: year, value, verdict against the plan's target for that year (if it sets one), source. */
export function ResultItem({ result, compact = false }: { result: ShownResult; compact?: boolean }) {
  const { t, language } = useT();
  const item = resultsOf(result.measure, [result])[0];
  if (!item) return null;
  return (
    <span className="result-item" data-testid={`result-item-${result.measure}-${result.year}`}>
      <span className="result-year">{t('resResultFor', { year: result.year })}</span>{' '}
      <strong className="result-value">
        <MixedText text={formatValue(result.value, result.unit, language)} />
      </strong>{' '}
      {item.status ? <VerdictBadge verdict={item.status.verdict} /> : <span className="result-interim">{t('resInterim', { year: result.year })}</span>}
      {item.status?.share !== undefined && (
        <span className="result-share"> {t('resShareOf', { percent: Math.round(item.status.share * 1000) / 10 })}</span>
      )}
      {result.origin === 'local' && <span className="result-local"> · {t('resLocal')}</span>}
      {item.status && <NoVerdictWhy status={item.status} measureKey={result.measure} />}
      {!result.comparable && result.definitionNote && (
        <span className="result-note">
          {t('resDefinitionNote')}
          {t('colon')}
          <MixedText text={result.definitionNote} />
        </span>
      )}
      {result.trust && (
        <>
          {' '}
          <TrustBadge trust={result.trust} />
        </>
      )}
      {!compact && <SourceLine result={result} withEnteredBy />}
      {compact && (
        <details className="result-source-details">
          <summary>
            {t('resSourceLabel')}
            {t('colon')}
            <MixedText text={result.source.title} />
          </summary>
          <SourceLine result={result} withEnteredBy titled={false} />
        </details>
      )}
    </span>
  );
}

/** Every result of a measure beside its target, or "no result yet". */
export function ResultsBeside({ measureKey, compact = false }: { measureKey: string; compact?: boolean }) {
  const shown = useShownResults();
  const results = shown.filter((result) => result.measure === measureKey).sort((a, b) => a.year - b.year);
  return (
    <span className="results-beside" data-testid={`results-${measureKey}`} data-count={results.length}>
      {results.length === 0 ? (
        <span className="result-none">
          <VerdictBadge verdict="no-result" />
        </span>
      ) : (
        results.map((result) => <ResultItem key={result.year} result={result} compact={compact} />)
      )}
    </span>
  );
}

/** The plain sentence every view carries: no results entered yet, or how many there are. */
export function ResultsNotice({ where }: { where: string }) {
  const { t } = useT();
  const shown = useShownResults();
  const state = useResultsStore((s) => s.committedState);
  const error = useResultsStore((s) => s.committedError);
  const problems = useResultsStore((s) => s.committedProblems);
  return (
    <div className="results-notice" data-testid={`results-notice-${where}`} data-count={shown.length} data-state={state}>
      <p role="note">{shown.length === 0 ? t('resNoResultsEntered') : t('resSomeResults', { count: shown.length })}</p>
      {state === 'error' && (
        <p className="status-error" role="alert">
          {t('resLoadFailed', { message: error ?? '' })}
        </p>
      )}
      {problems.length > 0 && <p className="status-error">{t('resFileProblems', { count: problems.length })}</p>}
    </div>
  );
}
