import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster, Park } from '../../src/data/types';
import { AppDriver } from './support/driver';

const parks = JSON.parse(readFileSync('geodata/plan/parks.json', 'utf8')) as Park[];
const clusters = JSON.parse(readFileSync('geodata/plan/clusters.json', 'utf8')) as Cluster[];

async function axeViolations(app: AppDriver): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page })
    // The map canvas is drawn by WebGL; its content is offered as lists in the panel.
    .exclude('.maplibregl-canvas')
    .analyze();
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
      if (language === 'en') await app.page.getByTestId('language-switch').click();
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
