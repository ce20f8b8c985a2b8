/** Words for what can be wrong with an archive or the deployment config, in the current language. */
import type { StringKey } from '../i18n/strings';
import type { DeploymentProblem } from './deployment';

type T = (key: StringKey, values?: Record<string, string | number>) => string;

export function deploymentProblemText(problem: DeploymentProblem, t: T): string {
  return t(`dpErr_${problem.code.replace(/-/g, '_')}` as StringKey, { detail: problem.detail });
}

/** An archive error's code and detail (see TileArchiveError), in words. */
export function archiveProblemText(code: string, detail: string, t: T): string {
  return t(`tlErr_${code.replace(/-/g, '_')}` as StringKey, { detail });
}
