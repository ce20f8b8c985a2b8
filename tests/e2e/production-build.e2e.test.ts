import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';
import { serveBuild } from './support/server';

const HOOK = '__yongchuanMap';
/**
 * Every name of the test hook (src/map/testHook.ts) a bundle could keep: the window property, the
 * hook's own members and the functions that make it. None may be in the production build.
 */
const HOOK_NAMES = [HOOK, 'tileBytesRead', 'testAccess', 'exposeForTests', 'MapInsides', 'testHook'];
/** The names the test build keeps as they are (a property name survives minifying): they show the scan sees the hook. */
const KEPT_IN_TEST_BUILD = [HOOK, 'tileBytesRead'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const filesMentioning = (dir: string, text: string) =>
  filesUnder(dir).filter((file) => /\.(m?js|html|json|map)$/.test(file) && readFileSync(file, 'utf8').includes(text));

describe('the production build (npm run build) carries no test hook', () => {
  let served: { url: string; close: () => Promise<void> };
  let app: AppDriver;

  beforeAll(async () => {
    served = await serveBuild('dist');
    app = await AppDriver.open('', {}, { baseUrl: served.url, waitForMap: false });
  });

  afterAll(async () => {
    await app?.close();
    await served?.close();
  });

  it('has no trace of the map hook in any built file, while the test build has it (the scan can fail)', () => {
    for (const name of HOOK_NAMES) expect(filesMentioning('dist', name), name).toEqual([]);
    for (const name of KEPT_IN_TEST_BUILD) expect(filesMentioning('dist-e2e', name).length, name).toBeGreaterThan(0);
  });

  it('leaves window.__yongchuanMap undefined once the map is up', async () => {
    // The service worker registers when the map is first idle: by then the hook would be set.
    await app.loading.waitForServiceWorker();
    await expect(app.map.isAbsent()).resolves.toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });
});
