/**
 * insightsDriver (`app.insights`): industries, search, comparison and indicators. Covers the
 * industry lens (toggle, hosts, lens feature-state, banner), the search box (typing, options,
 * keys, groups), choosing places to compare, the comparison table and CSV, and the
 * indicators table and charts.
 */
import type { MapProbe } from './mapProbe';
import { cssString, tid, type PageHelper } from './playwright-helper';

export type InsightsTab = 'industries' | 'compare' | 'indicators';

export class InsightsDriver {
  readonly #ui: PageHelper;
  readonly #map: MapProbe;

  constructor(ui: PageHelper, map: MapProbe) {
    this.#ui = ui;
    this.#map = map;
  }

  /** Opens a tab of the panel and waits for its content. */
  async openPanel(tab: InsightsTab): Promise<void> {
    await this.#ui.click(tid(`tab-${tab}`));
    await this.#ui.waitFor(tid(`tabpanel-${tab}`));
  }

  // ---- the industry lens ----

  /** Toggles an industry in the industry lens, as a user does, and waits for the map. */
  async toggleIndustry(id: string): Promise<void> {
    await this.#ui.click(tid(`industry-toggle-${id}`));
    await this.#map.waitForIdle();
  }

  /** Clicks an industry's toggle without waiting for the map. */
  async clickIndustry(id: string): Promise<void> {
    await this.#ui.click(tid(`industry-toggle-${id}`));
  }

  /** "Clear" in the industry lens. */
  async clearIndustries(): Promise<void> {
    await this.#ui.click(tid('industry-clear'));
  }

  /** "Clear" in the lens banner over the map. */
  async clearLensFromBanner(): Promise<void> {
    await this.#ui.click(tid('lens-banner-clear'));
  }

  async lensBannerText(): Promise<string | null> {
    return this.#ui.textContent(tid('lens-banner'));
  }

  async lensBannerCount(): Promise<number> {
    return this.#ui.count(tid('lens-banner'));
  }

  async waitForEquipmentNamingNote(): Promise<void> {
    await this.#ui.waitFor(tid('equipment-naming-note'));
  }

  async waitForHosts(): Promise<void> {
    await this.#ui.waitFor(tid('industry-hosts'));
  }

  async scrollToHosts(): Promise<void> {
    await this.#ui.scrollIntoView(tid('industry-hosts'));
  }

  /** The hosts the lens lists, as `kind:id`. */
  async listedHosts(): Promise<string[]> {
    const ids = await this.#ui.attributeOfAll(`${tid('industry-hosts')} [data-testid^="host-"]`, 'data-testid');
    return ids.map((id) => (id ?? '').replace(/^host-(park|subpark|cluster|other-towns)-/, '$1:'));
  }

  /** A listed host's text (`kind-id`, e.g. `park-fenghuanghu`). */
  async hostText(host: string): Promise<string | null> {
    return this.#ui.textContent(tid(`host-${host}`));
  }

  /** Whether a listed host says it is there through the plan's 装备制造. */
  async hostViaEquipment(host: string): Promise<boolean> {
    return this.#ui.isVisible(tid(`host-${host}`, 'via-equipment'));
  }

  /** The lens's feature-state of each given feature of a source. */
  async lensStates(source: string, ids: string[]): Promise<Record<string, { host: boolean; dim: boolean }>> {
    return this.#ui.evaluate(
      ([src, featureIds]) =>
        Object.fromEntries(
          featureIds.map((id) => {
            const map = window.__yongchuanMap!.map;
            const host = Boolean(map.getFeatureState({ source: src, id }).lensHost);
            // The style fades every place that is not a host while the lens is on.
            return [id, { host, dim: Boolean(map.getGlobalState().lensActive) && !host }];
          }),
        ),
      [source, ids] as const,
    );
  }

  // ---- search ----

  /** Types into the search box and returns the offered options as `kind:id`, in order. */
  async search(text: string): Promise<string[]> {
    await this.#ui.fill(tid('search-input'), '');
    await this.#ui.fill(tid('search-input'), text);
    await this.#ui.waitFor(tid('search-results'));
    return this.searchOptions();
  }

  async searchOptions(): Promise<string[]> {
    const ids = await this.#ui.attributeOfAll('[role="option"]', 'data-testid');
    return ids.map((id) => (id ?? '').replace(/^search-option-(park|subpark|industry|cluster|township|hub)-/, '$1:'));
  }

  /** Presses a key in the search box (ArrowDown, Enter, Escape). */
  async pressInSearch(key: string): Promise<void> {
    await this.#ui.pressOn(tid('search-input'), key);
  }

  async searchExpanded(): Promise<string | null> {
    return this.#ui.attribute(tid('search-input'), 'aria-expanded');
  }

  async searchActiveDescendant(): Promise<string | null> {
    return this.#ui.attribute(tid('search-input'), 'aria-activedescendant');
  }

  /** `aria-selected` of the element with this id (e.g. the active option). */
  async ariaSelectedOf(elementId: string): Promise<string | null> {
    return this.#ui.attribute(`[id=${cssString(elementId)}]`, 'aria-selected');
  }

  async isSearchGroupVisible(kind: string): Promise<boolean> {
    return this.#ui.isVisible(tid(`search-group-${kind}`));
  }

  async searchEmptyText(): Promise<string | null> {
    return this.#ui.textContent(tid('search-empty'));
  }

  /** Clicks an offered option, e.g. `park-sanjiao`. */
  async chooseSearchOption(option: string): Promise<void> {
    await this.#ui.click(tid(`search-option-${option}`));
  }

  /** Taps an offered option (touch screens), e.g. `industry-new-energy`. */
  async tapSearchOption(option: string): Promise<void> {
    await this.#ui.tap(tid(`search-option-${option}`));
  }

  // ---- comparison ----

  /** Chooses the places to compare by their check boxes. */
  async compare(ids: string[]): Promise<void> {
    await this.openPanel('compare');
    for (const id of ids) await this.#ui.check(tid(`compare-choose-${id}`));
    await this.#ui.waitFor(tid('compare-table'));
  }

  /** Clicks a place's compare check box (on the compare tab). */
  async clickCompareChoice(id: string): Promise<void> {
    await this.#ui.click(tid(`compare-choose-${id}`));
  }

  async waitForCompareTable(): Promise<void> {
    await this.#ui.waitFor(tid('compare-table'));
  }

  async compareColumnText(id: string): Promise<string | null> {
    return this.#ui.textContent(tid('compare-table', `compare-col-${id}`));
  }

  async compareRowText(row: string): Promise<string | null> {
    return this.#ui.textContent(tid('compare-table', `compare-row-${row}`));
  }

  /** Clicks the CSV export and returns the downloaded file's bytes and name. */
  async downloadComparisonCsv(): Promise<{ bytes: Buffer; fileName: string }> {
    const { bytes, name } = await this.#ui.download(tid('compare-download'));
    return { bytes, fileName: name };
  }

  // ---- indicators ----

  async indicatorRowCount(): Promise<number> {
    return this.#ui.count('[data-testid^="indicator-row-"]');
  }

  async indicator2025(id: string): Promise<string | null> {
    return this.#ui.textContent(tid(`indicator-2025-${id}`));
  }

  async indicatorsCountText(): Promise<string | null> {
    return this.#ui.textContent(tid('indicators-count'));
  }

  async indicatorsNotice(): Promise<string | null> {
    return this.#ui.textContent(tid('indicators-notice'));
  }

  /** How many tables a chart offers (its accessible data table). */
  async chartTableCount(chart: 'clusters' | 'parks'): Promise<number> {
    return this.#ui.count(`${tid(`chart-${chart}`)} table`);
  }

  async screenshotChart(chart: 'clusters' | 'parks', path: string): Promise<void> {
    await this.#ui.screenshotOf(tid(`chart-${chart}`), path);
  }
}
