import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver';
import { EMPTY_COMMITTED_RESULTS } from './support/resultsDriver';

/** Test data only: one made-up result for 港桥, with a made-up source. */
const committed = JSON.stringify({
  about: 'test data',
  version: 1,
  results: [
    {
      measure: 'park:gangqiao',
      year: 2025,
      value: 450,
      unit: '亿元',
      source: { title: 'Test document (not a real source)', publisher: 'end-to-end test', date: '2026-01', page: '1' },
      enteredBy: 'end-to-end test',
      comparable: true,
    },
  ],
});

describe('the map coloured by results', () => {
  let app: AppDriver;

  beforeAll(async () => {
    app = await AppDriver.open('?lang=en', {}, { committedResults: committed });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('offers to colour the parks by share of target reached once a park has a result, naming the year and source', async () => {
    expect(await app.results.parkShareSwitchOffered()).toBe(true);
    expect(await app.map.globalState('parkColouring')).toBe('role');
    await app.results.colourParksByShare();
    await app.waitForMapIdle();
    expect(await app.map.globalState('parkColouring')).toBe('share');
    // 450 of 港桥's 2025 target of 600亿元 (表2): 75%.
    expect(await app.map.featureState('parks', 'gangqiao', 'shareClass')).toBe('50-80');
    expect(await app.map.featureState('parks', 'sanjiao', 'shareClass')).toBe('none');
    const legend = await app.results.parkShareLegendText();
    expect(legend).toContain('2025');
    expect(legend).toContain('Test document (not a real source)');
    await app.screenshot('docs/screenshot-results-colouring.png');
  });

  it('is not offered while no park has a result (an empty file, and the shipped one, whose results are the district’s)', async () => {
    const empty = await AppDriver.open('?lang=en', {}, { committedResults: EMPTY_COMMITTED_RESULTS });
    try {
      expect(await empty.results.parkShareSwitchOffered()).toBe(false);
    } finally {
      await empty.close();
    }
    const shipped = await AppDriver.open('?lang=en');
    try {
      expect(await shipped.results.parkShareSwitchOffered()).toBe(false);
    } finally {
      await shipped.close();
    }
  });
});
