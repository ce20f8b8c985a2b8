import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStyle, LAYER_IDS, missingLayerIds, referencedLayerIds } from '../../src/map/style';
import { testGeoData } from '../support/geoData';

/** MapLibre methods that change the style, feature-state or camera. */
const MAP_CHANGES =
  /\.(setPaintProperty|setLayoutProperty|addLayer|removeLayer|addSource|removeSource|setFeatureState|removeFeatureState|setFilter|flyTo|fitBounds|jumpTo|easeTo|panTo|zoomTo|zoomIn|zoomOut|rotateTo|resetNorth|setZoom|setCenter|setBearing|setPitch|setGlobalStateProperty|setStyle|moveLayer|setData|setLayerZoomRange|addImage|removeImage|setSprite|setLight|setSky|setTerrain|setProjection|setMaxBounds)\(/;

/** Modules that hand out MapLibre itself (the library, its plugins and adapters). */
const MAPLIBRE_MODULE = /^(maplibre-gl|@maplibre\/|terra-draw-maplibre-gl-adapter)/;

/** One `import … from`, `export … from`, bare `import '…'` or `import('…')` of a module, and whether it is type-only. */
interface ModuleReference {
  module: string;
  typeOnly: boolean;
  statement: string;
}

/** Every module reference in a source text, statement by statement (comments removed first). */
function moduleReferences(text: string): ModuleReference[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const references: ModuleReference[] = [];
  const statements = /\b(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of code.matchAll(statements)) {
    const [statement, , type, , fromModule, bareModule, dynamicModule] = match;
    // `import { type A }` still loads the module at run time (verbatimModuleSyntax keeps it): only `import type` is type-only.
    references.push({ module: fromModule ?? bareModule ?? dynamicModule ?? '', typeOnly: type !== undefined, statement });
  }
  return references;
}

/** Value (run-time) imports of MapLibre in a source text. */
function maplibreValueImports(text: string): string[] {
  return moduleReferences(text)
    .filter((ref) => MAPLIBRE_MODULE.test(ref.module) && !ref.typeOnly)
    .map((ref) => ref.statement);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('one owner of the map', () => {
  const files = sourceFiles('src').map((path) => ({ path: relative('.', path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
  const changers = files.filter((file) => MAP_CHANGES.test(file.text)).map((file) => file.path);

  it('exactly one file, src/map/MapOwner.ts, changes MapLibre’s style, feature-state or camera', () => {
    expect(changers).toEqual(['src/map/MapOwner.ts']);
  });

  it('the rule sees a stray call (it can fail)', () => {
    expect(MAP_CHANGES.test('map.setFeatureState({ source, id }, { selected: true })')).toBe(true);
    expect(MAP_CHANGES.test('this.map.easeTo({ center })')).toBe(true);
    expect(MAP_CHANGES.test('mapPort.snapshot(box)')).toBe(false);
  });

  it('no module outside the map imports MapLibre as a value (type-only imports are fine, statement by statement)', () => {
    const outside = files.filter((file) => !file.path.startsWith('src/map/'));
    expect(outside.flatMap((file) => maplibreValueImports(file.text).map((statement) => `${file.path}: ${statement}`))).toEqual([]);
    expect(outside.filter((file) => /__yongchuanMap/.test(file.text)).map((f) => f.path)).toEqual([]);
  });

  it('the import rule judges each statement (it can fail)', () => {
    const mixed = "import type { Map } from 'maplibre-gl';\nimport { LngLat } from 'maplibre-gl';";
    expect(maplibreValueImports(mixed)).toEqual(["import { LngLat } from 'maplibre-gl'"]);
    expect(maplibreValueImports("import type { Map, StyleSpecification } from 'maplibre-gl';")).toEqual([]);
    expect(maplibreValueImports("import { type Map } from 'maplibre-gl';")).toHaveLength(1);
    expect(maplibreValueImports("const m = await import('maplibre-gl');")).toHaveLength(1);
    expect(maplibreValueImports("import 'maplibre-gl/dist/maplibre-gl.css';")).toHaveLength(1);
    expect(maplibreValueImports("export { Map } from 'maplibre-gl';")).toHaveLength(1);
    expect(maplibreValueImports("import {\n  Map,\n  type LngLat,\n} from 'maplibre-gl';")).toHaveLength(1);
    expect(maplibreValueImports("import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';")).toHaveLength(1);
    expect(maplibreValueImports("// import { Map } from 'maplibre-gl';\nimport { x } from './maplibre-gl-helpers';")).toEqual([]);
  });
});

describe('layer ids', () => {
  const style = buildStyle(testGeoData(), 'zh');

  it('the built style has exactly the declared layers, in order', () => {
    expect(style.layers.map((layer) => layer.id)).toEqual([...LAYER_IDS]);
  });

  it('every layer id the map module refers to exists in the style', () => {
    expect(missingLayerIds(style, referencedLayerIds())).toEqual([]);
  });

  it('a renamed layer makes the check fail', () => {
    const renamed = { ...style, layers: style.layers.map((layer) => (layer.id === 'clusters-ring' ? { ...layer, id: 'clusters-halo' } : layer)) };
    expect(missingLayerIds(renamed, referencedLayerIds())).toEqual(['clusters-ring']);
  });

  it('every source a layer draws from is in the style', () => {
    const sources = new Set(Object.keys(style.sources));
    const used = style.layers.flatMap((layer) => ('source' in layer && typeof layer.source === 'string' ? [layer.source] : []));
    expect(used.filter((id) => !sources.has(id))).toEqual([]);
  });
});
