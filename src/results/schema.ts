/**
 * The rules for results: one function checks an entry (from results.json, a form or a
 * spreadsheet row) and says what is wrong with it as codes with parameters, so the app can
 * say it in the user's language and `npm run data:check` in English. Pure; the text of an
 * entry is only ever compared and stored, never run.
 */
import { measureByKey } from './measures';
import { TRUST_CLASSES, type MeasureKey, type ResultEntry, type ResultSource, type ResultsFile, type TrustClass } from './types';

export type ProblemCode =
  | 'badRoot'
  | 'notObject'
  | 'unknownField'
  | 'unknownMeasure'
  | 'badYear'
  | 'badValue'
  | 'unitMismatch'
  | 'noSource'
  | 'sourceFieldMissing'
  | 'noPageOrUrl'
  | 'badDate'
  | 'noDateNote'
  | 'badTrust'
  | 'badUrl'
  | 'noEnteredBy'
  | 'badComparable'
  | 'noDefinitionNote'
  | 'tooLong'
  | 'duplicate'
  | 'tooMany';

export interface EntryProblem {
  code: ProblemCode;
  params: Record<string, string | number>;
}

/** A problem with where it is: an entry of the file (0-based index) or a spreadsheet row (1-based, as the spreadsheet numbers it). */
export interface Problem extends EntryProblem {
  at: { kind: 'file' } | { kind: 'entry'; index: number } | { kind: 'row'; row: number };
  /** What the entry measures and its year, as far as they can be read ("indicator:industrial-output 2021"). */
  label: string;
}

export const FIRST_YEAR = 2021;
export const LAST_YEAR = 2035;
export const MAX_TEXT = 500;
export const MAX_ENTRIES = 5000;

const ENTRY_FIELDS = new Set(['measure', 'year', 'value', 'unit', 'source', 'enteredBy', 'comparable', 'definitionNote', 'trust']);
const SOURCE_FIELDS = new Set(['title', 'publisher', 'date', 'dateNote', 'page', 'url']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** YYYY, YYYY-MM or YYYY-MM-DD with a real month and day. */
export function isSourceDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A short label of what an entry measures, for messages: "indicator:industrial-output 2021". */
export function entryLabel(raw: unknown): string {
  if (!isObject(raw)) return '?';
  const measure = typeof raw['measure'] === 'string' && raw['measure'] !== '' ? raw['measure'].slice(0, 60) : '?';
  const year = typeof raw['year'] === 'number' || typeof raw['year'] === 'string' ? String(raw['year']).slice(0, 10) : '';
  return year ? `${measure} ${year}` : measure;
}

/** Checks one entry. Returns the entry, normalised (trimmed text, optional fields left out when empty), when there is no problem. */
export function checkEntry(raw: unknown): { entry: ResultEntry | null; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  const add = (code: ProblemCode, params: Record<string, string | number> = {}) => problems.push({ code, params });
  if (!isObject(raw)) {
    add('notObject');
    return { entry: null, problems };
  }
  for (const key of Object.keys(raw)) if (!ENTRY_FIELDS.has(key)) add('unknownField', { field: key.slice(0, 60) });

  const measureKey = text(raw['measure']);
  const measure = measureByKey(measureKey);
  if (!measure) add('unknownMeasure', { measure: measureKey.slice(0, 60) || '—' });

  const year = raw['year'];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    add('badYear', { year: String(year ?? '—').slice(0, 20), first: FIRST_YEAR, last: LAST_YEAR });
  }
  const value = raw['value'];
  if (typeof value !== 'number' || !Number.isFinite(value)) add('badValue', { value: String(value ?? '—').slice(0, 30) });

  const unit = text(raw['unit']);
  if (measure && unit !== measure.unit) add('unitMismatch', { unit: unit.slice(0, 30) || '—', expected: measure.unit });

  const source = raw['source'];
  const sourceOut: ResultSource = { title: '', publisher: '', date: '' };
  if (!isObject(source) || [...SOURCE_FIELDS].every((key) => text(source[key]) === '')) {
    add('noSource');
  } else {
    for (const key of Object.keys(source)) if (!SOURCE_FIELDS.has(key)) add('unknownField', { field: `source.${key.slice(0, 60)}` });
    for (const key of ['title', 'publisher'] as const) {
      const value = text(source[key]);
      if (value === '') add('sourceFieldMissing', { field: key });
      sourceOut[key] = value;
    }
    // An undated source is said so: date null, and a note of why and what can be told of its time.
    const undated = source['date'] === null;
    const dateNote = text(source['dateNote']);
    if (undated) {
      sourceOut.date = null;
      if (dateNote === '') add('noDateNote');
    } else {
      const date = text(source['date']);
      if (date === '') add('sourceFieldMissing', { field: 'date' });
      else if (!isSourceDate(date)) add('badDate', { date: date.slice(0, 30) });
      sourceOut.date = date;
    }
    const page = text(source['page']);
    const url = text(source['url']);
    if (page === '' && url === '') add('noPageOrUrl');
    if (url !== '' && !isHttpUrl(url)) add('badUrl', { url: url.slice(0, 80) });
    if (dateNote !== '') sourceOut.dateNote = dateNote;
    if (page !== '') sourceOut.page = page;
    if (url !== '') sourceOut.url = url;
  }
  const enteredBy = text(raw['enteredBy']);
  if (enteredBy === '') add('noEnteredBy');

  const comparableRaw = raw['comparable'];
  if (comparableRaw !== undefined && typeof comparableRaw !== 'boolean') add('badComparable', { value: String(comparableRaw).slice(0, 20) });
  const comparable = comparableRaw !== false;
  const definitionNote = text(raw['definitionNote']);
  if (!comparable && definitionNote === '') add('noDefinitionNote');

  const trustRaw = raw['trust'];
  const trust = typeof trustRaw === 'string' && (TRUST_CLASSES as readonly string[]).includes(trustRaw) ? (trustRaw as TrustClass) : undefined;
  if (trustRaw !== undefined && trust === undefined) add('badTrust', { value: String(trustRaw).slice(0, 20), classes: TRUST_CLASSES.join(', ') });

  const texts = [enteredBy, definitionNote, ...Object.values(sourceOut)];
  if (texts.some((value) => typeof value === 'string' && value.length > MAX_TEXT)) add('tooLong', { max: MAX_TEXT });

  if (problems.length > 0 || !measure || typeof year !== 'number' || typeof value !== 'number') return { entry: null, problems };
  const entry: ResultEntry = {
    measure: measureKey as MeasureKey,
    year,
    value,
    unit,
    source: sourceOut,
    enteredBy,
    comparable,
    ...(definitionNote !== '' ? { definitionNote } : {}),
    ...(trust !== undefined ? { trust } : {}),
  };
  return { entry, problems };
}

export function entryKey(entry: Pick<ResultEntry, 'measure' | 'year'>): string {
  return `${entry.measure}@${entry.year}`;
}

/** Checks a whole results.json. Good entries are returned even when others are bad. */
export function checkResultsFile(root: unknown): { entries: ResultEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!isObject(root) || root['version'] !== 1 || !Array.isArray(root['results'])) {
    return { entries: [], problems: [{ at: { kind: 'file' }, label: '', code: 'badRoot', params: {} }] };
  }
  for (const key of Object.keys(root)) {
    if (key !== 'version' && key !== 'results' && key !== '$schema' && key !== 'about') {
      problems.push({ at: { kind: 'file' }, label: '', code: 'unknownField', params: { field: key.slice(0, 60) } });
    }
  }
  const list = root['results'] as unknown[];
  if (list.length > MAX_ENTRIES) {
    problems.push({ at: { kind: 'file' }, label: '', code: 'tooMany', params: { max: MAX_ENTRIES } });
    return { entries: [], problems };
  }
  const entries: ResultEntry[] = [];
  const seen = new Map<string, number>();
  list.forEach((raw, index) => {
    const label = entryLabel(raw);
    const checked = checkEntry(raw);
    for (const problem of checked.problems) problems.push({ ...problem, at: { kind: 'entry', index }, label });
    if (!checked.entry) return;
    const key = entryKey(checked.entry);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ at: { kind: 'entry', index }, label, code: 'duplicate', params: { other: `#${first + 1}` } });
      return;
    }
    seen.set(key, index);
    entries.push(checked.entry);
  });
  return { entries, problems };
}

export function isResultsFile(value: unknown): value is ResultsFile {
  return checkResultsFile(value).problems.length === 0;
}
