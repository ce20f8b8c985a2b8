/**
 * The only part of the workbench in the first-load bundle: it loads the workbench
 * (parsers, proj4, terra-draw…) on demand, and at start only when earlier work was saved.
 */
import type { GeoData } from '../data/geodata';
import { hasSavedWork } from './persist';

type Runtime = typeof import('./runtime');

let loading: Promise<Runtime> | null = null;

export function loadWorkbench(data: GeoData): Promise<Runtime> {
  loading ??= import('./runtime').then(async (runtime) => {
    await runtime.startWorkbench(data);
    return runtime;
  });
  return loading;
}

/** Brings saved work back on the map after a reload, without waiting for the panel. */
export function bootWorkbench(data: GeoData): void {
  void hasSavedWork().then((has) => {
    if (has) void loadWorkbench(data).catch(() => undefined); // the panel reports failures when opened
  });
}
