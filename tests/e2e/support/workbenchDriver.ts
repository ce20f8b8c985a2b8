/**
 * workbenchDriver (`app.workbench`): the planners' workbench. Covers opening it, importing
 * (file input, drop on the map, progress, cancel, review, problems, CRS and sheet choice,
 * the candidate readings of a file without a system, an EPSG code typed in, attribute
 * encodings and their preview, errors), the work layers, the attribute table (filter, sort,
 * rows), the checks (incl. which towns a shape lies in), the exports (downloads by button),
 * measuring and drawing, the feature editor (attributes, undo/redo), redrawing a park
 * outline, saving state and clearing all work.
 */
import type { MapProbe, PagePoint } from './mapProbe';
import { cssString, tid, type Downloaded, type PageHelper } from './playwright-helper';

export type WorkbenchTool = 'wb-draw-point' | 'wb-draw-polygon' | 'wb-measure-line' | 'wb-measure-area';
export type ImportFile = { name: string; buffer: Buffer };

export class WorkbenchDriver {
  readonly #ui: PageHelper;
  readonly #map: MapProbe;

  constructor(ui: PageHelper, map: MapProbe) {
    this.#ui = ui;
    this.#map = map;
  }

  /** Opens the workbench tab and waits until its code has loaded. */
  async open(): Promise<void> {
    await this.#ui.click(tid('tab-workbench'));
    await this.#ui.waitFor(tid('workbench'), 'visible', 30_000);
  }

  // ---- importing ----

  /** Chooses a file in the import's file input, as the file picker does, and waits for the review or an error. */
  async importFile(file: ImportFile): Promise<void> {
    await this.startImport(file, 'application/octet-stream');
    await this.#ui.waitForFirst('[data-testid="wb-review"], [data-testid="wb-import-error"], [data-testid="wb-import-cancelled"]', 60_000);
  }

  /** Chooses a file in the file input and returns at once (the import runs on). */
  async startImport(file: ImportFile, mimeType = 'application/json'): Promise<void> {
    await this.#ui.setInputFile(tid('wb-file-input'), { name: file.name, mimeType, buffer: file.buffer });
  }

  async waitForProgress(): Promise<void> {
    await this.#ui.waitFor(tid('wb-import-progress'));
  }

  async waitForReview(timeout = 60_000): Promise<void> {
    await this.#ui.waitFor(tid('wb-review'), 'visible', timeout);
  }

  /** Cancels the running import and waits for it to say so. */
  async cancelImport(): Promise<void> {
    await this.#ui.click(tid('wb-import-cancel'));
    await this.#ui.waitFor(tid('wb-import-cancelled'));
  }

  /** Drops a text file onto the map, as dragging it from the desktop does. */
  async dropFileOnMap(name: string, text: string): Promise<void> {
    await this.#ui.dropFile(tid('map'), name, text);
    await this.#ui.waitForFirst('[data-testid="wb-review"], [data-testid="wb-import-error"]', 60_000);
  }

  async detectedCrsText(): Promise<string> {
    return (await this.#ui.textContent(tid('wb-crs-detected'))) ?? '';
  }

  /** Overrides the detected coordinate system and waits for the file to be read again. */
  async chooseCrs(crs: string): Promise<void> {
    await this.#ui.selectOption(tid('wb-crs-select'), crs);
    await this.#ui.waitForFunction(
      (value) => (document.querySelector('[data-testid="wb-crs-select"]') as HTMLSelectElement | null)?.value === value,
      crs,
      60_000,
    );
  }

  /** The readings offered for a file whose coordinate system is uncertain. */
  async crsCandidateCount(): Promise<number> {
    return this.#ui.count(tid('wb-crs-candidate'));
  }

  /** The candidate readings' box as a whole (with how far apart they put the file). */
  async crsCandidatesText(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-crs-candidates'));
  }

  /** One candidate reading's text, by its place in the list (0 is the first). */
  async crsCandidateText(index: number): Promise<string | null> {
    return this.#ui.textContent(`${tid('wb-crs-candidate')} >> nth=${index}`);
  }

  /** Chooses a candidate reading by its system (e.g. `epsg:32648`); see `waitForCrsChosen`. */
  async chooseCrsCandidate(crs: string): Promise<void> {
    await this.#ui.click(`[data-testid="wb-crs-candidate"][data-crs=${cssString(crs)}] button`);
  }

  /** Waits until the detected system says it was chosen by the user (由您选择). */
  async waitForCrsChosen(): Promise<void> {
    await this.#ui.waitForText(tid('wb-crs-detected'), '由您选择');
  }

  /** Types an EPSG code into the review's code field and applies it. */
  async applyEpsgCode(code: string): Promise<void> {
    await this.#ui.fill(tid('wb-crs-code'), code);
    await this.#ui.click(tid('wb-crs-code-apply'));
  }

  /** Why the file could not be read again (after a code or encoding was chosen). */
  async rereadError(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-reread-error'));
  }

  /** Whether "add to map" is disabled (e.g. until a coordinate system is confirmed). */
  async isAddToMapDisabled(): Promise<boolean> {
    return this.#ui.isDisabled(tid('wb-add-to-map'));
  }

  // ---- attribute encodings ----

  /** The detected attribute encoding and where it came from. */
  async encodingText(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-encoding'));
  }

  /** The review's preview of the attributes, as read with the current encoding. */
  async previewText(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-preview'));
  }

  /** Overrides the attribute encoding (e.g. `big5`); see `waitForEncodingChosen`. */
  async chooseEncoding(encoding: string): Promise<void> {
    await this.#ui.selectOption(tid('wb-encoding-select'), encoding);
  }

  /** Waits until the encoding says it was chosen by the user (由您选择). */
  async waitForEncodingChosen(): Promise<void> {
    await this.#ui.waitForText(tid('wb-encoding'), '由您选择');
  }

  /** Waits for a text anywhere on the page (e.g. the chosen CRS's label). */
  async waitForText(text: string): Promise<void> {
    await this.#ui.waitForText('', text);
  }

  async chosenSheet(): Promise<string> {
    return this.#ui.inputValue(tid('wb-sheet-select'));
  }

  async sheetNames(): Promise<string[]> {
    return this.#ui.allTextContents(`${tid('wb-sheet-select')} option`);
  }

  /** Chooses a sheet of a workbook and waits until the choice took. */
  async chooseSheet(name: string): Promise<void> {
    await this.#ui.selectOption(tid('wb-sheet-select'), name);
    await this.#ui.waitForFunction(
      (value) => (document.querySelector('[data-testid="wb-sheet-select"]') as HTMLSelectElement | null)?.value === value,
      name,
    );
  }

  async reviewText(): Promise<string> {
    return this.#ui.firstInnerText(tid('wb-review'));
  }

  /** The review's whole text content (textContent, hidden parts included). */
  async reviewTextContent(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-review'));
  }

  async reviewSummary(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-review-summary'));
  }

  /** The review's problems: index, code and text of each. */
  async problems(): Promise<{ index: string | null; code: string | null; text: string | null }[]> {
    const indexes = await this.#ui.attributeOfAll(tid('wb-problem'), 'data-index');
    const codes = await this.#ui.attributeOfAll(tid('wb-problem'), 'data-code');
    const texts = await this.#ui.allTextContents(tid('wb-problem'));
    return indexes.map((index, i) => ({ index, code: codes[i] ?? null, text: texts[i] ?? null }));
  }

  async problemCount(): Promise<number> {
    return this.#ui.count(tid('wb-problem'));
  }

  async problemTexts(): Promise<string[]> {
    return this.#ui.allTextContents(tid('wb-problem'));
  }

  /** The problems as the user reads them (innerText). */
  async problemInnerTexts(): Promise<string[]> {
    return this.#ui.allInnerTexts(tid('wb-problem'));
  }

  async waitForProblems(): Promise<void> {
    await this.#ui.waitForFirst(tid('wb-problem'));
  }

  /** "Export the problem list (CSV)" in the review. */
  async downloadProblemsCsv(): Promise<Downloaded> {
    return this.#ui.download(() => this.#ui.clickRole('button', '导出问题清单（CSV）'));
  }

  /** "放弃": discards the import under review. */
  async discardImport(): Promise<void> {
    await this.#ui.clickRole('button', '放弃');
  }

  async importError(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-import-error'));
  }

  async addImportToMap(): Promise<void> {
    await this.#ui.click(tid('wb-add-to-map'));
    await this.#ui.waitFor(tid('wb-import-added'));
  }

  /** Clicks "add to map" without waiting for it to be added (it may be refused). */
  async tryAddImportToMap(): Promise<void> {
    await this.#ui.click(tid('wb-add-to-map'));
  }

  // ---- layers ----

  async workLayerIds(): Promise<string[]> {
    const ids = await this.#ui.attributeOfAll('[data-testid^="wb-layer-"]', 'data-testid');
    return ids.map((id) => id!.replace('wb-layer-', '')).filter((id) => id !== 'count');
  }

  async layerCountText(layerId: string): Promise<string | null> {
    return this.#ui.textContent(tid(`wb-layer-${layerId}`, 'wb-layer-count'));
  }

  async waitForLayer(layerId: string): Promise<void> {
    await this.#ui.waitFor(tid(`wb-layer-${layerId}`));
  }

  /** Waits until the map draws features of each of the planner's layers (by layer id). */
  async waitForWorkLayersOnMap(layerIds: string[]): Promise<void> {
    await this.#map.waitForWorkLayers(layerIds);
  }

  /** Waits until the workbench says its work is saved in this browser. */
  async waitForSaved(): Promise<void> {
    await this.#ui.waitFor('[data-testid="wb-save-state"][data-state="saved"]');
  }

  async clearAll(): Promise<void> {
    await this.#ui.click(tid('wb-clear-all'));
    await this.#ui.waitFor(tid('wb-clear-confirm'));
  }

  async confirmClearAll(): Promise<void> {
    await this.#ui.click(tid('wb-clear-yes'));
  }

  async undo(): Promise<void> {
    await this.#ui.click(tid('wb-undo'));
  }

  async redo(): Promise<void> {
    await this.#ui.click(tid('wb-redo'));
  }

  // ---- the attribute table ----

  /** Shows a layer (a workbench layer id, or plan:<layer>) in the attribute table. */
  async showInTable(value: string): Promise<void> {
    await this.#ui.selectOption(tid('wb-table-layer'), value.startsWith('plan:') ? value : `work:${value}`);
  }

  async tableCountText(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-table-count'));
  }

  async filterTable(text: string): Promise<void> {
    await this.#ui.fill(tid('wb-table-filter'), text);
  }

  async waitForRowCount(count: number): Promise<void> {
    await this.#ui.waitForFunction((n) => document.querySelectorAll('[data-testid="wb-row"]').length === n, count);
  }

  /** Chooses a row of the table (the only one, the first, or by feature id). */
  async chooseRow(which: 'only' | 'first' | { id: string }): Promise<void> {
    if (which === 'only') await this.#ui.click(`${tid('wb-row')} .wb-row-button`);
    else if (which === 'first') await this.#ui.clickFirst(`${tid('wb-row')} .wb-row-button`);
    else await this.#ui.click(`[data-testid="wb-row"][data-id="${which.id}"] .wb-row-button`);
  }

  async sortBy(column: string): Promise<void> {
    await this.#ui.click(tid(`wb-sort-${column}`));
  }

  async rowIds(): Promise<(string | null)[]> {
    return this.#ui.attributeOfAll(tid('wb-row'), 'data-id');
  }

  async firstRowText(): Promise<string | null> {
    return this.#ui.firstTextContent(tid('wb-row'));
  }

  async tableImageCount(): Promise<number> {
    return this.#ui.count(`${tid('wb-table')} img`);
  }

  async isTableVisible(): Promise<boolean> {
    return this.#ui.isVisible(tid('wb-table'));
  }

  /** Scrolls a part of the workbench (e.g. wb-review, wb-table-section) into view. */
  async scrollTo(testId: string): Promise<void> {
    await this.#ui.scrollIntoView(tid(testId));
  }

  // ---- checks and exports ----

  /** Checks a layer against the parks and township seats. */
  async check(layerId: string): Promise<void> {
    await this.#ui.click(tid(`wb-check-${layerId}`));
  }

  async waitForCheckRow(): Promise<void> {
    await this.#ui.waitForFirst(tid('wb-check-row'));
  }

  async firstCheckRowText(): Promise<string | null> {
    return this.#ui.firstTextContent(tid('wb-check-row'));
  }

  /** Waits until the first check row's towns cell has its answer (the detail towns loaded). */
  async waitForTownsChecked(): Promise<void> {
    await this.#ui.waitForFirst('[data-testid="wb-check-towns"][data-ready="true"]', 30_000);
  }

  /** The first check row's towns cell: the 镇街 the shape lies in, with shares. */
  async firstTownsCellText(): Promise<string | null> {
    return this.#ui.firstTextContent(tid('wb-check-towns'));
  }

  async firstCheckRowKm2(): Promise<string | null> {
    return this.#ui.textContent(`${tid('wb-check-row')} >> nth=0 >> ${tid('wb-check-km2')}`);
  }

  /** Clicks an export button and returns the downloaded file's text. */
  async download(testId: string): Promise<{ name: string; text: string }> {
    const file = await this.#ui.download(tid(testId));
    return { name: file.name, text: file.bytes.toString('utf8') };
  }

  /** Clicks an export button and returns the downloaded file (name, path and bytes). */
  async downloadFile(testId: string): Promise<Downloaded> {
    return this.#ui.download(tid(testId));
  }

  /** The coordinate system the exports are written in (`epsg4544`, `epsg:32648`, `other`…). */
  async exportCrs(): Promise<string> {
    return this.#ui.inputValue(tid('wb-export-crs'));
  }

  /** Picks the exports' coordinate system with the keyboard: focus the picker, then type the EPSG code into "other" when given. */
  async chooseExportCrs(value: string, otherCode?: string): Promise<void> {
    await this.#ui.focus(tid('wb-export-crs'));
    await this.#ui.selectOption(tid('wb-export-crs'), value);
    if (otherCode !== undefined) {
      await this.#ui.focus(tid('wb-export-epsg'));
      await this.#ui.fill(tid('wb-export-epsg'), otherCode);
    }
  }

  async chooseExportEncoding(encoding: 'utf-8' | 'gbk'): Promise<void> {
    await this.#ui.selectOption(tid('wb-export-encoding'), encoding);
  }

  /** Clicks an export button that is expected to refuse, and returns the message it shows. */
  async exportRefused(testId: string): Promise<string | null> {
    await this.#ui.click(tid(testId));
    await this.#ui.waitFor(tid('wb-export-error'));
    return this.#ui.textContent(tid('wb-export-error'));
  }

  /** What the last Shapefile export said (the sets written, renamed fields…). */
  async exportReportText(): Promise<string | null> {
    await this.#ui.waitFor(tid('wb-export-report'));
    return this.#ui.textContent(tid('wb-export-report'));
  }

  // ---- tools: measure and draw ----

  async workbenchTool(tool: WorkbenchTool): Promise<void> {
    await this.#ui.click(tid(tool));
  }

  async toolPressed(tool: WorkbenchTool): Promise<string | null> {
    return this.#ui.attribute(tid(tool), 'aria-pressed');
  }

  async scrollToTool(tool: WorkbenchTool): Promise<void> {
    await this.#ui.scrollIntoView(tid(tool));
  }

  async measuredDistanceText(): Promise<string> {
    return (await this.#ui.textContent(tid('wb-measure-distance-value'))) ?? '';
  }

  async measuredAreaText(): Promise<string> {
    return (await this.#ui.textContent(tid('wb-measure-area-value'))) ?? '';
  }

  async measuredPointsText(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-measure-count'));
  }

  async undoMeasurePoint(): Promise<void> {
    await this.#ui.click(tid('wb-measure-undo'));
  }

  async clearMeasure(): Promise<void> {
    await this.#ui.click(tid('wb-measure-clear'));
  }

  /** Clicks the map at a WGS-84 longitude/latitude (to place a point of a tool, or choose a feature). */
  async clickMapAt(lon: number, lat: number): Promise<void> {
    const point = await this.#map.pagePointOf(lon, lat);
    await this.#ui.mouseClick(point.x, point.y);
  }

  /** Moves the mouse over the map at a longitude/latitude. */
  async hoverMapAt(lon: number, lat: number): Promise<void> {
    const point = await this.#map.pagePointOf(lon, lat);
    await this.#ui.mouseMove(point.x, point.y, 3);
  }

  /** Leaves the map with the pointer (to the page's top-left corner), so a live point drops out. */
  async leaveMap(): Promise<void> {
    await this.#ui.mouseMove(10, 10);
  }

  /** Drags with the mouse from one page point to another, via their midpoint. */
  async drag(from: PagePoint, to: PagePoint): Promise<void> {
    await this.#ui.mouseMove(from.x, from.y);
    await this.#ui.mouseDown();
    await this.#ui.mouseMove((from.x + to.x) / 2, (from.y + to.y) / 2, 5);
    await this.#ui.mouseMove(to.x, to.y, 5);
    await this.#ui.mouseUp();
  }

  // ---- the feature editor ----

  async featureName(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-feature-name'));
  }

  async waitForFeatureEditor(): Promise<void> {
    await this.#ui.waitFor(tid('wb-feature-name'));
  }

  /** Waits until the feature editor shows a feature of exactly this name. */
  async waitForFeatureNamed(name: string, timeout = 10_000): Promise<void> {
    await this.#ui.waitForText(tid('wb-feature-name'), name, { exact: true, timeout });
  }

  async attributeValue(key: string): Promise<string> {
    return this.#ui.inputValue(tid(`wb-attr-${key}`));
  }

  async setAttribute(key: string, value: string): Promise<void> {
    await this.#ui.fill(tid(`wb-attr-${key}`), value);
  }

  async saveAttributes(): Promise<void> {
    await this.#ui.click(tid('wb-save-attrs'));
  }

  // ---- redrawing a park ----

  /** Chooses a park to redraw and copies its outline into an editable shape. */
  async copyParkOutline(parkId: string): Promise<void> {
    await this.#ui.selectOption(tid('wb-redraw-park'), parkId);
    await this.#ui.click(tid('wb-copy-outline'));
  }

  async finishEdit(): Promise<void> {
    await this.#ui.click(tid('wb-finish-edit'));
  }

  async linkedPark(): Promise<string> {
    return this.#ui.inputValue(tid('wb-link-park'));
  }

  async parkPrechecksText(): Promise<string | null> {
    return this.#ui.textContent(tid('wb-park-prechecks'));
  }

  async setParkSource(source: string, licence: string): Promise<void> {
    await this.#ui.fill(tid('wb-park-source'), source);
    await this.#ui.fill(tid('wb-park-licence'), licence);
  }

  // ---- responsiveness while importing ----

  /**
   * Starts watching, while an import's progress is on screen, for a frame drawn (an animation
   * frame callback) and for each click the page handles. Events only: no counting against a clock.
   */
  async startWatchingFramesAndClicks(): Promise<void> {
    await this.#ui.evaluate(() => {
      const w = window as unknown as { __drewFrame: boolean; __clicks: boolean[] };
      w.__drewFrame = false;
      w.__clicks = [];
      const busy = () => Boolean(document.querySelector('[data-testid="wb-import-progress"]'));
      // Asks for the next frame until one comes while the import is running (then stops asking).
      const onFrame = () => {
        if (busy()) w.__drewFrame = true;
        else requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
      // Record, for each click the page handles, whether the import was still running.
      document.addEventListener('click', () => w.__clicks.push(busy()), true);
    });
  }

  /** Whether a frame was drawn while importing, and for each click handled, whether the import was running. */
  async framesAndClicks(): Promise<{ drewFrame: boolean; clicks: boolean[] }> {
    return this.#ui.evaluate(() => {
      const w = window as unknown as { __drewFrame: boolean; __clicks: boolean[] };
      return { drewFrame: w.__drewFrame, clicks: w.__clicks };
    });
  }
}
