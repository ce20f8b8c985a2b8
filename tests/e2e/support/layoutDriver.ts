/**
 * layoutDriver (`app.layout`): the layout itself. Covers the panel's tabs and lists (choose,
 * open state, badges, lens marks, details), the selection (URL, map highlight, Escape, Back),
 * clicking and hovering parks on the canvas, the layer switches, the attribution, the
 * distances section and hub filter, the announcer, and where the panel/map/header sit —
 * including what covers the map as a presenter sees it (`presentationLayout`: map, tour card,
 * legend, panel, the card's controls and overflowing text, the tabs).
 */
import type { MapProbe, PagePoint, PageRect } from './mapProbe';
import { tid, type Box, type PageHelper } from './playwright-helper';

export type Tab = 'overview' | 'parks' | 'clusters' | 'workbench' | 'industries' | 'compare' | 'indicators';
export type Kind = 'park' | 'subpark' | 'cluster' | 'hub' | 'township';

/** What `presentationLayout` measures (page coordinates). */
export interface PresentationLayout {
  map: PageRect;
  card: PageRect | null;
  legend: PageRect | null;
  legendOpen: boolean;
  panel: PageRect | null;
  controls: PageRect[];
  tabs: PageRect[];
  /** Text elements of the tour card whose text does not fit (a marked scroll area may be taller than its box). */
  overflowing: string[];
  captionScrolls: boolean;
  scrollCue: boolean;
}

export class LayoutDriver {
  readonly #ui: PageHelper;
  readonly #map: MapProbe;

  constructor(ui: PageHelper, map: MapProbe) {
    this.#ui = ui;
    this.#map = map;
  }

  /** Opens a tab and waits until its content is there (a lazily loaded tab shows a loading status first). */
  async openTab(tab: Tab): Promise<void> {
    await this.#ui.click(tid(`tab-${tab}`));
    await this.#ui.waitFor(`${tid(`tabpanel-${tab}`)} >> [data-testid^="feature-loading-"]`, 'detached');
  }

  /** The text of a tab's panel (the tab open). */
  async tabPanelText(tab: Tab): Promise<string> {
    return (await this.#ui.textContent(tid(`tabpanel-${tab}`))) ?? '';
  }

  /** Waits until the tab's panel shows the element with this test id. */
  async waitForInTab(tab: Tab, testId: string): Promise<void> {
    await this.#ui.waitForFirst(`${tid(`tabpanel-${tab}`)} >> ${tid(testId)}`);
  }

  /** How many tabs the panel offers (elements with the tab role). */
  async tabCount(): Promise<number> {
    return this.#ui.count('role=tab');
  }

  /** A tab on a touch screen. */
  async tapTab(tab: Tab): Promise<void> {
    await this.#ui.tap(tid(`tab-${tab}`));
  }

  async isTabSelected(tab: Tab): Promise<boolean> {
    return (await this.#ui.attribute(tid(`tab-${tab}`), 'aria-selected')) === 'true';
  }

  /** The tab's `aria-selected` attribute, as it is. */
  async tabAriaSelected(tab: Tab): Promise<string | null> {
    return this.#ui.attribute(tid(`tab-${tab}`), 'aria-selected');
  }

  async tabLabel(tab: Tab): Promise<string | null> {
    return this.#ui.textContent(tid(`tab-${tab}`));
  }

  async isTabVisible(tab: Tab): Promise<boolean> {
    return this.#ui.isVisible(tid(`tab-${tab}`));
  }

  async focusTab(tab: Tab): Promise<void> {
    await this.#ui.focus(tid(`tab-${tab}`));
  }

  /** Opens an entry of a list by clicking it, as a user does, and waits for the map. */
  async chooseInList(kind: Kind, id: string): Promise<void> {
    await this.#ui.click(`${tid(`item-${kind}-${id}`)} .item-button`);
    await this.#map.waitForIdle();
  }

  /** Clicks a list entry without waiting for the map (e.g. while the map program is still loading). */
  async clickInList(kind: Kind, id: string): Promise<void> {
    await this.#ui.click(`${tid(`item-${kind}-${id}`)} .item-button`);
  }

  async tapInList(kind: Kind, id: string): Promise<void> {
    await this.#ui.tap(`${tid(`item-${kind}-${id}`)} .item-button`);
  }

  /** The CSS selector of a list entry's button (for probes that click it inside the page). */
  listButtonSelector(kind: Kind, id: string): string {
    return `[data-testid="item-${kind}-${id}"] .item-button`;
  }

  /** Whether a list entry is open (its details shown). */
  async listEntryOpen(kind: Kind, id: string): Promise<boolean> {
    return (await this.#ui.attribute(`${tid(`item-${kind}-${id}`)} .item-button`, 'aria-expanded')) === 'true';
  }

  /** The entry's badges, e.g. a cluster's levels. */
  async listBadges(kind: Kind, id: string): Promise<string[]> {
    return this.#ui.allTextContents(`${tid(`item-${kind}-${id}`)} .badge`);
  }

  /** The industry lens's mark on a list entry (`host`, `dimmed` or none). */
  async listLens(kind: Kind, id: string): Promise<string | null> {
    return this.#ui.attribute(tid(`item-${kind}-${id}`), 'data-lens');
  }

  /** How many entries of a kind the list shows. */
  async listCount(kind: Kind): Promise<number> {
    return this.#ui.count(`[data-testid^="item-${kind}-"]`);
  }

  async waitForDetail(kind: Kind, id: string, state: 'visible' | 'detached' = 'visible'): Promise<void> {
    await this.#ui.waitFor(tid(`${kind}-detail-${id}`), state);
  }

  async isDetailVisible(kind: Kind, id: string): Promise<boolean> {
    return this.#ui.isVisible(tid(`${kind}-detail-${id}`));
  }

  async detailText(kind: Kind, id: string): Promise<string | null> {
    return this.#ui.textContent(tid(`${kind}-detail-${id}`));
  }

  /** Unfolds the placement note ("how was this placed") of a park's detail. */
  async openPlacementNote(parkId: string): Promise<void> {
    await this.#ui.click(`${tid(`park-detail-${parkId}`)} >> details.accuracy > summary`);
  }

  /** Unfolds the first passage of the plan's text in the open detail. */
  async openPlanText(): Promise<void> {
    await this.#ui.clickFirst('.plan-text summary');
  }

  async selectionInUrl(): Promise<string | null> {
    return new URL(this.#ui.url()).searchParams.get('sel');
  }

  /** Whether the user's selection highlights a feature on the map. */
  async selectedFeatureState(source: string, id: string): Promise<boolean> {
    return Boolean(await this.#map.featureState(source, id, 'selected'));
  }

  /** Clears the selection (or closes what is open) with Escape. */
  async escape(): Promise<void> {
    await this.#ui.pressKey('Escape');
  }

  async back(): Promise<void> {
    await this.#ui.goBack();
  }

  /** "Whole district": back to the district view, then waits for the map. */
  async showWholeDistrict(): Promise<void> {
    await this.#ui.click(tid('whole-district'));
    await this.#map.waitForIdle();
  }

  /** Clicks "whole district" without waiting for the map. */
  async clickWholeDistrict(): Promise<void> {
    await this.#ui.click(tid('whole-district'));
  }

  /** Clicks a park's shape on the canvas where nothing else is drawn over it. */
  async clickPark(parkId: string): Promise<void> {
    const point = await this.#map.clearPointOnPark(parkId);
    await this.#ui.mouseClick(point.x, point.y);
  }

  /** Moves the pointer over a park's shape and waits for its hover highlight. */
  async hoverPark(parkId: string): Promise<void> {
    const point = await this.#map.clearPointOnPark(parkId);
    await this.#ui.mouseMove(point.x, point.y);
    await this.#map.waitForFeatureState('parks', parkId, 'hover');
  }

  /** Moves the pointer to a page point (e.g. off the map). */
  async movePointer(x: number, y: number): Promise<void> {
    await this.#ui.mouseMove(x, y);
  }

  /** Clicks the page at a point (e.g. a symbol found with `app.map.symbolOnPage`). */
  async clickPage(point: PagePoint): Promise<void> {
    await this.#ui.mouseClick(point.x, point.y);
  }

  async mapCursor(): Promise<string> {
    return this.#map.cursor();
  }

  // ---- layers and attribution ----

  /** Unfolds the legend's layer switches. */
  async openLayerSwitches(): Promise<void> {
    await this.#ui.click(`${tid('legend')} >> .legend-layers > summary`);
  }

  /** Unfolds the layer switches, wherever the legend is (anywhere on the page). */
  async openLayersSummary(): Promise<void> {
    await this.#ui.click('.legend-layers > summary');
  }

  async setLayer(group: string, on: boolean): Promise<void> {
    if (on) await this.#ui.check(tid(`layer-${group}`));
    else await this.#ui.uncheck(tid(`layer-${group}`));
    await this.#map.waitForIdle();
  }

  async isLayerOn(group: string): Promise<boolean> {
    return this.#ui.isChecked(tid(`layer-${group}`));
  }

  async toggleAttribution(): Promise<void> {
    await this.#ui.click('.maplibregl-ctrl-attrib-button');
  }

  async isAttributionOpen(): Promise<boolean> {
    return this.#ui.isVisible('.maplibregl-ctrl-attrib-inner');
  }

  async attributionText(): Promise<string | null> {
    return this.#ui.textContent('.maplibregl-ctrl-attrib-inner');
  }

  async isSchematicBannerVisible(): Promise<boolean> {
    return this.#ui.isVisible(tid('schematic-banner'));
  }

  // ---- the announcer ----

  async announcement(): Promise<string> {
    return (await this.#ui.textContent(tid('announcer'))) ?? '';
  }

  async announcerLiveness(): Promise<string | null> {
    return this.#ui.attribute(tid('announcer'), 'aria-live');
  }

  async waitForAnnouncement(text: string): Promise<void> {
    await this.#ui.waitForFunction((t) => document.querySelector('[data-testid="announcer"]')?.textContent === t, text);
  }

  // ---- distances ----

  async waitForDistances(parkId: string): Promise<void> {
    await this.#ui.waitFor(tid(`park-detail-${parkId}`, 'distances'));
  }

  async distancesText(parkId: string): Promise<string | null> {
    return this.#ui.textContent(tid(`park-detail-${parkId}`, 'distances'));
  }

  async distanceRow(parkId: string, hub: string): Promise<string | null> {
    return this.#ui.textContent(tid(`park-detail-${parkId}`, 'distances', `distance-${hub}`));
  }

  /** Ticks "draw 5, 10, 20 km rings". */
  async showDistanceRings(): Promise<void> {
    await this.#ui.check(tid('distance-rings'));
  }

  /** The distances (km) of the rings drawn on the map, ascending and distinct. */
  async drawnRingKms(): Promise<number[]> {
    const kms = (await this.#map.renderedProperty('distance-rings-line', 'km')) as number[];
    return [...new Set(kms)].sort((a, b) => a - b);
  }

  /** Sets the hub filter ('' for no distance limit). */
  async filterByHub(km: string, hub?: string): Promise<void> {
    await this.#ui.selectOption(tid('hub-filter-km'), km);
    if (hub !== undefined) await this.#ui.selectOption(tid('hub-filter-hub'), hub);
  }

  async hubFilterStatus(): Promise<string | null> {
    return this.#ui.textContent(tid('hub-filter-status'));
  }

  // ---- where things sit ----

  async panelBox(): Promise<Box | null> {
    return this.#ui.box(tid('side-panel'));
  }

  async mapBox(): Promise<Box | null> {
    return this.#ui.box(tid('map'));
  }

  async mapCanvasBox(): Promise<Box | null> {
    return this.#ui.box(`${tid('map')} canvas`);
  }

  async headerBox(): Promise<Box | null> {
    return this.#ui.box('header.topbar');
  }

  /** Rectangles (page coordinates) of what a presenter sees: map, card, legend, panel, and the card's parts. */
  async presentationLayout(): Promise<PresentationLayout> {
    return this.#ui.evaluate(() => {
      const box = (element: Element | null) => {
        if (!element) return null;
        const r = element.getBoundingClientRect();
        return r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
      };
      const card = document.querySelector('[data-testid="tour"]');
      // Every element of the card that holds text: its text must fit unless it is a marked scroll area.
      const overflowing = card
        ? [...card.querySelectorAll('*')]
            .filter((element) => {
              const style = getComputedStyle(element);
              if (style.display === 'inline' || !element.textContent?.trim()) return false;
              const tooTall = element.scrollHeight > element.clientHeight + 1;
              const tooWide = element.scrollWidth > element.clientWidth + 1;
              const scrollArea = element.hasAttribute('data-scroll-area') && (style.overflowY === 'auto' || style.overflowY === 'scroll');
              return (tooTall && !scrollArea) || tooWide;
            })
            .map((element) => `${element.tagName}.${element.className}: ${element.textContent?.slice(0, 40)}`)
        : [];
      const caption = document.querySelector('[data-testid="tour-caption"]');
      return {
        map: box(document.querySelector('[data-testid="map"]'))!,
        card: box(card),
        legend: box(document.querySelector('[data-testid="legend"]')),
        legendOpen: (document.querySelector('[data-testid="legend"]') as HTMLDetailsElement | null)?.open ?? false,
        panel: box(document.querySelector('[data-testid="side-panel"]')),
        controls: [...document.querySelectorAll('[data-testid="tour-controls"] button')].map((button) => box(button)!),
        tabs: [...document.querySelectorAll('[role="tab"]')].map((tab) => box(tab)!),
        overflowing,
        captionScrolls: caption ? caption.scrollHeight > caption.clientHeight + 1 : false,
        scrollCue: document.querySelector('[data-testid="tour-more"]') !== null,
      };
    });
  }

  /** The document's scroll width (whether anything widens the page). */
  async pageScrollWidth(): Promise<number> {
    return this.#ui.evaluate(() => document.documentElement.scrollWidth);
  }
}
