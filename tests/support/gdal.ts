/**
 * GDAL as the judge of the exports (the reader behind QGIS): files written to a temporary
 * folder outside the repository and read with `ogr2ogr`/`ogrinfo` from Debian's gdal-bin,
 * which `.ci/run` installs. Without it the GDAL tests fail under CI=true and are skipped,
 * with a message saying so, elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';

function found(): boolean {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

export const GDAL_AVAILABLE = found();
export const GDAL_REQUIRED = process.env['CI'] === 'true';
export const GDAL_MISSING_MESSAGE =
  'GDAL (ogrinfo/ogr2ogr) is not installed: the exports are not judged by GDAL. Install it with `apt-get install gdal-bin` (.ci/run does).';

if (!GDAL_AVAILABLE && !GDAL_REQUIRED) console.warn(`SKIPPED: ${GDAL_MISSING_MESSAGE}`);

/** A folder in the system's temporary directory for one test file's exports; removed by `done`. */
export function tempFolder(): { path: (name: string) => string; write: (name: string, bytes: Uint8Array | string) => string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'yongchuan-gdal-'));
  return {
    path: (name) => join(dir, name),
    write: (name, bytes) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      return file;
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface OgrLayer {
  features: Feature<Geometry | null, Record<string, unknown>>[];
}

/** What GDAL reads from a file (or one layer of it), as GeoJSON, with no reprojection. */
export function ogrRead(source: string, options: { layer?: string; open?: string[]; config?: Record<string, string> } = {}): OgrLayer {
  const args = ['-f', 'GeoJSON', '/vsistdout/', source, ...(options.open ?? []).flatMap((o) => ['-oo', o]), ...(options.layer ? [options.layer] : [])];
  const out = execFileSync('ogr2ogr', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.config }, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as OgrLayer;
}

/** `ogrinfo -so` of a layer: its summary text (fields, SRS). */
export function ogrSummary(source: string, layer: string, config: Record<string, string> = {}): string {
  return execFileSync('ogrinfo', ['-so', '-ro', source, layer], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...config } });
}

/** The names of the layers GDAL finds in a file. */
export function ogrLayers(source: string): string[] {
  const out = execFileSync('ogrinfo', ['-ro', '-q', source], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return [...out.matchAll(/^\d+: (.+?) \(/gm)].map((m) => m[1]!);
}

/** The EPSG code GDAL identifies for a layer's coordinate system (the last ID of its WKT), or null. */
export function ogrEpsg(source: string, layer: string): number | null {
  const text = ogrSummary(source, layer);
  const wkt = text.split('Layer SRS WKT:')[1]?.split(/Data axis to CRS axis mapping/)[0] ?? '';
  const ids = [...wkt.matchAll(/ID\["EPSG",(\d+)\]\]\s*$/g)];
  return ids.length ? Number(ids[ids.length - 1]![1]) : null;
}

/** Field name -> GDAL type ("String", "Real", "Integer"…) of a layer. */
export function ogrFieldTypes(source: string, layer: string): Record<string, string> {
  const text = ogrSummary(source, layer);
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?): (String|Real|Integer|Integer64|Date|DateTime|Time|Integer\(Boolean\))\s*\(/gm)) out[m[1]!] = m[2]!;
  return out;
}
