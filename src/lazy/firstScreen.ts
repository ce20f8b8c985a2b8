/**
 * The moment the first screen is done: the map is first idle on its view, or it cannot be drawn
 * (no WebGL, its code failed to load). What the first screen shows but does not need at once (the
 * results beside the targets, parks coloured by results) waits for it, so that it does not compete
 * with the first screen for the network (scripts/bench/firstLoad.ts measures up to that moment).
 */
let done: () => void = () => undefined;
const firstScreen = new Promise<void>((resolve) => {
  done = resolve;
});

/** Called by the map once it is first idle or has failed; later calls do nothing. */
export function firstScreenDone(): void {
  done();
}

export function afterFirstScreen(): Promise<void> {
  return firstScreen;
}
