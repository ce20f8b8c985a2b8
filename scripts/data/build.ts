/**
 * npm run data:build — regenerates geodata/*.geojson from the npm sources, the plan's
 * cluster levels and the schematic placement rules. Deterministic: running it twice
 * gives byte-identical files. Features a planner marked 'official-outline' or
 * 'surveyed' in parks/subparks/hubs are kept (see geodata/README.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLayers } from './pipeline';
import { readInputs } from './sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

try {
  const { files, summary } = await buildLayers(await readInputs(root));
  for (const [file, text] of Object.entries(files)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${file} (${text.length} bytes)`);
  }
  console.log(
    `district: ${summary.districtAreaKm2.toFixed(1)} km², ${summary.districtVertices} vertices; ` +
      Object.entries(summary.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
  );
  console.log(
    `towns: ${summary.townVertices.display} display / ${summary.townVertices.detail} detail vertices; removed slivers: ` +
      (summary.removedTownParts.map((p) => `${p.code9} ${p.km2.toFixed(4)} km²`).join(', ') || 'none'),
  );
  if (summary.kept.length) console.log(`kept planner-supplied features: ${summary.kept.join(', ')}`);
} catch (e) {
  console.error(`data:build failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
