/**
 * resultsDriver (`app.results`): results against the plan's targets (issue #15). Covers
 * serving a committed results file (set up by `AppDriver.open(…, { committedResults })`), the
 * workbench's results section (template and export downloads, importing a CSV/.xlsx and its
 * report, the entry form, undo), the indicators tab on its targets or its review (verdicts,
 * trend lines, result bars), printing the review sheet (print() stubbed), and scrolling a
 * results view into sight.
 */
import { cssString, tid, type PageHelper } from './playwright-helper';

/** The results section's download buttons (by test id). */
export type ResultsFile = 'res-template-xlsx' | 'res-template-csv' | 'res-export-json' | 'res-export-csv' | 'res-export-xlsx';
export type ResultsFormField = 'measure' | 'year' | 'value' | 'title' | 'publisher' | 'date' | 'page' | 'url' | 'entered-by';
export type IndicatorsView = 'targets' | 'review';

/**
 * A committed results file with no results: for specs that need the app as it is before any
 * result is entered (`AppDriver.open(…, { committedResults: EMPTY_COMMITTED_RESULTS })`); the
 * shipped file holds the published results.
 */
export const EMPTY_COMMITTED_RESULTS = JSON.stringify({ about: 'empty (end-to-end test)', version: 1, results: [] });

/** The hashed asset built from the plan package's results.json. */
const COMMITTED_RESULTS = /\/assets\/results-[\w-]+\.json$/;
const IMPORT_ANSWER = '[data-testid="res-import-report"], [data-testid="res-import-error"]';
const FORM_ANSWER = '[data-testid="res-form-saved"], [data-testid="res-form-problems"]';

export class ResultsDriver {
  readonly #ui: PageHelper;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  /**
   * Before the page loads: serves `text` as the app's committed results file, as if it had
   * been committed and deployed. Same origin; nothing else changes.
   */
  async serveCommitted(text: string): Promise<void> {
    await this.#ui.intercept(COMMITTED_RESULTS, (request) =>
      request.fulfill({ status: 200, contentType: 'application/json', body: Buffer.from(text) }),
    );
  }

  // ---- the map's colouring of parks by share of target reached ----

  /** Whether the legend offers to colour the parks by results (it does once a park has one). */
  /** The results notice a view carries (`where`: overview, indicators…), once it is there (the overview's comes after the first screen). */
  async noticeText(where: string): Promise<string> {
    await this.#ui.waitFor(tid(`results-notice-${where}`));
    return (await this.#ui.textContent(tid(`results-notice-${where}`))) ?? '';
  }

  /** Whether the legend offers the switch, once the results have loaded (after the first screen; the overview tab open). */
  async parkShareSwitchOffered(): Promise<boolean> {
    await this.#ui.waitFor(`${tid('results-notice-overview')}:not([data-state="loading"])`);
    return this.#ui.isVisible(tid('park-share-switch'));
  }

  /** Ticks the legend's switch that colours the parks by the share of their target reached. */
  async colourParksByShare(): Promise<void> {
    await this.#ui.click(tid('park-share-switch'));
  }

  /** What the legend says of the colouring (title with the year, classes, source). */
  async parkShareLegendText(): Promise<string> {
    return (await this.#ui.textContent(tid('park-share-legend'))) ?? '';
  }

  // ---- the workbench's results section ----

  /** Opens the workbench (waiting for its code) and scrolls to its results section. */
  async openWorkbenchSection(): Promise<void> {
    await this.#ui.click(tid('tab-workbench'));
    await this.#ui.waitFor(tid('workbench'), 'visible', 30_000);
    await this.#ui.scrollIntoView(tid('res-section'));
  }

  /** Clicks a download button of the results section; returns the file's name, bytes and text (UTF-8). */
  async download(button: ResultsFile): Promise<{ name: string; bytes: Buffer; text: string }> {
    const { name, bytes } = await this.#ui.download(tid(button));
    return { name, bytes, text: bytes.toString('utf8') };
  }

  /** Chooses a results file (CSV or .xlsx) and returns its report (or error) as the user reads it. */
  async importFile(file: { name: string; buffer: Buffer }): Promise<string> {
    await this.#ui.setInputFile(tid('res-file-input'), { name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    await this.#ui.waitForFirst(IMPORT_ANSWER, 30_000);
    return this.#ui.firstInnerText(IMPORT_ANSWER);
  }

  /** Waits for the results import's report (or error) on a file of this name given elsewhere (the workbench's chooser, a drop), and returns it. */
  async importAnswerFor(name: string): Promise<string> {
    const answer = `:is(${IMPORT_ANSWER}):has-text(${cssString(name)})`;
    await this.#ui.waitForFirst(answer, 30_000);
    return this.#ui.firstInnerText(answer);
  }

  /** Enters one result in the form, as a planner types it, saves it, and returns what the form says. */
  async enterResult(fields: Partial<Record<ResultsFormField, string>>): Promise<string> {
    if (fields.measure) await this.#ui.selectOption(tid('res-form-measure'), fields.measure);
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'measure' || value === undefined) continue;
      await this.#ui.fill(tid(`res-form-${key}`), value);
    }
    await this.#ui.click(tid('res-form-save'));
    await this.#ui.waitForFirst(FORM_ANSWER);
    return this.#ui.firstInnerText(FORM_ANSWER);
  }

  /** Undoes the last change to the results (the section's undo button). */
  async undo(): Promise<void> {
    await this.#ui.click(tid('res-undo'));
  }

  // ---- the indicators tab: targets and review ----

  /** Opens the indicators tab on its targets, or on the review. */
  async openIndicators(view: IndicatorsView): Promise<void> {
    await this.#ui.click(tid('tab-indicators'));
    await this.#ui.waitFor(tid('tabpanel-indicators'));
    await this.#ui.click(tid(`review-toggle-${view}`));
    await this.#ui.waitFor(tid(view === 'review' ? 'review-view' : 'indicators-notice'));
  }

  /** The review's rows of results for years without a target, by `measure@year`, as the reader reads them. */
  async interimRows(): Promise<Record<string, string>> {
    const rows = '[data-testid="review-view"] [data-testid^="review-interim-"]';
    const ids = await this.#ui.attributeOfAll(rows, 'data-testid');
    const texts = await this.#ui.allInnerTexts(rows);
    return Object.fromEntries(ids.map((id, i) => [id!.replace(/^review-interim-(.*)-(\d{4})$/, '$1@$2'), texts[i] ?? '']));
  }

  /** Opens the source details of a result shown compactly (indicators table) and returns the result's text. */
  async openSourceDetails(measureKey: string, year: number): Promise<string> {
    const item = tid(`result-item-${measureKey}-${year}`);
    if ((await this.#ui.attribute(`${item} .result-source-details`, 'open')) === null) await this.#ui.click(`${item} .result-source-details > summary`);
    return this.#ui.firstInnerText(item);
  }

  /** Switches the open indicators tab between its targets and its review (the toggle only, e.g. on a phone with the tabs scrolled away). */
  async showIndicatorsView(view: IndicatorsView): Promise<void> {
    await this.#ui.click(tid(`review-toggle-${view}`));
    await this.#ui.waitFor(tid(view === 'review' ? 'review-view' : 'indicators-notice'));
  }

  /** Each review row's status, by `measure@year`. */
  async reviewVerdicts(): Promise<Record<string, string>> {
    const rows = '[data-testid="review-view"] [data-testid^="review-row-"]';
    const ids = await this.#ui.attributeOfAll(rows, 'data-testid');
    const verdicts = await this.#ui.attributeOfAll(rows, 'data-verdict');
    return Object.fromEntries(ids.map((id, i) => [id!.replace(/^review-row-(.*)-(\d{4})$/, '$1@$2'), verdicts[i] ?? '']));
  }

  /** Waits until an indicator's trend chart draws its results. */
  async waitForTrendResults(indicatorId: string): Promise<void> {
    await this.#ui.waitFor(tid(`trend-results-${indicatorId}`));
  }

  /** How many result-bar charts of a kind (park, industry) the indicators view draws. */
  async resultBarsCount(kind: 'park' | 'industry'): Promise<number> {
    return this.#ui.count(tid(`result-bars-${kind}`));
  }

  /** Prints the review sheet with the print dialogue stubbed; resolves once print() was called. */
  async printReview(): Promise<void> {
    await this.#ui.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await this.#ui.click(tid('review-print'));
    await this.#ui.waitForFunction(() => (window as unknown as { printed: number }).printed > 0, undefined, 30_000);
  }

  async isReviewSheetVisible(): Promise<boolean> {
    return this.#ui.isVisible(tid('review-sheet'));
  }

  /** Scrolls (the first element with) a test id into view, as a reader does. */
  async scrollTo(testId: string): Promise<void> {
    await this.#ui.scrollIntoView(`${tid(testId)} >> nth=0`);
  }
}
