/**
 * The workbench's results section: a form per indicator and per park (and cluster), import
 * of CSV/.xlsx with a downloadable template, export as results.json (ready to commit), CSV
 * and .xlsx; kept in this browser with undo and redo (../store.ts).
 */
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { downloadBlob, downloadText } from '../../app/download';
import { pick } from '../../data/names';
import { useT } from '../../i18n/useT';
import { measureByKey, measures } from '../measures';
import { locatedProblemText, problemText } from '../problemText';
import { checkEntry, entryLabel, type EntryProblem, type Problem } from '../schema';
import { useResultsStore, useShownResults } from '../store';
import { KeptBackups } from '../../keep/ui/KeptBackups';
import { ImportFailure, startTableRead } from '../../intake/client';
import {
  entryRows,
  ImportError,
  refusalOf,
  resultsJsonText,
  RESULTS_ABOUT,
  rowsToCsv,
  rowsToXlsx,
  tableToEntries,
  templateRows,
} from '../tabular';
import type { MeasureKind } from '../types';
import { ResultItem } from './common';
import { TABLE_LIMITS } from '../../intake/tableRead';
import { FileChooser } from '../../intake/ui/FileChooser';
import { useIntakeTarget } from '../../intake/ui/targets';
import { registerMessages } from '../../i18n/strings';
import { indicatorMessages } from '../../i18n/messages/indicators';
import { resultsMessages } from '../../i18n/messages/results';

registerMessages(resultsMessages, indicatorMessages);

interface Draft {
  measure: string;
  year: string;
  value: string;
  title: string;
  publisher: string;
  date: string;
  page: string;
  url: string;
  enteredBy: string;
  comparable: boolean;
  definitionNote: string;
}

const EMPTY: Draft = {
  measure: measures[0]?.key ?? '',
  year: '2025',
  value: '',
  title: '',
  publisher: '',
  date: '',
  page: '',
  url: '',
  enteredBy: '',
  comparable: true,
  definitionNote: '',
};

const GROUP_TITLES: Record<MeasureKind, 'resGroupIndicators' | 'resGroupParks' | 'resGroupIndustries'> = {
  indicator: 'resGroupIndicators',
  park: 'resGroupParks',
  industry: 'resGroupIndustries',
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="wb-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

function ResultForm() {
  const { t, language } = useT();
  const upsert = useResultsStore((s) => s.upsert);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problems, setProblems] = useState<EntryProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const measure = measureByKey(draft.measure);
  const set = (key: keyof Draft) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const value = event.target.type === 'checkbox' ? (event.target as HTMLInputElement).checked : event.target.value;
    setDraft({ ...draft, [key]: value });
    setSaved(null);
    setProblems([]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const year = /^\d+$/.test(draft.year.trim()) ? Number(draft.year) : draft.year;
    const value = /^-?\d+(?:\.\d+)?$/.test(draft.value.trim()) ? Number(draft.value) : draft.value;
    const raw = {
      measure: draft.measure,
      year,
      value,
      unit: measure?.unit ?? '',
      source: { title: draft.title, publisher: draft.publisher, date: draft.date, page: draft.page, url: draft.url },
      enteredBy: draft.enteredBy,
      comparable: draft.comparable,
      definitionNote: draft.definitionNote,
    };
    const checked = checkEntry(raw);
    setProblems(checked.problems);
    if (!checked.entry) {
      setSaved(null);
      return;
    }
    const { replaced } = upsert([checked.entry]);
    setSaved(t(replaced > 0 ? 'resWbReplaced' : 'resWbAdded', { label: entryLabel(raw) }));
    // Keep the source for the next entry from the same document; clear the figure.
    setDraft({ ...draft, value: '', definitionNote: '', comparable: true });
  };
  const kinds: MeasureKind[] = ['indicator', 'park', 'industry'];
  return (
    <form className="wb-results-form" data-testid="res-form" onSubmit={submit} noValidate>
      <Field label={t('resWbMeasure')}>
        <select value={draft.measure} data-testid="res-form-measure" onChange={set('measure')}>
          {kinds.map((kind) => (
            <optgroup key={kind} label={t(GROUP_TITLES[kind])}>
              {measures
                .filter((m) => m.kind === kind)
                .map((m) => (
                  <option key={m.key} value={m.key}>
                    {pick(m.name, language)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </Field>
      {measure && (
        <p className="wb-hint" data-testid="res-form-targets">
          {measure.targets.map((target) => `${t('resTargetFor', { year: target.year })}${t('colon')}${target.text}`).join(' · ')}
          {' · '}
          {measure.attribute ? t(measure.attribute === 'binding' ? 'attributeBinding' : 'attributeExpected') : t('resAttributeNone')}
        </p>
      )}
      <Field label={t('resWbYear')}>
        <input inputMode="numeric" value={draft.year} data-testid="res-form-year" onChange={set('year')} />
      </Field>
      <Field label={`${t('resWbValue')} (${measure?.unit ?? ''})`}>
        <input inputMode="decimal" value={draft.value} data-testid="res-form-value" onChange={set('value')} />
      </Field>
      <Field label={t('resWbSourceTitle')}>
        <input value={draft.title} data-testid="res-form-title" onChange={set('title')} />
      </Field>
      <Field label={t('resWbSourcePublisher')}>
        <input value={draft.publisher} data-testid="res-form-publisher" onChange={set('publisher')} />
      </Field>
      <Field label={t('resWbSourceDate')}>
        <input value={draft.date} data-testid="res-form-date" onChange={set('date')} />
      </Field>
      <Field label={t('resWbSourcePage')}>
        <input value={draft.page} data-testid="res-form-page" onChange={set('page')} />
      </Field>
      <Field label={t('resWbSourceUrl')}>
        <input value={draft.url} type="url" data-testid="res-form-url" onChange={set('url')} />
      </Field>
      <Field label={t('resWbEnteredBy')}>
        <input value={draft.enteredBy} data-testid="res-form-entered-by" onChange={set('enteredBy')} />
      </Field>
      <label className="wb-check">
        <input type="checkbox" checked={draft.comparable} data-testid="res-form-comparable" onChange={set('comparable')} /> {t('resWbComparable')}
      </label>
      {!draft.comparable && (
        <Field label={t('resWbDefinitionNote')}>
          <input value={draft.definitionNote} data-testid="res-form-note" onChange={set('definitionNote')} />
        </Field>
      )}
      <button type="submit" className="wb-primary" data-testid="res-form-save">
        {t('resWbAdd')}
      </button>
      {problems.length > 0 && (
        <div className="wb-problems" role="alert" data-testid="res-form-problems">
          <p>{t('resWbFormProblems')}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problemText(problem, language)}</li>
            ))}
          </ul>
        </div>
      )}
      {saved && (
        <p className="wb-note" role="status" data-testid="res-form-saved">
          {saved}
        </p>
      )}
    </form>
  );
}

function sizeText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function ImportExport() {
  const { t, language } = useT();
  const upsert = useResultsStore((s) => s.upsert);
  const shown = useShownResults();
  const [report, setReport] = useState<{ name: string; kept: number; skipped: number; problems: Problem[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** A results file, from this section's chooser or routed here by the intake (src/intake/route.ts). */
  const onFile = async (file: File) => {
    setReport(null);
    setError(null);
    try {
      const table = await startTableRead(file).promise.catch((e: unknown) => {
        throw e instanceof ImportFailure ? refusalOf(e.code, e.detail) : e;
      });
      const result = tableToEntries(table);
      if (result.entries.length > 0) upsert(result.entries);
      setReport({ name: file.name, kept: result.entries.length, skipped: result.skipped, problems: result.problems });
    } catch (e) {
      const message =
        e instanceof ImportError
          ? e.reason === 'tooLarge'
            ? file.size > TABLE_LIMITS.fileBytes
              ? t('resWbTooLarge', { size: sizeText(file.size) })
              : t('resWbRefusedTooLarge', { detail: e.message })
            : e.reason === 'sheetLimits'
              ? t('resWbSheetLimits', { detail: e.message })
              : e.reason === 'noHeader'
                ? t('resWbNoHeader')
                : e.reason === 'tooMany'
                  ? problemText({ code: 'tooMany', params: { max: 5000 } }, language)
                  : t('resWbNotSpreadsheet')
          : e instanceof Error
            ? e.message
            : String(e);
      setError(t('resWbImportFailed', { name: file.name, message }));
    }
  };
  useIntakeTarget('results', (file) => void onFile(file));
  const badRows = report
    ? new Set(report.problems.map((p) => (p.at.kind === 'row' ? `r${p.at.row}` : p.at.kind === 'entry' ? `e${p.at.index}` : 'file'))).size
    : 0;
  const entries = shown.map(({ origin: _origin, ...entry }) => entry);
  return (
    <div className="wb-results-io">
      <p className="wb-hint">{t('resWbImportHint')}</p>
      <div className="wb-toolbar">
        <button type="button" data-testid="res-template-csv" onClick={() => downloadText(rowsToCsv(templateRows()), 'results-template.csv', 'text/csv')}>
          {t('resWbTemplateCsv')}
        </button>
        <button
          type="button"
          data-testid="res-template-xlsx"
          onClick={() => void rowsToXlsx(templateRows()).then((blob) => downloadBlob(blob, 'results-template.xlsx'))}
        >
          {t('resWbTemplateXlsx')}
        </button>
      </div>
      <label className="wb-field">
        <span>{t('resWbImport')}</span>
        <FileChooser context="results" testId="res-file-input" />
      </label>
      {error && (
        <p className="wb-error" role="alert" data-testid="res-import-error">
          {error}
        </p>
      )}
      {report && (
        <div data-testid="res-import-report" role="status">
          <p>{t('resWbImportSummary', { name: report.name, kept: report.kept, skipped: report.skipped, bad: badRows })}</p>
          {report.problems.length > 0 && (
            <ul className="wb-problems" data-testid="res-import-problems">
              {report.problems.map((problem, index) => (
                <li key={index}>{locatedProblemText(problem, language)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="wb-toolbar">
        <button
          type="button"
          className="wb-primary"
          data-testid="res-export-json"
          onClick={() => downloadText(resultsJsonText(entries, RESULTS_ABOUT), 'results.json', 'application/json')}
        >
          {t('resWbExportJson')}
        </button>
        <button type="button" data-testid="res-export-csv" onClick={() => downloadText(rowsToCsv(entryRows(entries)), 'results.csv', 'text/csv')}>
          {t('resWbExportCsv')}
        </button>
        <button
          type="button"
          data-testid="res-export-xlsx"
          onClick={() => void rowsToXlsx(entryRows(entries)).then((blob) => downloadBlob(blob, 'results.xlsx'))}
        >
          {t('resWbExportXlsx')}
        </button>
      </div>
      <p className="wb-hint">{t('resWbExportNote')}</p>
    </div>
  );
}

function ResultList() {
  const { t } = useT();
  const shown = useShownResults();
  const remove = useResultsStore((s) => s.remove);
  return (
    <div data-testid="res-list">
      <h4>{t('resWbListTitle', { count: shown.length })}</h4>
      {shown.length === 0 ? (
        <p className="wb-hint">{t('resWbListEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {shown.map((result) => {
            const measure = measureByKey(result.measure);
            return (
              <li key={`${result.measure}@${result.year}`} data-testid={`res-list-${result.measure}-${result.year}`}>
                <strong>{measure ? pick(measure.name, 'zh') : result.measure}</strong>{' '}
                {measure && <span className="muted">{pick(measure.name, 'en')}</span>} <ResultItem result={result} />
                {result.origin === 'local' ? (
                  <button type="button" className="link" onClick={() => remove(result)}>
                    {t('resWbRemove')}
                  </button>
                ) : (
                  <span className="muted">{t('resWbCommitted')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export function ResultsSection() {
  const { t } = useT();
  const canUndo = useResultsStore((s) => s.history.past.length > 0);
  const canRedo = useResultsStore((s) => s.history.future.length > 0);
  const saveState = useResultsStore((s) => s.saveState);
  const saveError = useResultsStore((s) => s.saveError);
  const undo = useResultsStore((s) => s.undo);
  const redo = useResultsStore((s) => s.redo);
  return (
    <section className="wb-section wb-results" data-testid="res-section" data-intake-context="results">
      <h3>{t('resWbTitle')}</h3>
      <p className="wb-hint">{t('resWbIntro')}</p>
      <KeptBackups names={['results']} />
      <div className="wb-toolbar wb-history">
        <button type="button" data-testid="res-undo" disabled={!canUndo} onClick={undo}>
          ↶ {t('resWbUndo')}
        </button>
        <button type="button" data-testid="res-redo" disabled={!canRedo} onClick={redo}>
          ↷ {t('resWbRedo')}
        </button>
        <span className={saveState === 'error' ? 'wb-error' : 'wb-hint'} role="status" data-testid="res-save-state" data-state={saveState}>
          {saveState === 'saving'
            ? t('resWbSaving')
            : saveState === 'error'
              ? t('resWbSaveFailed', { message: saveError ?? 'IndexedDB' })
              : saveState === 'saved'
                ? t('resWbSaved')
                : t('resWbNothingSaved')}
        </span>
      </div>
      <ResultForm />
      <ImportExport />
      <ResultList />
    </section>
  );
}
