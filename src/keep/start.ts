/** Starts keeping work for this page (once): which tab keeps it, and writing at once when the page is hidden. */
import { flushAll, flushWhenHidden, takeOverAll } from './keeper';
import { coordinateTabs } from './tabs';

let started = false;

export function startKeeping(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  coordinateTabs(takeOverAll, flushAll);
  flushWhenHidden();
}
