/**
 * npm run data:check — validates geodata/*.geojson and geodata/plan/*.json. Reads the
 * files, runs the pure checks in checks.ts, prints one line per check (and its
 * problems), then a summary line; exits 1 on any failure.
 *
 * `--results <file>` checks another results file in place of the plan package's results.json (PLAN_FILES.results)
 * (e.g. one exported from the workbench, before it is committed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks, type CheckInputs } from './checks';
import { LAYER_FILES, PLAN_FILES, type LayerName } from './sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const unreadable: string[] = [];

function load(rel: string): unknown {
  const path = resolve(root, rel);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (e) {
    unreadable.push(`${rel}: cannot parse (${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
}

const inputs: CheckInputs = { layers: {}, plan: {}, unreadable };
for (const layer of Object.keys(LAYER_FILES) as LayerName[]) inputs.layers[layer] = load(LAYER_FILES[layer]);
for (const key of Object.keys(PLAN_FILES) as (keyof typeof PLAN_FILES)[]) inputs.plan[key] = load(PLAN_FILES[key]);
const resultsArg = process.argv.indexOf('--results');
const resultsFile = resultsArg >= 0 ? process.argv[resultsArg + 1] : undefined;
if (resultsFile) {
  inputs.plan.results = load(resolve(process.cwd(), resultsFile));
  inputs.resultsFileName = resultsFile;
}

const results = runChecks(inputs);
for (const r of results) {
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.check}${r.ok ? '' : ` (${r.problems.length})`}`);
  for (const p of r.problems.slice(0, 50)) console.log(`       - ${p}`);
  if (r.problems.length > 50) console.log(`       … and ${r.problems.length - 50} more`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`data:check: ${results.length - failed} checks passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
