import { useState } from 'react';
import type { StringKey } from '../../i18n/strings';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/store';
import { COMMON_EPSG, CRS_IDS, CRS_LABELS, isBuiltin } from '../crs';
import { parseCrsInput } from '../crsResolve';
import { ENCODINGS } from '../formats/encoding';
import { exportName } from './names';
import { problemsCsv } from '../problemsCsv';
import { ImportFailure, startImport, type ImportHandle } from '../../intake/client';
import { FileChooser } from '../../intake/ui/FileChooser';
import { useIntakeTarget } from '../../intake/ui/targets';
import { useFileDrop } from '../../intake/ui/useFileDrop';
import { addLayer, newLayerId } from '../layers';
import { districtBbox, frameLayer } from '../runtime';
import type { CrsId, ImportNotice, ImportProblem, ImportResult } from '../types';
import { download, fileBase } from './download';

/** What the user chose for a file; kept when one of them changes. */
interface Choices {
  crs?: CrsId;
  encoding?: string;
  /** A workbook's sheet. */
  sheet?: string;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; file: File; done: number; total: number; handle: ImportHandle }
  | { kind: 'review'; file: File; result: ImportResult; choices: Choices; rereadError?: string }
  | { kind: 'failed'; file: string; reason: string }
  | { kind: 'cancelled' }
  | { kind: 'added'; layer: string; count: number };

const PROBLEMS_SHOWN = 100;

const key = (prefix: string, code: string): StringKey => `${prefix}${code.replace(/-/g, '_')}` as StringKey;

function featureWhere(problem: ImportProblem, t: ReturnType<typeof useT>['t']): string {
  // Spreadsheet rows are named as the spreadsheet program numbers them.
  if (problem.row !== undefined) {
    const at = { row: problem.row, sheet: problem.sheet ?? '' };
    return problem.name ? t('wbProblemAtRowNamed', { ...at, name: problem.name }) : t('wbProblemAtRow', at);
  }
  return problem.name
    ? t('wbProblemAtNamed', { n: problem.index + 1, index: problem.index, name: problem.name })
    : t('wbProblemAt', { n: problem.index + 1, index: problem.index });
}

export function problemText(problem: ImportProblem, t: ReturnType<typeof useT>['t']): { where: string; what: string; fix: string } {
  const feature = featureWhere(problem, t);
  const where = problem.part !== undefined ? `${feature} · ${t('wbProblemPart', { part: problem.part })}` : feature;
  const near = problem.at ? ` · ${t('wbNear', { lon: problem.at[0], lat: problem.at[1] })}` : '';
  return { where, what: `${t(key('wbP_', problem.code), { detail: problem.detail ?? '' })}${near}`, fix: t(key('wbF_', problem.code)) };
}

export function ImportSection({ onAdded }: { onAdded: (layerId: string) => void }) {
  const { t } = useT();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  /** `previous`: the review a changed choice re-reads from; a failed re-read goes back to it rather than losing it. */
  const run = (file: File, choices: Choices = {}, previous?: { result: ImportResult; choices: Choices }) => {
    const handle = startImport(file, {
      ...choices,
      districtBbox: districtBbox(),
      onProgress: (done, total) =>
        setStatus((s) => (s.kind === 'reading' && s.handle === handle ? { ...s, done, total } : s)),
    });
    setStatus({ kind: 'reading', file, done: 0, total: 0, handle });
    handle.promise.then(
      (result) => setStatus((s) => (s.kind === 'reading' && s.handle === handle ? { kind: 'review', file, result, choices } : s)),
      (error: unknown) =>
        setStatus((s) => {
          if (!(s.kind === 'reading' && s.handle === handle)) return s;
          if (error instanceof ImportFailure && error.code === 'cancelled') return { kind: 'cancelled' };
          const code = error instanceof ImportFailure ? error.code : 'unreadable';
          const detail = error instanceof ImportFailure ? error.detail : String(error);
          const reason = t(key('wbErr_', code), { detail });
          if (previous) return { kind: 'review', file, ...previous, rereadError: reason };
          return { kind: 'failed', file: file.name, reason };
        }),
    );
  };

  // Map files from the one chooser and the one drop zone (the whole page): see src/intake/route.ts.
  useIntakeTarget('features', (file) => run(file));
  useFileDrop(setDragging);

  const add = (result: ImportResult) => {
    const state = useAppStore.getState();
    const id = newLayerId(state.workLayers, fileBase(result.fileName));
    state.commitWork(
      addLayer(state.workLayers, {
        id,
        name: result.fileName,
        origin: 'import',
        source: { fileName: result.fileName, format: result.format, crs: result.crs, crsReason: result.crsReason, ...(result.prj ? { prj: result.prj } : {}) },
        features: result.features,
        visible: true,
        parkLinks: {},
      }),
    );
    // Refused while another tab keeps the work (the banner says so): the review stays, to add later.
    if (!useAppStore.getState().workLayers.some((layer) => layer.id === id)) return;
    frameLayer(id);
    setStatus({ kind: 'added', layer: result.fileName, count: result.features.length });
    onAdded(id);
  };

  const exportProblems = (result: ImportResult) => {
    download(problemsCsv(result, (p) => problemText(p, t)), `${fileBase(result.fileName)}-problems.csv`, 'text/csv');
  };


  return (
    <section className="wb-section" aria-labelledby="wb-import-title">
      <h3 id="wb-import-title">{t('wbImport')}</h3>
      <div
        className={dragging ? 'wb-drop dragging' : 'wb-drop'}
        data-testid="wb-drop"
      >
        <p>
          {t('wbDrop')}{' '}
          <label className="wb-file-label">
            {t('wbChooseFile')}
            <FileChooser context="workbench" className="visually-hidden" testId="wb-file-input" />
          </label>
        </p>
        <p className="wb-hint">{t('wbFormatsAll')}</p>
        <p className="wb-hint">{t('wbFormatsXlsx')}</p>
        <p className="wb-hint">{t('inFormatsOther')}</p>
      </div>

      {status.kind === 'reading' && (
        <div className="wb-progress" role="status" data-testid="wb-import-progress">
          <p>{t('wbReading', { file: status.file.name })}</p>
          <progress max={status.total || 1} value={status.done} aria-label={t('wbReading', { file: status.file.name })} />
          {status.total > 0 && <p className="wb-hint">{t('wbProgress', { done: status.done.toLocaleString(), total: status.total.toLocaleString() })}</p>}
          <button type="button" data-testid="wb-import-cancel" onClick={() => status.handle.cancel()}>
            {t('wbCancel')}
          </button>
        </div>
      )}
      {status.kind === 'failed' && (
        <p className="wb-error" role="alert" data-testid="wb-import-error">
          {t('wbFailed', { file: status.file, reason: status.reason })}
        </p>
      )}
      {status.kind === 'cancelled' && (
        <p className="wb-note" role="status" data-testid="wb-import-cancelled">
          {t('wbCancelled')}
        </p>
      )}
      {status.kind === 'added' && (
        <p className="wb-note" role="status" data-testid="wb-import-added">
          {t('wbAdded', { layer: status.layer, count: status.count.toLocaleString() })}
        </p>
      )}
      {status.kind === 'review' && (
        <Review
          file={status.file}
          result={status.result}
          rereadError={status.rereadError}
          onCrs={(crs) => run(status.file, { ...status.choices, crs }, status)}
          onEncoding={(encoding) => run(status.file, { ...status.choices, encoding }, status)}
          onSheet={(sheet) => run(status.file, { ...status.choices, sheet }, status)}
          onAdd={() => add(status.result)}
          onDiscard={() => setStatus({ kind: 'idle' })}
          onExportProblems={() => exportProblems(status.result)}
        />
      )}
    </section>
  );
}

function Review(props: {
  file: File;
  result: ImportResult;
  rereadError?: string;
  onCrs: (crs: CrsId) => void;
  onEncoding: (encoding: string) => void;
  onSheet: (sheet: string) => void;
  onAdd: () => void;
  onDiscard: () => void;
  onExportProblems: () => void;
}) {
  const { t } = useT();
  const { result } = props;
  const bad = result.problems.length;
  const label = result.crsLabel ?? (isBuiltin(result.crs) ? CRS_LABELS[result.crs] : result.crs);
  // A guess between look-alike systems is the user's to settle before anything is added.
  const mustPick = result.crsReason === 'range' && (result.crsCandidates?.length ?? 0) > 1;
  // Nor is a guess made in place of a system the file names but the workbench cannot read.
  const mustChoose = result.unknownCrsName !== undefined && (result.crsReason === 'range' || result.crsReason === 'default');
  const listed = isBuiltin(result.crs) || COMMON_EPSG.some((c) => c.crs === result.crs);
  return (
    <div className="wb-review" data-testid="wb-review" aria-labelledby="wb-review-title">
      <h4 id="wb-review-title">{t('wbReview')}</h4>
      <dl className="wb-facts">
        <dt>{t('wbFile')}</dt>
        <dd>{result.fileName}</dd>
        <dt>{t('wbFormat')}</dt>
        <dd>{exportName(result.format)}</dd>
        <dt>{t('wbCrs')}</dt>
        <dd data-testid="wb-crs-detected">{t('wbCrsDetected', { crs: label, reason: t(key('wbReason_', result.crsReason)) })}</dd>
        {result.encoding && (
          <>
            <dt>{t('wbEncoding')}</dt>
            <dd data-testid="wb-encoding">
              {t('wbEncodingUsed', {
                encoding: result.encoding.encoding,
                reason: t(key('wbEnc_', result.encoding.reason), { declared: result.encoding.declared ?? '' }),
              })}
            </dd>
          </>
        )}
      </dl>
      {result.sheets && result.sheets.length > 1 && (
        <label className="wb-field">
          <span>{t('wbXlsxSheet')}</span>
          <select data-testid="wb-sheet-select" value={result.sheet} onChange={(event) => props.onSheet(event.target.value)}>
            {result.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.rereadError && (
        <p className="wb-error" role="alert" data-testid="wb-reread-error">
          {t('wbRereadFailed', { reason: props.rereadError })}
        </p>
      )}
      {result.unknownCrsName && <p className="wb-warning">{t('wbCrsUnknown', { name: result.unknownCrsName })}</p>}
      {mustPick && <CrsCandidates result={result} onCrs={props.onCrs} />}
      <label className="wb-field">
        <span>{t('wbCrsOverride')}</span>
        <select data-testid="wb-crs-select" value={mustChoose ? '' : result.crs} onChange={(event) => props.onCrs(event.target.value as CrsId)}>
          {/* An empty first choice, so that even the guessed system can be confirmed by choosing it. */}
          {mustChoose && (
            <option value="" disabled>
              —
            </option>
          )}
          {!listed && <option value={result.crs}>{label}</option>}
          {CRS_IDS.map((id) => (
            <option key={id} value={id}>
              {CRS_LABELS[id]}
            </option>
          ))}
          {COMMON_EPSG.map((c) => (
            <option key={c.crs} value={c.crs}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <EpsgCodeField onCrs={props.onCrs} />
      <p className="wb-hint">{t('wbCrsGcjHint')}</p>
      {result.encoding && <EncodingField result={result} onEncoding={props.onEncoding} />}
      <Notices notices={result.notices ?? []} />
      <p data-testid="wb-review-summary" className={bad > 0 ? 'wb-warning' : 'wb-note'}>
        {bad > 0 ? t('wbLoadable', { ok: result.features.length, bad }) : t('wbAllGood', { ok: result.features.length })}
      </p>
      {bad > 0 && (
        <>
          <h5 id="wb-problems-title">{t('wbProblems')}</h5>
          {/* Focusable: the list scrolls, and keyboard users must be able to scroll it. */}
          <ol className="wb-problems" data-testid="wb-problems" tabIndex={0} aria-labelledby="wb-problems-title">
            {result.problems.slice(0, PROBLEMS_SHOWN).map((p) => (
              <ProblemItem key={`${p.index}/${p.part ?? ''}`} problem={p} />
            ))}
          </ol>
          {bad > PROBLEMS_SHOWN && <p className="wb-hint">{t('wbMoreProblems', { count: bad - PROBLEMS_SHOWN })}</p>}
          <button type="button" className="wb-link" onClick={props.onExportProblems}>
            {t('wbExportProblems')}
          </button>
        </>
      )}
      <div className="wb-actions">
        <button
          type="button"
          className="wb-primary"
          data-testid="wb-add-to-map"
          disabled={result.features.length === 0 || mustPick || mustChoose}
          onClick={props.onAdd}
        >
          {t('wbAddToMap')}
        </button>
        <button type="button" onClick={props.onDiscard}>
          {t('wbDiscard')}
        </button>
      </div>
      {mustPick && <p className="wb-hint">{t('wbCrsMustPick')}</p>}
      {mustChoose && !mustPick && <p className="wb-hint">{t('wbCrsMustChoose')}</p>}
      {result.features.length === 0 && <p className="wb-error">{t('wbNothingLoadable')}</p>}
    </div>
  );
}

function CrsCandidates({ result, onCrs }: { result: ImportResult; onCrs: (crs: CrsId) => void }) {
  const { t } = useT();
  return (
    <div className="wb-warning" data-testid="wb-crs-candidates">
      <p>{t('wbCrsAmbiguous', { apart: (result.crsCandidatesApartM ?? 0).toLocaleString() })}</p>
      <ul>
        {(result.crsCandidates ?? []).map((c) => (
          <li key={c.crs} data-testid="wb-crs-candidate" data-crs={c.crs}>
            {t('wbCrsCandidate', { label: c.label, lon: c.at[0], lat: c.at[1] })}{' '}
            <button type="button" onClick={() => onCrs(c.crs)}>
              {t('wbCrsUseThis')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function EpsgCodeField({ onCrs }: { onCrs: (crs: CrsId) => void }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [bad, setBad] = useState(false);
  const apply = () => {
    const crs = parseCrsInput(text);
    setBad(crs === null);
    if (crs) onCrs(crs);
  };
  return (
    <div className="wb-field-inline">
      <label className="wb-field-inline">
        <span>{t('wbCrsCode')}</span>
        <input
          data-testid="wb-crs-code"
          inputMode="numeric"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') apply();
          }}
        />
      </label>
      <button type="button" data-testid="wb-crs-code-apply" onClick={apply}>
        {t('wbCrsCodeApply')}
      </button>
      {bad && (
        <span className="wb-error" role="alert">
          {t('wbCrsCodeBad')}
        </span>
      )}
    </div>
  );
}

function EncodingField({ result, onEncoding }: { result: ImportResult; onEncoding: (encoding: string) => void }) {
  const { t } = useT();
  const used = result.encoding?.encoding ?? 'utf-8';
  const rows = result.preview ?? [];
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].slice(0, 6);
  return (
    <>
      <label className="wb-field">
        <span>{t('wbEncodingChoose')}</span>
        <select data-testid="wb-encoding-select" value={used} onChange={(event) => onEncoding(event.target.value)}>
          {!(ENCODINGS as readonly string[]).includes(used) && <option value={used}>{used}</option>}
          {ENCODINGS.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </select>
      </label>
      {rows.length > 0 && columns.length > 0 && <p className="wb-hint">{t('wbPreview')}</p>}
      {rows.length > 0 && columns.length > 0 && (
        <table className="wb-preview" data-testid="wb-preview" aria-label={t('wbPreview')}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c}>{String(row[c] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Notices({ notices }: { notices: readonly ImportNotice[] }) {
  const { t } = useT();
  if (notices.length === 0) return null;
  return (
    <ul className="wb-notices">
      {notices.map((n, i) => (
        <li key={i} className="wb-warning" data-testid="wb-notice" data-code={n.code}>
          {n.code === 'prj-unreadable' ? t('wbCrsPrjUnreadable') : t(key('wbN_', n.code), n.values)}
        </li>
      ))}
    </ul>
  );
}

function ProblemItem({ problem }: { problem: ImportProblem }) {
  const { t } = useT();
  const text = problemText(problem, t);
  return (
    <li data-testid="wb-problem" data-index={problem.index} data-code={problem.code}>
      <strong>{text.where}</strong>: {text.what}
      <br />
      <span className="wb-fix">{text.fix}</span>
    </li>
  );
}
