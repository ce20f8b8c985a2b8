/**
 * Test archives, made by the project's own code: a large point archive (a million parcels'
 * centroids over Yongchuan, thinned at low zooms as tippecanoe does), a small vector archive
 * in the Protomaps basemap schema (earth, water, roads) and a tiny raster archive.
 * The large one is cached under .tmp/ between runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt, type TileFeature } from 'vt-pbf';
import { COMPRESSION, gzipTile, TILE_TYPE, writePmtiles, type TileInput } from './writer';

const EXTENT = 4096;
/** Yongchuan District's bounding box (WGS-84), a little grown. */
export const YONGCHUAN_BBOX: [number, number, number, number] = [105.64, 28.93, 106.1, 29.58];
/** Where most generated parcels sit: the old town, Fenghuanghu, Sanjiao, Gangqiao, Zhutuo. */
const TOWNS: [number, number, number][] = [
  [105.905, 29.355, 0.035],
  [105.84, 29.4, 0.03],
  [105.97, 29.5, 0.03],
  [105.98, 29.21, 0.03],
  [105.88, 29.02, 0.03],
];
const KINDS = ['工业', 'industrial', '仓储', 'residential', 'commercial'] as const;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Web Mercator world coordinates in [0, 1). */
function mercator(lon: number, lat: number): [number, number] {
  const s = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

export interface GeneratedPoint {
  id: number;
  lon: number;
  lat: number;
  kind: string;
  area: number;
  /** A uniform number that decides down to which zoom the point is kept. */
  keep: number;
}

/** The `index`-th generated point (the same on every run). */
export function generatedPoints(count: number, seed = 14): GeneratedPoint[] {
  const next = random(seed);
  const [w, s, e, n] = YONGCHUAN_BBOX;
  const points: GeneratedPoint[] = [];
  for (let id = 0; id < count; id++) {
    let lon: number;
    let lat: number;
    if (next() < 0.7) {
      const town = TOWNS[Math.floor(next() * TOWNS.length)]!;
      const r = town[2] * Math.sqrt(next());
      const a = next() * 2 * Math.PI;
      lon = town[0] + r * Math.cos(a);
      lat = town[1] + r * Math.sin(a) * 0.9;
    } else {
      lon = w + next() * (e - w);
      lat = s + next() * (n - s);
    }
    points.push({ id, lon, lat, kind: KINDS[id % KINDS.length]!, area: Math.round(200 + next() * 20_000), keep: next() });
  }
  return points;
}

export interface PointArchiveStats {
  features: number;
  tiles: number;
  bytes: number;
  minZoom: number;
  maxZoom: number;
  /** Features written over all zooms (a point appears once per zoom it is kept at). */
  featuresWritten: number;
  generationMs: number;
}

/**
 * A vector archive of `count` points in one source-layer `parcels`, zooms `minZoom`..`maxZoom`.
 * Every point is in the tiles of `maxZoom`; each zoom below keeps a share `rate` of the one
 * above (each point by its own `keep`), so no tile holds more than a few thousand points.
 */
export function buildPointArchive(count: number, options: { minZoom?: number; maxZoom?: number; rate?: number } = {}): { buffer: Buffer; stats: PointArchiveStats } {
  const started = performance.now();
  const minZoom = options.minZoom ?? 0;
  const maxZoom = options.maxZoom ?? 14;
  const rate = options.rate ?? 0.4;
  const points = generatedPoints(count);
  const world = points.map((p) => mercator(p.lon, p.lat));
  const tiles: TileInput[] = [];
  let featuresWritten = 0;
  for (let z = minZoom; z <= maxZoom; z++) {
    const share = rate ** (maxZoom - z);
    const scale = 2 ** z;
    const byTile = new Map<number, TileFeature[]>();
    points.forEach((p, i) => {
      if (p.keep >= share) return;
      const [wx, wy] = world[i]!;
      const tx = Math.floor(wx * scale);
      const ty = Math.floor(wy * scale);
      const key = tx * scale + ty;
      let list = byTile.get(key);
      if (!list) byTile.set(key, (list = []));
      list.push({
        type: 1,
        id: p.id + 1,
        geometry: [[Math.round((wx * scale - tx) * EXTENT), Math.round((wy * scale - ty) * EXTENT)]],
        tags: { id: p.id, kind: p.kind, area: p.area },
      });
    });
    for (const [key, features] of byTile) {
      const x = Math.floor(key / scale);
      const y = key % scale;
      featuresWritten += features.length;
      tiles.push({ z, x, y, data: gzipTile(fromGeojsonVt({ parcels: { features } }, { version: 2, extent: EXTENT })) });
    }
  }
  const buffer = writePmtiles(tiles, {
    tileType: TILE_TYPE.mvt,
    tileCompression: COMPRESSION.gzip,
    bounds: YONGCHUAN_BBOX,
    center: [105.905, 29.355, 12],
    metadata: {
      name: `${count.toLocaleString('en')} generated parcels`,
      attribution: 'Generated test data',
      description: 'Generated by tests/support/pmtiles/archives.ts',
      vector_layers: [{ id: 'parcels', minzoom: minZoom, maxzoom: maxZoom, fields: { id: 'Number', kind: 'String', area: 'Number' } }],
      tilestats: { layerCount: 1, layers: [{ layer: 'parcels', count, geometry: 'Point', attributeCount: 3 }] },
    },
  });
  return {
    buffer,
    stats: { features: count, tiles: tiles.length, bytes: buffer.length, minZoom, maxZoom, featuresWritten, generationMs: performance.now() - started },
  };
}

/**
 * Where generated archives are kept between runs: .tmp/pmtiles/<hash>/, the hash of the code
 * that makes them (this file and the writer), so a change to either makes them anew.
 */
export const CACHE_DIR = join(
  '.tmp/pmtiles',
  createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(fileURLToPath(new URL('./writer.ts', import.meta.url))))
    .digest('hex')
    .slice(0, 16),
);

/** The point archive from the cache (CACHE_DIR), made there first when missing (kept between runs). */
export function cachedPointArchive(count: number): { path: string; bytes: number; generated: PointArchiveStats | null } {
  const path = join(CACHE_DIR, `points-${count}-v1.pmtiles`);
  if (existsSync(path)) return { path, bytes: statSync(path).size, generated: null };
  mkdirSync(CACHE_DIR, { recursive: true });
  const { buffer, stats } = buildPointArchive(count);
  writeFileSync(`${path}.part`, buffer);
  renameSync(`${path}.part`, path);
  writeFileSync(`${path}.json`, JSON.stringify(stats, null, 2));
  return { path, bytes: buffer.length, generated: stats };
}

/** Generation figures of a cached archive, when it was made by `cachedPointArchive`. */
export function cachedStats(path: string): PointArchiveStats | null {
  try {
    return JSON.parse(readFileSync(`${path}.json`, 'utf8')) as PointArchiveStats;
  } catch {
    return null;
  }
}

function vectorTiles(layers: Record<string, GeoJSON.FeatureCollection>, minZoom: number, maxZoom: number, bbox: [number, number, number, number]): TileInput[] {
  const indexes = Object.entries(layers).map(([name, data]) => [name, new GeoJSONVT(data, { maxZoom, indexMaxZoom: maxZoom, extent: EXTENT, buffer: 64 })] as const);
  const tiles: TileInput[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const scale = 2 ** z;
    const [x0, y1] = mercator(bbox[0], bbox[1]).map((v) => Math.floor(v * scale)) as [number, number];
    const [x1, y0] = mercator(bbox[2], bbox[3]).map((v) => Math.floor(v * scale)) as [number, number];
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const content: Record<string, { features: TileFeature[] }> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) content[name] = { features: tile.features as unknown as TileFeature[] };
        }
        if (Object.keys(content).length > 0) tiles.push({ z, x, y, data: gzipTile(fromGeojsonVt(content, { version: 2, extent: EXTENT })) });
      }
    }
  }
  return tiles;
}

const feature = (geometry: GeoJSON.Geometry, properties: Record<string, string | number>): GeoJSON.Feature => ({ type: 'Feature', properties, geometry });

/** Roads and water of the test basemap: where they are, so a test can look for them on the map. */
export const BASEMAP_TRUTH = {
  /** A highway crossing the district west to east through the old town. */
  highway: [
    [105.66, 29.36],
    [105.905, 29.352],
    [106.08, 29.34],
  ] as [number, number][],
  /** A lake east of the old town. */
  lake: [
    [105.93, 29.37],
    [105.96, 29.37],
    [105.96, 29.39],
    [105.93, 29.39],
    [105.93, 29.37],
  ] as [number, number][],
};

/**
 * A small basemap in the Protomaps schema (https://docs.protomaps.com/basemaps/layers): an
 * `earth` polygon, one `water` lake, one highway and a few minor roads over the district.
 */
export function buildBasemapArchive(): Buffer {
  const [w, s, e, n] = YONGCHUAN_BBOX;
  const earth = { type: 'FeatureCollection', features: [feature({ type: 'Polygon', coordinates: [[[w - 0.5, s - 0.5], [e + 0.5, s - 0.5], [e + 0.5, n + 0.5], [w - 0.5, n + 0.5], [w - 0.5, s - 0.5]]] }, { kind: 'earth' })] } as GeoJSON.FeatureCollection;
  const water = { type: 'FeatureCollection', features: [feature({ type: 'Polygon', coordinates: [BASEMAP_TRUTH.lake] }, { kind: 'lake', name: '测试湖' })] } as GeoJSON.FeatureCollection;
  const roads = {
    type: 'FeatureCollection',
    features: [
      feature({ type: 'LineString', coordinates: BASEMAP_TRUTH.highway }, { kind: 'highway', kind_detail: 'motorway', name: '测试高速', min_zoom: 5 }),
      feature({ type: 'LineString', coordinates: [[105.9, 29.25], [105.91, 29.45]] }, { kind: 'major_road', kind_detail: 'primary', name: '测试大道', min_zoom: 7 }),
      feature({ type: 'LineString', coordinates: [[105.88, 29.34], [105.93, 29.34]] }, { kind: 'minor_road', kind_detail: 'residential', min_zoom: 12 }),
    ],
  } as GeoJSON.FeatureCollection;
  const tiles = vectorTiles({ earth, water, roads }, 0, 13, YONGCHUAN_BBOX);
  return writePmtiles(tiles, {
    tileType: TILE_TYPE.mvt,
    tileCompression: COMPRESSION.gzip,
    bounds: YONGCHUAN_BBOX,
    metadata: {
      name: 'test basemap (Protomaps schema)',
      attribution: '© OpenStreetMap contributors · Protomaps (test extract)',
      vector_layers: [
        { id: 'earth', fields: { kind: 'String' } },
        { id: 'water', fields: { kind: 'String', name: 'String' } },
        { id: 'roads', fields: { kind: 'String', kind_detail: 'String', name: 'String' } },
      ],
    },
  });
}

/** A 1×1 PNG. */
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** A tiny raster archive: one 1×1 PNG at zooms 8-10 over the district (its attribution may be the file's own choosing: HTML, a link). */
export function buildRasterArchive(attribution = 'Generated test raster'): Buffer {
  const tiles: TileInput[] = [];
  for (let z = 8; z <= 10; z++) {
    const scale = 2 ** z;
    const [x0, y1] = mercator(YONGCHUAN_BBOX[0], YONGCHUAN_BBOX[1]).map((v) => Math.floor(v * scale)) as [number, number];
    const [x1, y0] = mercator(YONGCHUAN_BBOX[2], YONGCHUAN_BBOX[3]).map((v) => Math.floor(v * scale)) as [number, number];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) tiles.push({ z, x, y, data: PNG_1PX });
  }
  return writePmtiles(tiles, {
    tileType: TILE_TYPE.png,
    tileCompression: COMPRESSION.none,
    bounds: YONGCHUAN_BBOX,
    metadata: { name: 'test raster overlay', attribution },
  });
}

/**
 * A hostile archive: the raster archive's tiles, with metadata that is a gzip bomb — JSON whose
 * one string inflates to `megabytes` MB (256 MB: about 250 kB of file, as the 306 kB one of
 * issue 19 that grew the page by 1.5 GB).
 */
export function buildMetadataBombArchive(megabytes = 256): Buffer {
  const head = Buffer.from('{"name":"bomb","padding":"');
  const body = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
  const json = Buffer.concat([head, body, Buffer.from('"}')]);
  return writePmtiles([{ z: 8, x: 207, y: 107, data: PNG_1PX }], {
    tileType: TILE_TYPE.png,
    tileCompression: COMPRESSION.none,
    bounds: YONGCHUAN_BBOX,
    metadata: {},
    storedMetadata: new Uint8Array(gzipSync(json, { level: 9 })),
  });
}
