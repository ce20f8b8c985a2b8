import type { MapController } from './MapController';

let active: MapController | null = null;

/** The map on screen, for features that read it (export, print snapshots); null before it loads. */
export function activeMap(): MapController | null {
  return active;
}

export function setActiveMap(controller: MapController | null): void {
  active = controller;
}
