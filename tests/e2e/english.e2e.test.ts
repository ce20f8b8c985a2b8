import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allStrings } from '../support/allMessages';
import { AppDriver } from './support/driver';
import type { VisibleText } from './support/languageDriver';

const HAN = /\p{Script=Han}/u;
const parkLayer = JSON.parse(readFileSync('geodata/parks.geojson', 'utf8')) as {
  features: { properties: { id: string; placedByZh: string[] } }[];
};
const fenghuanghuPlacedByZh = parkLayer.features.find((f) => f.properties.id === 'fenghuanghu')!.properties.placedByZh[0]!;
const keys = new Set(Object.keys(allStrings.zh));

type Step = (app: AppDriver) => Promise<void>;

/** The main views a visitor sees, in order; each step leaves one of them on screen. */
const views: [string, Step][] = [
  ['overview', async (app) => app.layout.openTab('overview')],
  ['park list and detail', async (app) => {
    await app.layout.openTab('parks');
    await app.layout.chooseInList('park', 'fenghuanghu');
  }],
  ['placement note', async (app) => {
    await app.layout.openPlacementNote('fenghuanghu');
  }],
  ['sub-park detail', async (app) => app.layout.chooseInList('subpark', 'fenghuanghu-sino-german')],
  ['hub detail', async (app) => app.layout.chooseInList('hub', 'zhutuo-port')],
  ['cluster list and detail', async (app) => {
    await app.layout.openTab('clusters');
    await app.layout.chooseInList('cluster', 'cluster-sanjiao');
  }],
  ['township detail', async (app) => app.layout.chooseInList('township', '500118001000')],
  ['layers', async (app) => {
    await app.layout.openLayersSummary();
  }],
  ['share panel', async (app) => {
    await app.share.openPanel();
  }],
  ['export panel', async (app) => {
    await app.export.clickExportButton();
  }],
  ['basemap panel', async (app) => {
    await app.basemap.openMenu();
  }],
  ['tour', async (app) => {
    await app.press('Escape');
    await app.tour.start();
  }],
  ...(['core', 'wings', 'zone', 'points'] as const).map((id): [string, Step] => [
    `tour: ${id}`,
    async (app) => {
      await app.press('ArrowRight');
      expect(await app.tour.step()).toBe(id);
    },
  ]),
];

async function walk(app: AppDriver, check: (view: string, texts: VisibleText[]) => void) {
  for (const [view, step] of views) {
    await step(app);
    check(view, await app.language.visibleTexts());
  }
  await app.press('Escape');
}

describe('in English', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open('', { locale: 'en-GB' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('starts in English in an English-language browser', async () => {
    expect(await app.language.htmlLang()).toBe('en');
  });

  it('shows no Chinese outside text marked as the plan’s own Chinese words', async () => {
    await walk(app, (view, texts) => {
      const offending = texts.filter((t) => !t.zh && HAN.test(t.text)).map((t) => `${t.where}: ${t.text}`);
      expect(offending, view).toEqual([]);
    });
  });
});

describe('in Chinese', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open('', { locale: 'zh-CN' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows no UI string key in place of its text', async () => {
    expect(await app.language.htmlLang()).toBe('zh-CN');
    await walk(app, (view, texts) => {
      const raw = texts.filter((t) => keys.has(t.text)).map((t) => `${t.where}: ${t.text}`);
      expect(raw, view).toEqual([]);
      // Every view says something in Chinese (the language really switched).
      expect(texts.some((t) => HAN.test(t.text)), view).toBe(true);
      if (view === 'placement note') {
        const note = texts.filter((t) => t.where.startsWith('park-detail-fenghuanghu')).map((t) => t.text).join(' ');
        expect(note).toContain(fenghuanghuPlacedByZh);
      }
    });
  });
});
