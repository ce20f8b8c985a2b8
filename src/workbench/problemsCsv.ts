/** An import's problem list as CSV, through the one CSV writer: spreadsheet problems located by sheet and row. Pure. */
import { toCsv } from './formats/csvWrite';
import type { ImportProblem, ImportResult } from './types';

export function problemsCsv(result: Pick<ImportResult, 'format' | 'problems'>, describe: (p: ImportProblem) => { what: string; fix: string }): string {
  const bySheet = result.format === 'xlsx';
  const rows = result.problems.map((p) => {
    const text = describe(p);
    return [...(bySheet ? [p.sheet ?? '', p.row ?? ''] : [p.index]), p.name ?? '', p.code, text.what, text.fix];
  });
  return toCsv([[...(bySheet ? ['sheet', 'row'] : ['index']), 'name', 'code', 'problem', 'what to do'], ...rows]);
}
