import { existsSync } from 'node:fs';
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
