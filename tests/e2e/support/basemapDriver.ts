/**
 * basemapDriver (`app.basemap`): the optional basemaps. Covers answering tile requests with a
 * blank tile (tests never reach the network), the basemap menu (its choices, in order),
 * choosing a basemap, the prompt a link naming an online basemap shows, the 天地图 key (problem messages, where it is kept), and the self-hosted
 * ('local') basemap a deployment names: what it draws and the map's attribution.
 */
import type { MapProbe } from './mapProbe';
import { tid, type PageHelper } from './playwright-helper';

export type Basemap = 'none' | 'local' | 'osm' | 'amap';

/** What the self-hosted basemap draws in view (see `localDrawn`). */
export type LocalBasemapDrawn = { roads: string[]; water: number; lastLocal: number; districtFill: number };

/** A 1×1 transparent PNG, served instead of any real tile. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export class BasemapDriver {
  readonly #ui: PageHelper;
  readonly #map: MapProbe;

  constructor(ui: PageHelper, map: MapProbe) {
    this.#ui = ui;
    this.#map = map;
  }

  /** Answers every tile request with a blank tile; returns the (live) list of tile URLs asked for. */
  async serveBlankTiles(): Promise<string[]> {
    const requested: string[] = [];
    await this.#ui.intercept(/openstreetmap\.org|autonavi\.com|tianditu\.gov\.cn/, async (request) => {
      requested.push(request.url);
      await request.fulfill({ status: 200, contentType: 'image/png', body: TILE, headers: { 'access-control-allow-origin': '*' } });
    });
    return requested;
  }

  /** The text of the prompt a link naming an online basemap shows, or null when there is none. */
  async linkedOffer(): Promise<string | null> {
    if ((await this.#ui.count(tid('linked-basemap'))) === 0) return null;
    return this.#ui.firstInnerText(tid('linked-basemap'));
  }

  /** Answers that prompt: loads the linked basemap (and waits for the map) or stays offline. */
  async answerLinkedOffer(answer: 'load' | 'stay'): Promise<void> {
    await this.#ui.click(tid(`linked-basemap-${answer}`));
    await this.#ui.waitFor(tid('linked-basemap'), 'detached');
    await this.#map.waitForIdle();
  }

  async openMenu(): Promise<void> {
    await this.#ui.click(tid('basemap-button'));
  }

  /** Picks a basemap in the open menu and waits for the map. */
  async pick(id: Basemap): Promise<void> {
    await this.#ui.check(tid(`basemap-${id}`));
    await this.#map.waitForIdle();
  }

  /** Opens the menu, picks a basemap, closes the menu and waits for the map. */
  async choose(id: Basemap): Promise<void> {
    await this.openMenu();
    await this.#ui.check(tid(`basemap-${id}`));
    await this.#ui.pressKey('Escape');
    await this.#map.waitForIdle();
  }

  /** The ids of the basemap menu's choices, in the order it offers them (opens and closes the menu). */
  async choices(): Promise<string[]> {
    await this.openMenu();
    const ids = await this.#ui.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[name="basemap"]')].map((input) => input.value));
    await this.#ui.pressKey('Escape');
    return ids;
  }

  /**
   * What the self-hosted basemap draws now: the kinds of its road features and the number of
   * its water features in view, and the style position of its topmost layer and of the
   * district's own fill (the basemap lies under the layout when the first is below the second).
   */
  async localDrawn(): Promise<LocalBasemapDrawn> {
    return this.#ui.evaluate(() => {
      const map = window.__yongchuanMap!.map;
      const ids = map.getStyle().layers.map((l) => l.id);
      const local = ids.filter((id) => id.startsWith('localbase-'));
      const features = map.queryRenderedFeatures({ layers: local });
      return {
        roads: features.filter((f) => f.sourceLayer === 'roads').map((f) => String(f.properties.kind)),
        water: features.filter((f) => f.sourceLayer === 'water').length,
        lastLocal: Math.max(...local.map((id) => ids.indexOf(id))),
        districtFill: ids.indexOf('district-fill'),
      };
    });
  }

  /** Unfolds the map's attribution (when it is folded behind its button; no button, no matter). */
  async openAttribution(): Promise<void> {
    await this.#ui.click('.maplibregl-ctrl-attrib-button').catch(() => undefined);
  }

  /** The map's whole attribution control's text (the basemaps' credits among it). */
  async attributionText(): Promise<string | null> {
    return this.#ui.textContent('.maplibregl-ctrl-attrib');
  }

  /** Clicks 天地图 in the open menu (it asks for a key first). */
  async pickTianditu(): Promise<void> {
    await this.#ui.click(tid('basemap-tianditu'));
  }

  async problemText(): Promise<string | null> {
    return this.#ui.textContent(tid('basemap-problem'));
  }

  /** Types a 天地图 key and presses Enter. */
  async enterTiandituKey(key: string): Promise<void> {
    await this.#ui.fill(tid('tianditu-key'), key);
    await this.#ui.pressOn(tid('tianditu-key'), 'Enter');
  }

  /** Whether this browser's localStorage holds the value. */
  async isStoredLocally(value: string): Promise<boolean> {
    return this.#ui.evaluate((v) => Object.values(localStorage).includes(v), value);
  }
}
