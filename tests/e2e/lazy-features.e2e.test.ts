/**
 * The features loaded on first use (src/lazy/features.ts): each opens with its content in both
 * languages, never a raw message key; and the first screen (until the map is first idle) fetches
 * none of their chunks and none of their messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allStrings, messageModules } from '../support/allMessages';
import { AppDriver } from './support/driver';
import type { Tab } from './support/layoutDriver';

const keys = new Set(Object.keys(allStrings.zh));
/** Words of a text that are message keys written the way keys are (camelCase or with _): a key shown raw. */
function rawKeys(text: string): string[] {
  const words = text.match(/[A-Za-z][A-Za-z0-9_]+/g) ?? [];
  return words.filter((word) => keys.has(word) && /[a-z][A-Z]|_/.test(word));
}

/** The chunks of the lazily loaded features: named by the bundler after their entry modules. */
const LAZY_CHUNK = /\/assets\/(IndustriesPanel|ComparePanel|IndicatorsPanel|Workbench|TourOverlay|feature|ResultsSection)-[\w-]+\.js$/;

/** Each lazily loaded tab, an element of its content, and its title's message key. */
const tabs: { tab: Tab; shows: string; title: string }[] = [
  { tab: 'industries', shows: 'industry-toggle-auto-moto', title: 'industriesTitle' },
  { tab: 'compare', shows: 'compare-need-two', title: 'compareTitle' },
  { tab: 'indicators', shows: 'indicator-table', title: 'indicatorsTitle' },
  { tab: 'workbench', shows: 'workbench', title: 'wbTitle' },
];

for (const language of ['zh', 'en'] as const) {
  describe(`lazily loaded features, in ${language === 'zh' ? 'Chinese' : 'English'}`, () => {
    let app: AppDriver;

    beforeAll(async () => {
      app = await AppDriver.open('', { locale: language === 'zh' ? 'zh-CN' : 'en-GB' });
    });

    afterAll(async () => {
      await app?.close();
    });

    it('shows the results beside the overview once the first screen is done', async () => {
      const text = await app.results.noticeText('overview');
      expect(text.length).toBeGreaterThan(4);
      expect(rawKeys(text)).toEqual([]);
    });

    for (const { tab, shows, title } of tabs) {
      it(`opens the ${tab} tab with its content and its words`, async () => {
        await app.layout.openTab(tab);
        await app.layout.waitForInTab(tab, shows);
        expect(await app.loading.featureState(tab)).toBe('none');
        const text = await app.layout.tabPanelText(tab);
        expect(rawKeys(text), text.slice(0, 200)).toEqual([]);
        expect(text).toContain(allStrings[language][title]);
      });
    }

    it('opens the export panel with its content and its words', async () => {
      await app.layout.openTab('overview');
      const text = await app.export.panelText();
      expect(rawKeys(text)).toEqual([]);
      expect(text).toContain(allStrings[language]['exportPng']);
      await app.press('Escape');
    });

    it('starts the tour with its card and its words', async () => {
      await app.tour.start();
      const caption = (await app.tour.captionText()) ?? '';
      expect(caption.length).toBeGreaterThan(10);
      expect(rawKeys(caption)).toEqual([]);
      await app.tour.exit();
    });
  });
}

describe('the first screen', () => {
  let app: AppDriver;
  let paths: string[];

  beforeAll(async () => {
    app = await AppDriver.open('');
    paths = await app.loading.firstScreenPaths();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('fetches the app and the map, and none of the lazily loaded features', () => {
    expect(paths.some((path) => /\/assets\/MapView-[\w-]+\.js$/.test(path))).toBe(true);
    expect(paths.filter((path) => LAZY_CHUNK.test(path))).toEqual([]);
  });

  it('carries none of the lazily loaded features’ messages', async () => {
    const lazyKeys = messageModules
      .filter(({ file }) => /\/(results|tour|workbench|workbenchImport|workbenchExport|workbenchExcel|tiles|indicators|compare|industries|parkShares)\.ts$/.test(file))
      .flatMap(({ messages }) => Object.keys(messages.zh));
    expect(lazyKeys.length).toBeGreaterThan(100);
    const scripts = paths.filter((path) => path.endsWith('.js'));
    const found: string[] = [];
    for (const path of scripts) {
      const text = await app.loading.fetchText(path);
      for (const key of lazyKeys) if (text.includes(`${key}:`)) found.push(`${path}: ${key}`);
    }
    expect(found).toEqual([]);
  });

  it('loads a feature when it is first opened, and only then', async () => {
    expect(app.requests.some((url) => /\/assets\/IndicatorsPanel-/.test(url))).toBe(false);
    await app.layout.openTab('indicators');
    expect(app.requests.some((url) => /\/assets\/IndicatorsPanel-/.test(url))).toBe(true);
  });
});
