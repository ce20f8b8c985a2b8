/**
 * The only part of the workbench in the first-load bundle: it loads the workbench
 * (parsers, proj4, terra-draw…) on demand, and at start only when earlier work was saved
 * (or kept aside as a backup, which the workbench then offers).
 */
import type { GeoData } from '../data/geodata';
import { hasKept } from '../keep/keeper';
import { workbenchRecord } from './keptRecord';

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
  void hasKept(workbenchRecord).then((has) => {
    if (has) void loadWorkbench(data).catch(() => undefined); // the panel reports failures when opened
  });
}
