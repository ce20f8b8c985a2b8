/**
 * tilesDriver (`app.tiles`): PMTiles layers in the workbench. Covers serving a deployment's
 * files at the app's own origin (deployment.json, archives, with HTTP range requests), the
 * responses the page got 404 for, opening an archive (file input, drop on the map, a layer the
 * deployment offers), a layer entry (status, zoom range, bounds, source layer, bytes read,
 * errors, "needs the file again"), the datum notice under AMap, the features drawn from tiles
 * and the clicked one's attributes, panning drag by drag (frames drawn per drag), and the page's JS heap.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { PagePoint } from './mapProbe';
import { cssString, tid, type PageHelper } from './playwright-helper';

/** A file a deployment serves: JSON text, a file on disk, or bytes. */
export type SiteFile = { text: string } | { path: string } | { buffer: Buffer };
/** A .pmtiles file to open: one on disk, or bytes under a name. */
export type TilesFile = { path: string } | { name: string; buffer: Buffer };
/** A feature drawn from a PMTiles layer: its style layer, attributes and (points) page position. */
export type TileFeature = { layer: string; properties: Record<string, unknown>; at: PagePoint | null };

const SETTLED = ['open', 'failed', 'needs-file', 'needs-permission'];

export class TilesDriver {
  readonly #ui: PageHelper;
  readonly #baseUrl: string;

  constructor(ui: PageHelper, baseUrl: string) {
    this.#ui = ui;
    this.#baseUrl = baseUrl;
  }

  #entry(name: string): string {
    return `[data-name=${cssString(name)}]`;
  }

  #inEntry(name: string, testId: string): string {
    return `${this.#entry(name)} >> ${tid(testId)}`;
  }

  // ---- the deployment's files ----

  /**
   * Serves files at the app's own origin, as a deployment folder would (deployment.json, archives),
   * answering HTTP range requests as a static server does. Nothing leaves the origin.
   */
  async serveSiteFiles(files: Record<string, SiteFile>): Promise<void> {
    for (const [name, content] of Object.entries(files)) {
      const url = new URL(name, new URL(this.#baseUrl)).toString();
      await this.#ui.intercept(url, async (request) => {
        if ('text' in content) {
          await request.fulfill({ status: 200, contentType: 'application/json', body: content.text });
          return;
        }
        const size = 'path' in content ? statSync(content.path).size : content.buffer.length;
        const read = (start: number, end: number): Buffer => {
          if ('buffer' in content) return content.buffer.subarray(start, end + 1);
          const out = Buffer.alloc(end - start + 1);
          const fd = openSync(content.path, 'r');
          try {
            readSync(fd, out, 0, out.length, start);
          } finally {
            closeSync(fd);
          }
          return out;
        };
        const headers = { 'accept-ranges': 'bytes', 'content-type': 'application/octet-stream' };
        if (request.method === 'HEAD') {
          await request.fulfill({ status: 200, headers: { ...headers, 'content-length': String(size) }, body: '' });
          return;
        }
        const range = /bytes=(\d+)-(\d*)/.exec(request.headers['range'] ?? '');
        if (!range) {
          await request.fulfill({ status: 200, headers, body: 'path' in content ? readFileSync(content.path) : content.buffer });
          return;
        }
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
        await request.fulfill({ status: 206, headers: { ...headers, 'content-range': `bytes ${start}-${end}/${size}` }, body: read(start, end) });
      });
    }
  }

  /** Records the address of every response with status 404 from now on; returns the (live) list. */
  recordNotFound(): string[] {
    const notFound: string[] = [];
    this.#ui.onResponse((status, url) => {
      if (status === 404) notFound.push(url);
    });
    return notFound;
  }

  // ---- opening archives ----

  /** Chooses a .pmtiles file in the workbench's one file chooser (its import's) and waits until it is open or refused; returns its status. */
  async openFile(file: TilesFile): Promise<string> {
    const input = tid('wb-file-input');
    if ('path' in file) await this.#ui.setInputFilePath(input, file.path);
    else await this.#ui.setInputFile(input, { name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    return this.waitForLayer('path' in file ? file.path.split('/').pop()! : file.name);
  }

  /** Waits until the PMTiles layer of this name is open or has failed (or needs its file or a permission); returns its status. */
  async waitForLayer(name: string): Promise<string> {
    const entry = `[data-testid^="tl-layer-"]${this.#entry(name)}`;
    await this.#ui.waitFor(`${entry}:is(${SETTLED.map((s) => `[data-status="${s}"]`).join(', ')})`, 'visible', 60_000);
    return (await this.#ui.attribute(entry, 'data-status')) ?? '';
  }

  /** Drops a binary file onto the map, as dragging it from the desktop does (returns at once). */
  async dropOnMap(name: string, buffer: Buffer): Promise<void> {
    await this.#ui.dropBytes(tid('map'), name, buffer);
  }

  /** Opens one of the layers the deployment offers, by its address; returns its status. */
  async openOffered(url: string, name: string): Promise<string> {
    await this.#ui.click(`[data-testid="tl-open-offered"][data-url=${cssString(url)}]`);
    return this.waitForLayer(name);
  }

  // ---- a layer's entry ----

  /** The entry's “zoom in to see this layer” advice, or null while there is none. */
  async zoomAdviceText(name: string): Promise<string | null> {
    const selector = this.#inEntry(name, 'tl-zoom-advice');
    return (await this.#ui.count(selector)) > 0 ? this.#ui.textContent(selector) : null;
  }

  /** Waits until the entry shows (or no longer shows) the zoom advice. */
  async waitForZoomAdvice(name: string, shown: boolean): Promise<void> {
    await this.#ui.waitFor(this.#inEntry(name, 'tl-zoom-advice'), shown ? 'visible' : 'detached');
  }

  /** Whether the advice sits in a live region (role="status"), so a screen reader announces it. */
  async zoomAdviceAnnounced(name: string): Promise<boolean> {
    return (await this.#ui.count(`${this.#entry(name)} [role="status"] >> ${tid('tl-zoom-advice')}`)) === 1;
  }

  /** Clicks the advice's own button (zoom in to the layer). */
  async clickZoomIn(name: string): Promise<void> {
    await this.#ui.click(this.#inEntry(name, 'tl-zoom-in'));
  }

  /** Clicks the entry's “Zoom to layer”. */
  async clickFit(name: string): Promise<void> {
    await this.#ui.click(this.#inEntry(name, 'tl-fit'));
  }

  async zoomText(name: string): Promise<string | null> {
    return this.#ui.textContent(this.#inEntry(name, 'tl-zoom'));
  }

  async boundsText(name: string): Promise<string | null> {
    return this.#ui.textContent(this.#inEntry(name, 'tl-bounds'));
  }

  /** The archive's source layer as the entry names it (`data-layer`). */
  async sourceLayerName(name: string): Promise<string | null> {
    return this.#ui.attribute(this.#inEntry(name, 'tl-source-layer'), 'data-layer');
  }

  /** The source layer's geometry type as the entry gives it (`data-geometry`). */
  async sourceLayerGeometry(name: string): Promise<string | null> {
    return this.#ui.attribute(this.#inEntry(name, 'tl-source-layer'), 'data-geometry');
  }

  /** The source layer's line as the user reads it (name, geometry, feature count). */
  async sourceLayerText(name: string): Promise<string | null> {
    return this.#ui.textContent(this.#inEntry(name, 'tl-source-layer'));
  }

  /**
   * Bytes of the archive read so far, as the entry's counter shows them once it has caught up
   * with what the map's archives have really read (the counter refreshes on a timer of its own):
   * waits until the number shown is one of the archives' own counts, read through the map hook.
   */
  async bytesRead(name: string): Promise<number> {
    const counter = `[data-testid^="tl-layer-"]${this.#entry(name)} [data-testid="tl-read"]`;
    await this.#ui.waitForFunction(
      async (css) => {
        const shown = Number(document.querySelector(css)?.getAttribute('data-read'));
        const read = Object.values(await window.__yongchuanMap!.tileBytesRead());
        return shown > 0 && read.includes(shown);
      },
      counter,
      30_000,
    );
    return Number(await this.#ui.attribute(this.#inEntry(name, 'tl-read'), 'data-read'));
  }

  /** Why the layer failed, as its entry says. */
  async errorText(name: string): Promise<string | null> {
    return this.#ui.textContent(this.#inEntry(name, 'tl-error'));
  }

  /** The first term of the entry's details (a raster archive's tile type). */
  async firstDetailTerm(name: string): Promise<string | null> {
    return this.#ui.firstTextContent(`${this.#entry(name)} dt`);
  }

  /** How many entries carry this name. */
  async entryCount(name: string): Promise<number> {
    return this.#ui.count(this.#entry(name));
  }

  /** The notice that a local file must be chosen again (after a reload). */
  async needsFileText(): Promise<string | null> {
    return this.#ui.textContent(tid('tl-needs-file'));
  }

  /**
   * Waits until the workbench has saved its PMTiles layers (it saves a moment after the last
   * change): until the record in IndexedDB names exactly the layers the workbench lists.
   */
  async waitForSaved(): Promise<void> {
    await this.#ui.waitForFunction(
      async ({ db, store, key }) => {
        const listed = [...document.querySelectorAll('[data-testid^="tl-layer-"][data-name]')].map((e) => e.getAttribute('data-name')).sort();
        const record = await new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readonly');
            const request = tx.objectStore(store).get(key);
            tx.oncomplete = () => {
              open.result.close();
              resolve(request.result);
            };
            tx.onerror = () => reject(tx.error);
          };
        });
        const saved = ((record as { layers?: { name: string }[] } | undefined)?.layers ?? []).map((l) => l.name).sort();
        return listed.length > 0 && JSON.stringify(saved) === JSON.stringify(listed);
      },
      { db: 'keyval-store', store: 'keyval', key: 'yongchuan-tiles-v1' },
      10_000,
    );
  }

  // ---- the datum notice ----

  /** The notice that PMTiles layers are hidden under a basemap in another datum (GCJ-02). */
  async datumHiddenText(): Promise<string | null> {
    return this.#ui.textContent(tid('tl-datum-hidden'));
  }

  async datumHiddenCount(): Promise<number> {
    return this.#ui.count(tid('tl-datum-hidden'));
  }

  /** Waits until some PMTiles layer is in the map's style again. */
  async waitForLayersOnMap(timeout = 10_000): Promise<void> {
    await this.#ui.waitForFunction(() => window.__yongchuanMap!.map.getStyle().layers.some((l) => l.id.startsWith('tiles-')), undefined, timeout);
  }

  // ---- what the import saw of a dropped archive ----

  /** How many import errors the workbench shows (a .pmtiles drop must not be taken for an import). */
  async importErrorCount(): Promise<number> {
    return this.#ui.count(tid('wb-import-error'));
  }

  /** How many import reviews the workbench shows. */
  async importReviewCount(): Promise<number> {
    return this.#ui.count(tid('wb-review'));
  }

  /** The import drop zone's class (it holds `dragging` while a drag is over). */
  async dropZoneClass(): Promise<string | null> {
    return this.#ui.attribute(tid('wb-drop'), 'class');
  }

  // ---- on the map ----

  /** Waits until the map's credits show this text (an opened archive's attribution, as text). */
  async waitForAttributionText(text: string, timeout = 10_000): Promise<void> {
    await this.#ui.waitForFunction((wanted) => document.querySelector('.maplibregl-ctrl-attrib')?.textContent?.includes(wanted) ?? false, text, timeout);
  }

  /** The addresses of the links in the map's credits. */
  async attributionLinks(): Promise<(string | null)[]> {
    return this.#ui.attributeOfAll('.maplibregl-ctrl-attrib a', 'href');
  }

  /** Features the map draws now from PMTiles layers, with their attributes (and, for points, where they sit on the page). */
  async renderedFeatures(): Promise<TileFeature[]> {
    return this.#ui.evaluate(() => {
      const map = window.__yongchuanMap!.map;
      const layers = map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('tiles-'));
      const rect = map.getCanvas().getBoundingClientRect();
      return map.queryRenderedFeatures({ layers }).map((f) => {
        const point = f.geometry.type === 'Point' ? map.project(f.geometry.coordinates as [number, number]) : null;
        return { layer: f.layer.id, properties: { ...f.properties }, at: point ? { x: rect.left + point.x, y: rect.top + point.y } : null };
      });
    });
  }

  /** Attributes the workbench shows for the clicked PMTiles feature (waits for the inspector). */
  async inspectedAttributes(): Promise<Record<string, string>> {
    await this.#ui.waitFor(tid('tl-inspect'), 'visible', 10_000);
    const keys = await this.#ui.attributeOfAll(tid('tl-attribute'), 'data-key');
    const values = await this.#ui.attributeOfAll(tid('tl-attribute'), 'data-value');
    return Object.fromEntries(keys.map((key, i) => [key ?? '', values[i] ?? '']));
  }

  /**
   * Drags the map `drags` times as a user pans, back and forth, and reports for each drag whether
   * the camera moved and how many frames the map drew for it (its `render` events from the press
   * until the drag's `moveend`), with the intervals between those frames in ms (a figure to print,
   * not to assert: it depends on the machine). Each drag is awaited on the map's `moveend`, never
   * on a clock.
   */
  async panDrags(drags: number): Promise<{ moved: boolean; frames: number; intervals: number[] }[]> {
    const box = (await this.#ui.box(tid('map')))!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const results: { moved: boolean; frames: number; intervals: number[] }[] = [];
    for (let step = 0; step < drags; step++) {
      await this.#ui.evaluate(() => {
        const map = window.__yongchuanMap!.map;
        const pan = { frames: 0, times: [] as number[], ended: false, before: map.getCenter().toArray() };
        (window as unknown as { __pan: typeof pan }).__pan = pan;
        const onRender = () => {
          pan.frames++;
          pan.times.push(performance.now());
        };
        map.on('render', onRender);
        map.once('moveend', () => {
          map.off('render', onRender);
          pan.ended = true;
        });
      });
      const dx = step % 2 === 0 ? 220 : -220;
      await this.#ui.mouseMove(cx, cy);
      await this.#ui.mouseDown();
      await this.#ui.mouseMove(cx + dx, cy + (step % 3) * 40 - 40, 12);
      await this.#ui.mouseUp();
      // MapLibre ends a mouse drag on the next move without a button (headless Chromium sends no other cue).
      await this.#ui.mouseMove(cx + dx + 5, cy + 5, 2);
      await this.#ui.waitForFunction(() => (window as unknown as { __pan: { ended: boolean } }).__pan.ended, undefined, 30_000);
      results.push(
        await this.#ui.evaluate(() => {
          const pan = (window as unknown as { __pan: { frames: number; times: number[]; before: [number, number] } }).__pan;
          const after = window.__yongchuanMap!.map.getCenter().toArray();
          return {
            moved: after[0] !== pan.before[0] || after[1] !== pan.before[1],
            frames: pan.frames,
            intervals: pan.times.slice(1).map((t, i) => t - pan.times[i]!),
          };
        }),
      );
    }
    return results;
  }

  /** The page's JavaScript heap in use, in MB (Chromium's own figure, after a garbage collection). */
  async heapUsedMb(): Promise<number> {
    return this.#ui.heapUsedMb();
  }
}
