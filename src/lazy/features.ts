/**
 * The app's lazily loaded features (see feature.ts): each is a chunk of its own, fetched on
 * first use, never with the first screen (tests/e2e/lazy-features.e2e.test.ts checks both).
 */
import { lazyFeature } from './feature';

export const industriesFeature = lazyFeature('industries', () => import('../panels/IndustriesPanel'));
export const compareFeature = lazyFeature('compare', () => import('../panels/ComparePanel'));
export const indicatorsFeature = lazyFeature('indicators', () => import('../panels/IndicatorsPanel'));
/** The workbench's panel; its runtime (parsers, projections, drawing) is loaded by src/workbench/boot.ts. */
export const workbenchFeature = lazyFeature('workbench', () => import('../workbench/ui/Workbench'));
/** Results beside the targets, their store and schema, parks coloured by results. */
export const resultsFeature = lazyFeature('results', () => import('../results/feature'));
export const exportFeature = lazyFeature('export', () => import('../export/feature'));
export const tourFeature = lazyFeature('tour', () => import('../tour/TourOverlay'));
