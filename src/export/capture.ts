import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';

/**
 * A copy of what the map shows. WebGL clears its drawing buffer after each frame, so the
 * copy is taken inside a 'render' event, while the frame is still there.
 */
export function captureMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        const context = copy.getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        context.drawImage(source, 0, 0);
        resolve(copy);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}

function idle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/** A snapshot framed on `bounds` (or the current view); the view is put back afterwards. */
export async function snapshotOf(map: MapLibreMap, bounds: LngLatBoundsLike | null): Promise<string> {
  const before = { center: map.getCenter(), zoom: map.getZoom() };
  if (bounds) {
    const camera = map.cameraForBounds(bounds, { padding: 40, maxZoom: 13 });
    if (camera) map.jumpTo(camera);
  }
  await idle(map);
  const canvas = await captureMap(map);
  if (bounds) map.jumpTo(before);
  return canvas.toDataURL('image/png');
}
