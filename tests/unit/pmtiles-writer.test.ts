import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { buildBasemapArchive, buildPointArchive, buildRasterArchive } from '../support/pmtiles/archives';
import { COMPRESSION, serialiseDirectory, TILE_TYPE, writePmtiles } from '../support/pmtiles/writer';

/** The archive read back by the pmtiles package, as the app reads a file. */
function reader(buffer: Buffer): { archive: PMTiles; bytesRead: () => number } {
  let read = 0;
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset, length) => {
      read += Math.min(length, buffer.length - offset);
      return { data: buffer.buffer.slice(buffer.byteOffset + offset, buffer.byteOffset + offset + length) as ArrayBuffer };
    },
  };
  return { archive: new PMTiles(source), bytesRead: () => read };
}

const tile = (n: number) => new Uint8Array([n, n + 1, n + 2]);

describe('the test PMTiles writer', () => {
  it('writes a v3 header the pmtiles package reads, and every tile back', async () => {
    const tiles = [
      { z: 0, x: 0, y: 0, data: tile(1) },
      { z: 1, x: 1, y: 0, data: tile(2) },
      { z: 2, x: 3, y: 1, data: tile(3) },
    ];
    const buffer = writePmtiles(tiles, { tileType: TILE_TYPE.png, tileCompression: COMPRESSION.none, bounds: [105, 29, 106, 30], metadata: { name: 't' } });
    const { archive } = reader(buffer);
    const header = await archive.getHeader();
    expect(header).toMatchObject({ specVersion: 3, minZoom: 0, maxZoom: 2, numAddressedTiles: 3, tileType: TILE_TYPE.png, clustered: true });
    expect(header.minLon).toBeCloseTo(105, 6);
    expect(header.maxLat).toBeCloseTo(30, 6);
    for (const t of tiles) expect(new Uint8Array((await archive.getZxy(t.z, t.x, t.y))!.data)).toEqual(t.data);
    expect(await archive.getZxy(2, 0, 0)).toBeUndefined();
    expect(await archive.getMetadata()).toEqual({ name: 't' });
  });

  it('finds tiles through leaf directories', async () => {
    const tiles = [];
    for (let x = 0; x < 16; x++) for (let y = 0; y < 16; y++) tiles.push({ z: 4, x, y, data: new Uint8Array([x, y, 7, 7, x ^ y]) });
    const buffer = writePmtiles(tiles, { tileType: TILE_TYPE.png, tileCompression: COMPRESSION.none, bounds: [-180, -85, 180, 85], metadata: {}, forceLeaves: true, leafSize: 10 });
    const { archive } = reader(buffer);
    expect((await archive.getHeader()).leafDirectoryLength).toBeGreaterThan(0);
    expect(new Uint8Array((await archive.getZxy(4, 13, 5))!.data)).toEqual(new Uint8Array([13, 5, 7, 7, 13 ^ 5]));
    expect(new Uint8Array((await archive.getZxy(4, 0, 0))!.data)).toEqual(new Uint8Array([0, 0, 7, 7, 0]));
  });

  it('encodes directory offsets as the spec says (0 = right after the previous tile)', () => {
    const bytes = serialiseDirectory([
      { tileId: 1, offset: 0, length: 5, runLength: 1 },
      { tileId: 3, offset: 5, length: 2, runLength: 1 },
      { tileId: 4, offset: 0, length: 5, runLength: 1 },
    ]);
    // count, tile-id deltas, run lengths, lengths, offsets (+1 unless contiguous).
    expect([...bytes]).toEqual([3, 1, 2, 1, 1, 1, 1, 5, 2, 5, 1, 0, 1]);
  });

  it('makes a point archive whose top zoom holds every point and whose lower zooms are thinned', async () => {
    const { buffer, stats } = buildPointArchive(20_000, { minZoom: 8, maxZoom: 12 });
    expect(stats.features).toBe(20_000);
    expect(stats.featuresWritten).toBeGreaterThan(20_000);
    expect(stats.featuresWritten).toBeLessThan(20_000 * 1.8);
    const { archive, bytesRead } = reader(buffer);
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([8, 12]);
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    expect(metadata.vector_layers.map((l) => l.id)).toEqual(['parcels']);
    // The old town's tile at z12 is a gzipped vector tile with the layer's name in it.
    const old = await archive.getZxy(12, 3252, 1698);
    expect(old).toBeDefined();
    // pmtiles hands it back decompressed.
    expect(Buffer.from(old!.data).includes(Buffer.from('parcels'))).toBe(true);
    // Reading one tile reads a small part of the archive.
    expect(bytesRead()).toBeLessThan(buffer.length / 4);
  });

  it('makes a basemap in the Protomaps schema and a raster overlay', async () => {
    const basemap = reader(buildBasemapArchive()).archive;
    const layers = ((await basemap.getMetadata()) as { vector_layers: { id: string }[] }).vector_layers.map((l) => l.id);
    expect(layers).toEqual(['earth', 'water', 'roads']);
    expect(await basemap.getZxy(10, 813, 424)).toBeDefined();
    const raster = reader(buildRasterArchive()).archive;
    expect((await raster.getHeader()).tileType).toBe(TILE_TYPE.png);
  });
});
