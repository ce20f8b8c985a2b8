/**
 * The results feature (src/lazy/features.ts): the results store and schema, the results shown
 * beside targets, and the colouring of parks by share of target. Loaded after the first screen,
 * or at once by the views built on results (Targets tab, workbench).
 */
export { ResultsBeside, ResultsNotice } from './ui/common';
export { ParkShareLegend } from '../legend/ParkShareLegend';
export { ensureResultsLoaded, useResultsStore } from './store';
export { shownResults } from './status';
