/**
 * Makes the end-to-end tests' generated fixtures ahead of them (`npm test` runs this while the
 * unit tests and the builds run): the million-point PMTiles archive, kept in .tmp/pmtiles/<hash>/
 * (tests/support/pmtiles/archives.ts). A no-op when the cache already holds it.
 */
import { cachedPointArchive } from '../../tests/support/pmtiles/archives';

const started = performance.now();
const archive = cachedPointArchive(1_000_000);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  archive.generated
    ? `fixtures: made the 1M-point archive (${(archive.bytes / 1e6).toFixed(1)} MB) in ${seconds} s: ${archive.path}`
    : `fixtures: the 1M-point archive is cached: ${archive.path}`,
);
