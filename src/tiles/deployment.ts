/**
 * The deployment's own config, `deployment.json` next to index.html: a self-hosted basemap
 * archive and PMTiles layers the workbench offers. Optional: absent or empty, the app works as
 * before. Every address must be on the app's own origin; anything else is refused with a reason.
 */
import type { StringKey } from '../i18n/strings';
import type { DeploymentConfig } from './types';

export const DEPLOYMENT_FILE = 'deployment.json';

export type DeploymentProblem = { code: 'not-json' | 'not-object' | 'foreign-url' | 'bad-url' | 'bad-entry'; detail: string };

export type DeploymentResult = { config: DeploymentConfig; problems: DeploymentProblem[] };

const EMPTY: DeploymentConfig = { basemap: null, layers: [] };

function sameOrigin(value: unknown, base: URL, problems: DeploymentProblem[], where: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push({ code: 'bad-entry', detail: where });
    return null;
  }
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    problems.push({ code: 'bad-url', detail: `${where}: ${value}` });
    return null;
  }
  if (url.origin !== base.origin) {
    problems.push({ code: 'foreign-url', detail: `${where}: ${value}` });
    return null;
  }
  return url.href;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Reads a config's JSON text; `base` is the config file's own address. Never throws. */
export function parseDeployment(body: string, base: URL): DeploymentResult {
  const problems: DeploymentProblem[] = [];
  if (body.trim() === '') return { config: EMPTY, problems };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { config: EMPTY, problems: [{ code: 'not-json', detail: error instanceof Error ? error.message : String(error) }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { config: EMPTY, problems: [{ code: 'not-object', detail: typeof raw }] };
  const record = raw as Record<string, unknown>;
  let basemap: DeploymentConfig['basemap'] = null;
  if (record.basemap !== undefined && record.basemap !== null) {
    const entry = record.basemap as Record<string, unknown>;
    const url = typeof entry === 'object' ? sameOrigin(entry.url, base, problems, 'basemap.url') : null;
    if (typeof entry !== 'object') problems.push({ code: 'bad-entry', detail: 'basemap' });
    if (url) {
      const name = entry.name as Record<string, unknown> | undefined;
      basemap = {
        url,
        attribution: text(entry.attribution) || '© OpenStreetMap contributors · Protomaps',
        name: name && typeof name === 'object' && text(name.zh) && text(name.en) ? { zh: text(name.zh), en: text(name.en) } : null,
      };
    }
  }
  const layers: DeploymentConfig['layers'] = [];
  if (Array.isArray(record.layers)) {
    record.layers.forEach((item, i) => {
      const entry = (typeof item === 'string' ? { url: item } : item) as Record<string, unknown> | null;
      if (!entry || typeof entry !== 'object') {
        problems.push({ code: 'bad-entry', detail: `layers[${i}]` });
        return;
      }
      const url = sameOrigin(entry.url, base, problems, `layers[${i}].url`);
      if (url) layers.push({ url, name: text(entry.name) || decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url) });
    });
  } else if (record.layers !== undefined) {
    problems.push({ code: 'bad-entry', detail: 'layers' });
  }
  return { config: { basemap, layers }, problems };
}

/**
 * Fetches the config from the app's own folder. A missing file (or a host that answers with the
 * app's HTML page instead) means no config.
 */
export async function fetchDeployment(base = new URL(DEPLOYMENT_FILE, document.baseURI)): Promise<DeploymentResult> {
  let response: Response;
  try {
    response = await fetch(base, { headers: { accept: 'application/json' }, cache: 'no-cache' });
  } catch {
    return { config: EMPTY, problems: [] };
  }
  if (!response.ok) return { config: EMPTY, problems: [] };
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) return { config: EMPTY, problems: [] };
  return parseDeployment(await response.text(), base);
}

/** A problem of the deployment config in words, in the current language. */
export function deploymentProblemText(problem: DeploymentProblem, t: (key: StringKey, values?: Record<string, string | number>) => string): string {
  return t(`dpErr_${problem.code.replace(/-/g, '_')}` as StringKey, { detail: problem.detail });
}
