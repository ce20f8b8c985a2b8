import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster, Park } from '../../src/data/types';
import { AppDriver } from './support/driver';
import { problemsGeoJson } from '../support/workbenchFixtures';

const parks = JSON.parse(readFileSync('geodata/plan/parks.json', 'utf8')) as Park[];
const clusters = JSON.parse(readFileSync('geodata/plan/clusters.json', 'utf8')) as Cluster[];

/** axe's violations, outside the map canvas (drawn by WebGL; its content is offered as lists in the panel). */
async function axeViolations(app: AppDriver): Promise<string[]> {
  // Every rule axe runs by default (WCAG A/AA and best practices), and WCAG 2.5.3 too:
  // a control's accessible name contains its visible text (axe ships that rule switched off).
  const results = await app.a11y.audit({ enable: ['label-content-name-mismatch'] });
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
      if (language === 'en') await app.language.switchByName('English');
      expect(await app.language.htmlLang()).toBe(language === 'en' ? 'en' : 'zh-CN');
      await app.layout.openTab('overview');
      expect(await axeViolations(app)).toEqual([]);
      await app.layout.openTab('parks');
      await app.layout.chooseInList('park', 'fenghuanghu');
      await app.layout.openPlanText();
      expect(await axeViolations(app)).toEqual([]);
      await app.layout.openTab('clusters');
      await app.layout.chooseInList('cluster', 'cluster-linjiang');
      expect(await axeViolations(app)).toEqual([]);
      await app.press('Escape');
      await app.layout.openTab('industries');
      await app.insights.clickIndustry('new-energy');
      expect(await axeViolations(app)).toEqual([]);
      await app.insights.clearIndustries();
      await app.layout.openTab('compare');
      await app.insights.clickCompareChoice('fenghuanghu');
      await app.insights.clickCompareChoice('gangqiao');
      expect(await axeViolations(app)).toEqual([]);
      await app.layout.openTab('indicators');
      expect(await axeViolations(app)).toEqual([]);
    });
  }
});

describe('keyboard only', () => {
  it('reaches and opens every park and every cluster without a mouse', async () => {
    const app = await AppDriver.open();
    try {
      // Tab into the panel's tab list, then move with the arrow keys as the ARIA tabs pattern says.
      const focusTab = async (id: string) => {
        for (let presses = 0; presses < 40; presses++) {
          await app.a11y.press('Tab');
          const focused = await app.a11y.focusedTestId();
          if (focused?.startsWith('tab-')) break;
        }
        for (let presses = 0; presses < 3; presses++) {
          const focused = await app.a11y.focusedTestId();
          if (focused === `tab-${id}`) return;
          await app.a11y.press('ArrowRight');
        }
        throw new Error(`could not reach tab ${id}`);
      };
      const openByKeyboard = async (kind: string, id: string, detail: string) => {
        for (let presses = 0; presses < 80; presses++) {
          const onTarget = await app.a11y.focusIsOnListButton(`item-${kind}-${id}`);
          if (onTarget) break;
          await app.a11y.press('Tab');
        }
        await app.a11y.press('Enter');
        await app.a11y.waitFor(detail);
        // The focus ring is visible where the keyboard is.
        const outline = await app.a11y.focusOutlineStyle();
        expect(outline).not.toBe('none');
        await app.a11y.press('Escape');
        await app.a11y.waitFor(detail, 'detached');
      };

      await focusTab('parks');
      await app.a11y.press('Enter');
      for (const park of parks) await openByKeyboard('park', park.id, `park-detail-${park.id}`);

      await app.layout.focusTab('parks');
      await app.a11y.press('ArrowRight');
      expect(await app.layout.tabAriaSelected('clusters')).toBe('true');
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
        expect(await app.language.htmlLang()).toBe(language === 'en' ? 'en' : 'zh-CN');
        await app.tour.start();
        await app.press('ArrowRight');
        expect(await axeViolations(app), 'tour').toEqual([]);
        await app.tour.exit();

        for (const popover of ['share', 'export', 'basemap'] as const) {
          await app.a11y.openPopover(popover);
          expect(await axeViolations(app), popover).toEqual([]);
          await app.a11y.closePopover(popover);
        }

        await app.workbench.open();
        expect(await axeViolations(app), 'workbench, empty').toEqual([]);
        await app.workbench.importFile({ name: 'mixed.geojson', buffer: Buffer.from(problemsGeoJson()) });
        await app.workbench.waitForProblems();
        expect(await axeViolations(app), 'workbench, review with problems').toEqual([]);
        await app.workbench.addImportToMap();
        await app.workbench.showInTable('mixed');
        await app.workbench.check('mixed');
        await app.workbench.waitForCheckRow();
        await app.workbench.chooseRow('first');
        await app.workbench.waitForFeatureEditor();
        expect(await app.workbench.isTableVisible()).toBe(true);
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
      const announced = () => app.layout.announcement();
      expect(await app.layout.announcerLiveness()).toBe('polite');
      // A click on the map ...
      await app.layout.clickPark('fenghuanghu');
      await app.layout.waitForAnnouncement('已选择：凤凰湖产业园');
      // ... a choice in a list ...
      await app.layout.openTab('parks');
      await app.layout.chooseInList('park', 'sanjiao');
      expect(await announced()).toBe('已选择：三教产业园');
      // ... clearing with Escape, and the same in English.
      await app.press('Escape');
      await app.layout.waitForAnnouncement('已取消选择');
      await app.language.switch();
      await app.layout.chooseInList('park', 'gangqiao');
      expect(await announced()).toBe('Selected: Gangqiao Industrial Park');
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  /** Chooses a park in the list and reports, once the map is idle, whether the camera moved and whether it animated. */
  async function cameraAfterChoosing(app: AppDriver, park: string): Promise<{ moved: boolean; animated: boolean }> {
    await app.layout.openTab('parks');
    return app.map.cameraMovesAfterClicking(app.layout.listButtonSelector('park', park));
  }

  it('does not animate the camera when the user prefers reduced motion, and does otherwise', async () => {
    const reduced = await AppDriver.open('', { reducedMotion: 'reduce' });
    try {
      expect(await cameraAfterChoosing(reduced, 'sanjiao')).toEqual({ moved: true, animated: false });
      expect(await reduced.layout.selectionInUrl()).toBe('park:sanjiao');
    } finally {
      await reduced.close();
    }
    // The same action with motion allowed does fly: the check above can fail.
    const moving = await AppDriver.open('', { reducedMotion: 'no-preference' });
    try {
      expect(await cameraAfterChoosing(moving, 'sanjiao')).toEqual({ moved: true, animated: true });
    } finally {
      await moving.close();
    }
  });
});
