/** The results entered in this browser, as kept (see src/keep/): checked again by the results rules when read back. */
import type { RecordKind } from '../keep/record';
import { checkResultsFile } from './schema';
import type { ResultEntry } from './types';

export const resultsRecord: RecordKind<ResultEntry[]> = {
  key: 'yongchuan-results-v1',
  name: 'results',
  version: 1,
  validate(record) {
    // An older version of the rules may have let something through: what breaks them now is kept aside.
    const { entries, problems } = checkResultsFile({ version: 1, results: record.results });
    return {
      value: entries.length > 0 ? entries : null,
      problems: problems.map((p) => `${p.at.kind === 'entry' ? `entry ${p.at.index}` : 'file'}${p.label ? ` (${p.label})` : ''}: ${p.code}`),
    };
  },
  encode: (results) => ({ results }),
  isEmpty: (results) => results.length === 0,
};
