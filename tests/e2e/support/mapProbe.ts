/**
 * mapProbe (`app.map`): what the map draws and where, read through the app's one test hook,
 * `window.__yongchuanMap` ({ map, datum(), project(wgs84) }). Covers: waiting for idle, style
 * layers, rendered features, feature-state, page points of coordinates (and the on-page box of
 * whole geometries), the camera (jumps, centre, bounds, recorded jumps), tiles loaded, source data
 * and the cursor.
 */
import type { PageHelper } from './playwright-helper';

export type PagePoint = { x: number; y: number };
/** A rectangle in page coordinates, by its edges. */
export type PageRect = { left: number; top: number; right: number; bottom: number };

export class MapProbe {
  readonly #ui: PageHelper;

  constructor(ui: PageHelper) {
    this.#ui = ui;
  }

  /** Resolves when the map has loaded its style and data and finished any movement. */
  async waitForIdle(): Promise<void> {
    await this.#ui.waitForFunction(() => window.__yongchuanMap !== undefined, undefined, 60_000);
    await this.#ui.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__yongchuanMap!.map;
          const done = () => resolve();
          if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
            // Still wait for one idle so the latest state has rendered.
            map.once('idle', done);
            map.triggerRepaint();
          } else {
            map.once('idle', done);
          }
        }),
    );
  }

  /** Whether the map program has not yet created the map (the test hook is absent). */
  async isAbsent(): Promise<boolean> {
    return this.#ui.evaluate(() => window.__yongchuanMap === undefined);
  }

  async styleLayerIds(): Promise<string[]> {
    return this.#ui.evaluate(() => window.__yongchuanMap!.map.getStyle().layers.map((layer) => layer.id));
  }

  /** The `id` property of every feature drawn in a style layer. */
  async renderedFeatureIds(layerId: string): Promise<string[]> {
    return this.renderedProperty(layerId, 'id').then((values) => values.map(String));
  }

  /** One property of every feature drawn in a style layer. */
  async renderedProperty(layerId: string, property: string): Promise<unknown[]> {
    return this.#ui.evaluate(
      ([id, key]) => window.__yongchuanMap!.map.queryRenderedFeatures({ layers: [id] }).map((feature) => feature.properties[key] as unknown),
      [layerId, property] as const,
    );
  }

  async featureState(source: string, id: string, key: string): Promise<unknown> {
    return this.#ui.evaluate(
      ([src, featureId, flag]) => window.__yongchuanMap!.map.getFeatureState({ source: src, id: featureId })[flag] as unknown,
      [source, id, key] as const,
    );
  }

  /** Waits until a feature-state key of a feature is true. */
  async waitForFeatureState(source: string, id: string, key: string): Promise<void> {
    await this.#ui.waitForFunction(
      ([src, featureId, flag]) => window.__yongchuanMap!.map.getFeatureState({ source: src, id: featureId })[flag] === true,
      [source, id, key] as const,
    );
  }

  async globalState(key: string): Promise<unknown> {
    return this.#ui.evaluate((k) => window.__yongchuanMap!.map.getGlobalState()[k] as unknown, key);
  }

  async cursor(): Promise<string> {
    return this.#ui.evaluate(() => window.__yongchuanMap!.map.getCanvas().style.cursor);
  }

  /** Where a WGS-84 longitude/latitude is on the page, in the map's current view and datum. */
  async pagePointOf(lon: number, lat: number): Promise<PagePoint> {
    return this.#ui.evaluate(
      ([x, y]) => {
        const hook = window.__yongchuanMap!;
        const p = hook.project([x, y]);
        const rect = hook.map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      [lon, lat] as const,
    );
  }

  /** The on-page bounding box of WGS-84 geometries, projected through the map as it is drawn now. */
  async screenBoxOf(geometries: GeoJSON.Geometry[]): Promise<PageRect> {
    const positions = geometries.flatMap(function flat(geometry: GeoJSON.Geometry): number[][] {
      if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(flat);
      return (geometry.coordinates as unknown as unknown[]).flat(3).reduce<number[][]>((out, value, index, all) => {
        if (index % 2 === 0) out.push([value as number, all[index + 1] as number]);
        return out;
      }, []);
    });
    return this.#ui.evaluate((points) => {
      const hook = window.__yongchuanMap!;
      const canvas = hook.map.getCanvas().getBoundingClientRect();
      const projected = points.map((p) => hook.project(p as [number, number]));
      const xs = projected.map((p) => canvas.left + p.x);
      const ys = projected.map((p) => canvas.top + p.y);
      return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
    }, positions);
  }

  /** Where a longitude/latitude in the map's own datum is on the page (no datum conversion). */
  async pagePointOfDrawn(lon: number, lat: number): Promise<PagePoint> {
    return this.#ui.evaluate(
      ([x, y]) => {
        const map = window.__yongchuanMap!.map;
        const p = map.project([x, y]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      [lon, lat] as const,
    );
  }

  /** Where a rendered feature's symbol sits on the page (a point layer's feature, by a property). */
  async symbolOnPage(layerId: string, property: string, value: string): Promise<PagePoint | null> {
    return this.#ui.evaluate(
      ([layer, key, wanted]) => {
        const map = window.__yongchuanMap!.map;
        const feature = map.queryRenderedFeatures({ layers: [layer] }).find((f) => String(f.properties[key]) === wanted);
        if (!feature || feature.geometry.type !== 'Point') return null;
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        const p = map.project([lon, lat]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      [layerId, property, value] as const,
    );
  }

  /**
   * A point on the canvas, in page coordinates, where a click hits only the given park's
   * shape (no point symbol or sub-park on top of it).
   */
  async clearPointOnPark(parkId: string): Promise<PagePoint> {
    const point = await this.#ui.evaluate((id) => {
      const map = window.__yongchuanMap!.map;
      const canvas = map.getCanvas().getBoundingClientRect();
      const others = ['clusters-circle', 'clusters-ring', 'subparks-point', 'subparks-fill', 'hubs-point', 'townships-dot'];
      for (let y = 10; y < canvas.height - 10; y += 6) {
        for (let x = 10; x < canvas.width - 10; x += 6) {
          const hits = map.queryRenderedFeatures([x, y]);
          const park = hits.find((f) => f.layer.id === 'parks-fill' && f.properties.id === id);
          const blocked = hits.some((f) => others.includes(f.layer.id));
          if (park && !blocked) {
            // Keep clear of the edges of the shape, where a label might sit.
            const around = [
              [x + 6, y],
              [x - 6, y],
              [x, y + 6],
              [x, y - 6],
            ].every(([px, py]) =>
              map.queryRenderedFeatures([px!, py!]).some((f) => f.layer.id === 'parks-fill' && f.properties.id === id),
            );
            if (around) return { x: canvas.left + x, y: canvas.top + y };
          }
        }
      }
      return null;
    }, parkId);
    if (!point) throw new Error(`no clear point on park ${parkId} in the current view`);
    return point;
  }

  /** The coordinates of a point feature of a GeoJSON source, as the map holds them (its datum). */
  async sourcePoint(source: string, id: string): Promise<number[] | undefined> {
    return this.#ui.evaluate(
      async ([src, featureId]) => {
        const data = await (window.__yongchuanMap!.map.getSource(src) as unknown as { getData: () => Promise<GeoJSON.FeatureCollection> }).getData();
        const feature = data.features.find((f) => f.properties?.id === featureId);
        return (feature?.geometry as GeoJSON.Point | undefined)?.coordinates;
      },
      [source, id] as const,
    );
  }

  /** The camera's centre, in the map's datum. */
  async centre(): Promise<[number, number]> {
    return this.#ui.evaluate(() => {
      const { lng, lat } = window.__yongchuanMap!.map.getCenter();
      return [lng, lat] as [number, number];
    });
  }

  /**
   * Clicks the element and reports, once the map is idle again, whether the camera moved and
   * whether any of its moves was animated. Decided on map events, not frame counts: a jump
   * fires movestart, move and moveend within one task, while an animation's moveend comes in
   * a later frame however slow the machine is; so a move still unfinished when the task of
   * its movestart ends (a microtask queued there) is an animated one.
   */
  async cameraMovesAfterClicking(selector: string): Promise<{ moved: boolean; animated: boolean }> {
    return this.#ui.evaluate(
      (css) =>
        new Promise<{ moved: boolean; animated: boolean }>((resolve) => {
          const map = window.__yongchuanMap!.map;
          let moves = 0;
          let animated = false;
          let ended = true;
          const onStart = () => {
            moves++;
            ended = false;
            queueMicrotask(() => {
              if (!ended) animated = true;
            });
          };
          const onEnd = () => {
            ended = true;
          };
          const onIdle = () => {
            if (moves === 0) return;
            map.off('movestart', onStart);
            map.off('moveend', onEnd);
            map.off('idle', onIdle);
            resolve({ moved: true, animated });
          };
          map.on('movestart', onStart);
          map.on('moveend', onEnd);
          map.on('idle', onIdle);
          (document.querySelector(css) as HTMLElement).click();
        }),
      selector,
    );
  }

  /** The map's visible bounds as [[west, south], [east, north]], in the map's datum. */
  async bounds(): Promise<[[number, number], [number, number]]> {
    return this.#ui.evaluate(() => window.__yongchuanMap!.map.getBounds().toArray() as [[number, number], [number, number]]);
  }

  /** The map's zoom now. */
  async zoom(): Promise<number> {
    return this.#ui.evaluate(() => window.__yongchuanMap!.map.getZoom());
  }

  /** Waits until every tile the map needs for the current view has loaded. */
  async waitForTilesLoaded(timeout = 30_000): Promise<void> {
    await this.#ui.waitForFunction(() => window.__yongchuanMap!.map.areTilesLoaded(), undefined, timeout);
  }

  /** Moves the camera (centre in the map's own datum) and waits for idle. */
  async jumpTo(lon: number, lat: number, zoom: number): Promise<void> {
    await this.#ui.evaluate(([x, y, z]) => window.__yongchuanMap!.map.jumpTo({ center: [x, y], zoom: z }), [lon, lat, zoom] as const);
    await this.waitForIdle();
  }

  /** Moves the camera to a WGS-84 position, in whatever datum the map draws in. */
  async jumpToWgs84(lon: number, lat: number, zoom: number): Promise<void> {
    await this.#ui.evaluate(
      ([x, y, z]) => {
        const hook = window.__yongchuanMap!;
        const p = hook.project([x, y]);
        hook.map.jumpTo({ center: hook.map.unproject([p.x, p.y]), zoom: z });
      },
      [lon, lat, zoom] as const,
    );
    await this.waitForIdle();
  }

  /**
   * Records where the camera comes to rest after each move from now on (centre and zoom at
   * every `moveend`, in the map's own datum). Listens to the map's events; nothing is patched.
   */
  async recordCameraMoves(): Promise<() => Promise<{ center: [number, number]; zoom: number }[]>> {
    await this.#ui.evaluate(() => {
      const map = window.__yongchuanMap!.map;
      const moves: { center: [number, number]; zoom: number }[] = [];
      (window as unknown as { cameraMoves: typeof moves }).cameraMoves = moves;
      map.on('moveend', () => {
        const { lng, lat } = map.getCenter();
        moves.push({ center: [lng, lat], zoom: map.getZoom() });
      });
    });
    return () => this.#ui.evaluate(() => (window as unknown as { cameraMoves: { center: [number, number]; zoom: number }[] }).cameraMoves);
  }

  /** Whether the given parks are drawn in the part of the map above the element `selector` (e.g. the tour card). */
  async parksDrawnAbove(selector: string, parkIds: string[]): Promise<boolean> {
    return this.#ui.evaluate(
      ([css, wanted]) => {
        const map = window.__yongchuanMap!.map;
        const card = document.querySelector(css)!.getBoundingClientRect();
        const canvas = map.getCanvas().getBoundingClientRect();
        const ids = new Set(
          map
            .queryRenderedFeatures([
              [0, 0],
              [canvas.width, card.top - canvas.top],
            ], { layers: ['parks-fill'] })
            .map((f) => String(f.properties.id)),
        );
        return wanted.every((id) => ids.has(id));
      },
      [selector, parkIds] as const,
    );
  }

  /** Whether the map's source `work` holds features of each of the planner's layers. */
  async waitForWorkLayers(layerIds: string[]): Promise<void> {
    await this.#ui.waitForFunction(
      (ids) => {
        const keys = window.__yongchuanMap!.map.querySourceFeatures('work').map((f) => String(f.properties['__key']));
        return ids.every((id) => keys.some((key) => key.startsWith(`${id}/`)));
      },
      layerIds,
      30_000,
    );
  }
}
