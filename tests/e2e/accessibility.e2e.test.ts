import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster, Park } from '../../src/data/types';
import { AppDriver } from './support/driver';
import { problemsGeoJson } from '../support/workbenchFixtures';

const parks = JSON.parse(readFileSync('geodata/plan/parks.json', 'utf8')) as Park[];
const clusters = JSON.parse(readFileSync('geodata/plan/clusters.json', 'utf8')) as Cluster[];

async function axeViolations(app: AppDriver): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page })
    // The map canvas is drawn by WebGL; its content is offered as lists in the panel.
    .exclude('.maplibregl-canvas')
    // Every rule axe runs by default (WCAG A/AA and best practices), and WCAG 2.5.3 too:
    // a control's accessible name contains its visible text (axe ships that rule switched off).
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  // The check above can fail: best-practice rules really ran.
  expect(results.passes.some((rule) => rule.tags.includes('best-practice')) || results.violations.some((rule) => rule.tags.includes('best-practice'))).toBe(true);
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
}

describe('accessibility of the main views', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  for (const language of ['zh', 'en'] as const) {
    it(`has no axe violations in overview, park detail, clusters, industries, compare and indicators (${language})`, async () => {
      // As a voice-control user does: "click English" names the button by its visible text (WCAG 2.5.3).
      if (language === 'en') await app.page.getByRole('button', { name: 'English', exact: true }).click();
      expect(await app.htmlLang()).toBe(language === 'en' ? 'en' : 'zh-CN');
      await app.openTab('overview');
      expect(await axeViolations(app)).toEqual([]);
      await app.openTab('parks');
      await app.chooseInList('park', 'fenghuanghu');
      await app.page.locator('.plan-text summary').first().click();
      expect(await axeViolations(app)).toEqual([]);
      await app.openTab('clusters');
      await app.chooseInList('cluster', 'cluster-linjiang');
      expect(await axeViolations(app)).toEqual([]);
      await app.page.keyboard.press('Escape');
      await app.page.getByTestId('tab-industries').click();
      await app.page.getByTestId('industry-toggle-new-energy').click();
      expect(await axeViolations(app)).toEqual([]);
      await app.page.getByTestId('industry-clear').click();
      await app.page.getByTestId('tab-compare').click();
      await app.page.getByTestId('compare-choose-fenghuanghu').click();
      await app.page.getByTestId('compare-choose-gangqiao').click();
      expect(await axeViolations(app)).toEqual([]);
      await app.page.getByTestId('tab-indicators').click();
      expect(await axeViolations(app)).toEqual([]);
    });
  }
});

describe('keyboard only', () => {
  it('reaches and opens every park and every cluster without a mouse', async () => {
    const app = await AppDriver.open();
    try {
      const page = app.page;
      // Tab into the panel's tab list, then move with the arrow keys as the ARIA tabs pattern says.
      const focusTab = async (id: string) => {
        for (let presses = 0; presses < 40; presses++) {
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
          if (focused?.startsWith('tab-')) break;
        }
        for (let presses = 0; presses < 3; presses++) {
          const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
          if (focused === `tab-${id}`) return;
          await page.keyboard.press('ArrowRight');
        }
        throw new Error(`could not reach tab ${id}`);
      };
      const openByKeyboard = async (kind: string, id: string, detail: string) => {
        for (let presses = 0; presses < 80; presses++) {
          const onTarget = await page.evaluate(
            (testId) => document.activeElement?.closest(`[data-testid="${testId}"]`) !== null &&
              document.activeElement?.classList.contains('item-button'),
            `item-${kind}-${id}`,
          );
          if (onTarget) break;
          await page.keyboard.press('Tab');
        }
        await page.keyboard.press('Enter');
        await page.getByTestId(detail).waitFor();
        // The focus ring is visible where the keyboard is.
        const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
        expect(outline).not.toBe('none');
        await page.keyboard.press('Escape');
        await page.getByTestId(detail).waitFor({ state: 'detached' });
      };

      await focusTab('parks');
      await page.keyboard.press('Enter');
      for (const park of parks) await openByKeyboard('park', park.id, `park-detail-${park.id}`);

      await page.getByTestId('tab-parks').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.getByTestId('tab-clusters').getAttribute('aria-selected')).toBe('true');
      for (const cluster of clusters) await openByKeyboard('cluster', cluster.id, `cluster-detail-${cluster.id}`);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('accessibility of the tour, the workbench and the top-bar popovers', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`has no axe violations in the tour, the share/export/basemap popovers and the workbench (${language})`, async () => {
      const app = await AppDriver.open(language === 'en' ? '?lang=en' : '');
      try {
        expect(await app.htmlLang()).toBe(language === 'en' ? 'en' : 'zh-CN');
        await app.startTour();
        await app.press('ArrowRight');
        expect(await axeViolations(app), 'tour').toEqual([]);
        await app.page.getByTestId('tour-exit').click();
        await app.page.getByTestId('tour').waitFor({ state: 'detached' });

        for (const popover of ['share', 'export', 'basemap']) {
          await app.page.getByTestId(`${popover}-button`).click();
          await app.page.getByTestId(`${popover}-panel`).waitFor();
          if (popover === 'share') await app.page.getByTestId('share-qr').waitFor();
          expect(await axeViolations(app), popover).toEqual([]);
          await app.closePopover();
          await app.page.getByTestId(`${popover}-panel`).waitFor({ state: 'detached' });
        }

        await app.openWorkbench();
        expect(await axeViolations(app), 'workbench, empty').toEqual([]);
        await app.importFile({ name: 'mixed.geojson', buffer: Buffer.from(problemsGeoJson()) });
        await app.page.getByTestId('wb-problem').first().waitFor();
        expect(await axeViolations(app), 'workbench, review with problems').toEqual([]);
        await app.addImportToMap();
        await app.showInTable('mixed');
        await app.page.getByTestId('wb-check-mixed').click();
        await app.page.getByTestId('wb-check-row').first().waitFor();
        await app.page.getByTestId('wb-row').first().locator('.wb-row-button').click();
        await app.page.getByTestId('wb-feature-name').waitFor();
        expect(await app.page.getByTestId('wb-table').isVisible()).toBe(true);
        expect(await axeViolations(app), 'workbench, layer, table, checks and feature editor').toEqual([]);
        expect(app.consoleErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

describe('announcements and motion', () => {
  it('announces each selection change in a polite live region, in the user’s language', async () => {
    const app = await AppDriver.open();
    try {
      const announcer = app.page.getByTestId('announcer');
      const announced = () => announcer.textContent().then((text) => text ?? '');
      expect(await announcer.getAttribute('aria-live')).toBe('polite');
      // A click on the map ...
      const point = await app.clearPointOnPark('fenghuanghu');
      await app.page.mouse.click(point.x, point.y);
      await app.page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent === '已选择：凤凰湖产业园');
      // ... a choice in a list ...
      await app.openTab('parks');
      await app.chooseInList('park', 'sanjiao');
      expect(await announced()).toBe('已选择：三教产业园');
      // ... clearing with Escape, and the same in English.
      await app.press('Escape');
      await app.page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent === '已取消选择');
      await app.switchLanguage();
      await app.chooseInList('park', 'gangqiao');
      expect(await announced()).toBe('Selected: Gangqiao Industrial Park');
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  /** Chooses a park in the list and reports whether the camera is moving just after, and a few frames later. */
  async function cameraAfterChoosing(app: AppDriver, park: string): Promise<{ now: boolean; later: boolean }> {
    await app.openTab('parks');
    const button = app.page.getByTestId(`item-park-${park}`).locator('.item-button');
    await button.evaluate((element) => (element as HTMLElement).setAttribute('data-probe', ''));
    return app.page.evaluate(
      () =>
        new Promise<{ now: boolean; later: boolean }>((resolve) => {
          const map = window.__yongchuanMap!.map;
          (document.querySelector('[data-probe]') as HTMLElement).click();
          const now = map.isMoving();
          let frames = 0;
          const tick = () => {
            if (++frames < 5) requestAnimationFrame(tick);
            else resolve({ now, later: map.isMoving() });
          };
          requestAnimationFrame(tick);
        }),
    );
  }

  it('does not animate the camera when the user prefers reduced motion, and does otherwise', async () => {
    const reduced = await AppDriver.open('', { reducedMotion: 'reduce' });
    try {
      expect(await cameraAfterChoosing(reduced, 'sanjiao')).toEqual({ now: false, later: false });
      expect(await reduced.selectionInUrl()).toBe('park:sanjiao');
    } finally {
      await reduced.close();
    }
    // The same action with motion allowed does fly: the check above can fail.
    const moving = await AppDriver.open('', { reducedMotion: 'no-preference' });
    try {
      expect((await cameraAfterChoosing(moving, 'sanjiao')).later).toBe(true);
    } finally {
      await moving.close();
    }
  });
});
