import { afterEach, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';
import { serveDeployment, type Deployment } from './support/server';

/** Page loads of the app itself (its index page), as the browser requested them. */
const pageLoads = (app: AppDriver) => app.requests.filter((url) => /\/(index\.html)?(\?[^/]*)?$/.test(new URL(url).pathname + new URL(url).search));

describe('after a redeploy: a lazily loaded chunk that is gone', () => {
  let app: AppDriver | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('says the app was updated and offers a reload, which brings the map back', async () => {
    app = await AppDriver.open('', {}, { mapCode: 'gone', waitForMap: false });
    await expect(app.loading.waitForUpdateNotice()).resolves.toBe('chunk-failed');
    expect(await app.loading.updateNoticeText()).toContain('已更新');
    // The map area says what happened instead of staying blank.
    await app.loading.waitForMapCodeFailed();

    // The new version is in place now: the reload loads it.
    app.loading.stopFailingMapCode();
    await app.loading.reloadFromUpdateNotice();
    await app.waitForMapIdle();
    expect(await app.loading.updateNoticeCount()).toBe(0);
    expect(pageLoads(app)).toHaveLength(2);
  });

  it('never reloads by itself: when a reload did not help, it says so and waits', async () => {
    app = await AppDriver.open('?lang=en', {}, { mapCode: 'gone', waitForMap: false });
    await expect(app.loading.waitForUpdateNotice()).resolves.toBe('chunk-failed');
    await app.loading.reloadFromUpdateNotice();
    await expect(app.loading.waitForUpdateNotice()).resolves.toBe('chunk-failed-again');
    expect(await app.loading.updateNoticeText()).toContain('still cannot be loaded');
    await app.loading.waitForMapCodeFailed();
    // One page load by the user's click, none by the app.
    expect(pageLoads(app)).toHaveLength(2);
  });
});

describe('after a redeploy: a new version of the app (its service worker)', () => {
  let app: AppDriver | undefined;
  let deployment: Deployment | undefined;

  afterEach(async () => {
    await app?.close();
    await deployment?.close();
    app = undefined;
    deployment = undefined;
  });

  it('is announced when the user comes back to the tab, never taken by itself, and its Reload loads it', async () => {
    deployment = await serveDeployment();
    app = await AppDriver.open('', {}, { baseUrl: deployment.url });
    // The first install takes control without a notice (it is not an update).
    await app.loading.waitForServiceWorkerControl();
    expect(await app.loading.updateNoticeCount()).toBe(0);
    expect(await app.loading.deploymentMark()).toBeNull();

    deployment.deployNewVersion('2');
    await app.loading.returnToTab();
    await expect(app.loading.waitForUpdateNotice()).resolves.toBe('new-version');
    expect(await app.loading.updateNoticeText()).toContain('新版本');
    // Still the old version: the new one waits for the user's click.
    expect(await app.loading.deploymentMark()).toBeNull();

    await app.loading.reloadFromUpdateNotice();
    await app.waitForMapIdle();
    expect(await app.loading.deploymentMark()).toBe('2');
    expect(await app.loading.updateNoticeCount()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });
});
