/** Problems of results in words, in either language (the app) or English (data:check). */
import { registerMessages, translate, type Language, type StringKey } from '../i18n/strings';
import type { EntryProblem, Problem } from './schema';
import { resultsMessages } from '../i18n/messages/results';
import { publishedResultsMessages } from '../i18n/messages/publishedResults';

registerMessages(resultsMessages, publishedResultsMessages);

const FIELD_KEYS: Record<string, StringKey> = { title: 'resFieldTitle', publisher: 'resFieldPublisher', date: 'resFieldDate' };

/** What is wrong, without where: "the source has no “publisher”". */
export function problemText(problem: EntryProblem, language: Language): string {
  const params = { ...problem.params };
  if (problem.code === 'sourceFieldMissing' && typeof params['field'] === 'string') {
    const key = FIELD_KEYS[params['field']];
    if (key) params['field'] = translate(language, key);
  }
  return translate(language, `resProblem_${problem.code}` as StringKey, params);
}

/** Where and what: "entry 2 (indicator:industrial-output 2021): no source: …" or "Row 5 (…): …". */
export function locatedProblemText(problem: Problem, language: Language): string {
  const what = problemText(problem, language);
  switch (problem.at.kind) {
    case 'file':
      return what;
    case 'entry':
      return `${translate(language, 'resProblemAtEntry', { index: problem.at.index + 1, label: problem.label })}${translate(language, 'colon')}${what}`;
    case 'row':
      return translate(language, 'resWbImportRow', { row: problem.at.row, label: problem.label, problem: what });
  }
}
