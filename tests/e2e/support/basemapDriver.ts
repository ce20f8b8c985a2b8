/**
 * basemapDriver (`app.basemap`): the optional online basemaps. Covers answering tile requests
 * with a blank tile (tests never reach the network), the basemap menu, choosing a basemap,
 * and the 天地图 key (problem messages, where it is kept).
 */
import type { MapProbe } from './mapProbe';
import { tid, type PageHelper } from './playwright-helper';

export type Basemap = 'none' | 'osm' | 'amap';

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
