/**
 * planViewsDriver (`app.planViews`): the plan package's extra views. Covers a park's key
 * projects in its detail (waiting until they are read, the groups and their items, opening a
 * folded group) and in its printed fact sheet, and the regional view in the overview (its
 * initiatives, the partners each names, showing them on the map and waiting until the map has
 * drawn the highlight).
 */
import type { MapProbe } from './mapProbe';
import { tid, type PageHelper } from './playwright-helper';

export class PlanViewsDriver {
  readonly #ui: PageHelper;
  readonly #map: MapProbe;

  constructor(ui: PageHelper, map: MapProbe) {
    this.#ui = ui;
    this.#map = map;
  }

  // ---- a park's key projects ----

  /** Waits until the park detail's projects section has read the package (or said it could not). */
  async waitForProjects(parkId: string): Promise<void> {
    await this.#ui.waitForFirst(`${tid(`projects-${parkId}`)}[data-state="ready"], ${tid(`projects-${parkId}`)}[data-state="error"]`, 30_000);
  }

  /** The section's text as the reader sees it (folded groups show only their heading). */
  async projectsText(parkId: string): Promise<string> {
    await this.waitForProjects(parkId);
    return this.#ui.firstInnerText(tid(`projects-${parkId}`));
  }

  /** How many projects the section lists. */
  async projectCount(parkId: string): Promise<number> {
    await this.waitForProjects(parkId);
    return Number(await this.#ui.attribute(tid(`projects-${parkId}`), 'data-count'));
  }

  /** The groups shown, in order (road, gas, power, water, other). */
  async projectGroups(parkId: string): Promise<string[]> {
    await this.waitForProjects(parkId);
    const prefix = `projects-${parkId}-`;
    const ids = await this.#ui.attributeOfAll(`${tid(`projects-${parkId}`)} [data-testid^="${prefix}"]`, 'data-testid');
    return ids.map((id) => (id ?? '').slice(prefix.length));
  }

  /** The items of one group, each as its list entry reads (the group opened first if folded). */
  async groupItems(parkId: string, group: string): Promise<string[]> {
    await this.waitForProjects(parkId);
    const groupSelector = tid(`projects-${parkId}-${group}`);
    if ((await this.#ui.attribute(groupSelector, 'open')) === null) await this.#ui.click(`${groupSelector} > summary`);
    return this.#ui.allInnerTexts(`${groupSelector} li`);
  }

  /** The projects table of the printed park sheet (print the sheet with `app.export.printSheet` first). */
  async sheetProjectsText(parkId: string): Promise<string> {
    return (await this.#ui.textContent(tid(`sheet-projects-${parkId}`))) ?? '';
  }

  // ---- the regional view ----

  /** Scrolls the overview to the regional view and waits until it has read the package. */
  async openRegional(): Promise<void> {
    await this.#ui.waitForFirst(`${tid('regional')}[data-state="ready"], ${tid('regional')}[data-state="error"]`, 30_000);
    await this.#ui.scrollIntoView(tid('regional'));
  }

  async regionalText(): Promise<string> {
    return this.#ui.firstInnerText(tid('regional'));
  }

  /** The initiatives listed, by id, in order. */
  async initiativeIds(): Promise<string[]> {
    const ids = await this.#ui.attributeOfAll(`${tid('regional')} [data-testid^="regional-initiative-"]`, 'data-testid');
    return ids.map((id) => (id ?? '').replace(/^regional-initiative-/, ''));
  }

  /** The partners an initiative names, as the reader reads them. */
  async partnerNames(initiativeId: string): Promise<string[]> {
    return this.#ui.allInnerTexts(`${tid(`regional-partners-${initiativeId}`)} li`);
  }

  async initiativeText(initiativeId: string): Promise<string> {
    return this.#ui.firstInnerText(tid(`regional-initiative-${initiativeId}`));
  }

  async canShowOnMap(initiativeId: string): Promise<boolean> {
    return (await this.#ui.count(tid(`regional-show-${initiativeId}`))) > 0;
  }

  /** Presses the initiative's "show on the map" toggle and waits for the map to finish drawing and moving. */
  async toggleOnMap(initiativeId: string): Promise<void> {
    const before = await this.isShownOnMap(initiativeId);
    await this.#ui.click(tid(`regional-show-${initiativeId}`));
    await this.#ui.waitFor(`${tid(`regional-show-${initiativeId}`)}[aria-pressed="${String(!before)}"]`);
    await this.#map.waitForIdle();
  }

  /** Whether the initiative's toggle says its partners are shown. */
  async isShownOnMap(initiativeId: string): Promise<boolean> {
    return (await this.#ui.attribute(tid(`regional-show-${initiativeId}`), 'aria-pressed')) === 'true';
  }

  /** What the view's live status line says (how many places are highlighted). */
  async regionalStatus(): Promise<string> {
    return (await this.#ui.textContent(tid('regional-status'))) ?? '';
  }
}
