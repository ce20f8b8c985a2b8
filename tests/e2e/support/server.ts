import { createHash, randomUUID } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/**
 * Serves the test build (dist-e2e/, `npm run build:e2e`: the app plus the map hook the drivers
 * read) on a free loopback port for the end-to-end tests.
 */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist-e2e/index.html')) throw new Error('dist-e2e/ is missing: run `npm run build:e2e` first');
  server = await preview({ mode: 'e2e', preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

/** Serves another build folder (e.g. the production build, dist/) on a free loopback port, for one spec. */
export async function serveBuild(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npm run build\` first`);
  const built = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = built.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => built.close() };
}

/** A deployment of the app the test can replace: a copy of the test build, served on its own port. */
export interface Deployment {
  url: string;
  /**
   * Deploys a new version in place, as a release does: index.html changes (it carries
   * `<meta name="deployment" content="…">`) and so does the service worker's precache list.
   */
  deployNewVersion: (mark: string) => void;
  close: () => Promise<void>;
}

/** Serves a fresh copy of the test build (dist-e2e/) from .tmp/, for a spec that redeploys it. */
export async function serveDeployment(): Promise<Deployment> {
  if (!existsSync('dist-e2e/index.html')) throw new Error('dist-e2e/ is missing: run `npm run build:e2e` first');
  const dir = resolve('.tmp/e2e-deployments', randomUUID());
  cpSync('dist-e2e', dir, { recursive: true });
  const served = await serveBuild(dir);
  return {
    url: served.url,
    deployNewVersion: (mark) => {
      const html = readFileSync(join(dir, 'index.html'), 'utf8').replace('<head>', `<head><meta name="deployment" content="${mark}">`);
      const revision = createHash('md5').update(html).digest('hex');
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
      const next = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, `$1${revision}"`);
      if (next === sw) throw new Error('sw.js: no precache entry for index.html to revise');
      writeFileSync(join(dir, 'index.html'), html);
      writeFileSync(join(dir, 'sw.js'), next);
    },
    close: async () => {
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
