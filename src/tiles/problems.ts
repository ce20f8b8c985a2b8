/** Words for what can be wrong with an archive, in the current language (the deployment config's: deployment.ts). */
import type { StringKey } from '../i18n/strings';

type T = (key: StringKey, values?: Record<string, string | number>) => string;

/** An archive error's code and detail (see TileArchiveError), in words. */
export function archiveProblemText(code: string, detail: string, t: T): string {
  return t(`tlErr_${code.replace(/-/g, '_')}` as StringKey, { detail });
}
