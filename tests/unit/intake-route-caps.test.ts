/**
 * The one way in: where each file goes (one chooser, one drop zone), and the caps under which a
 * PMTiles archive's parts are read and decompressed; an archive's attribution shown as text.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveError, gunzipCapped } from '../../src/intake/inflateBudget';
import { cappedDecompress, cappedSource, CompressionError, PartTooLargeError, PMTILES_PART_CAP } from '../../src/intake/pmtilesCaps';
import { INTAKE_ACCEPT, routeFile } from '../../src/intake/route';
import { deliverFiles, registerIntakeTarget } from '../../src/intake/ui/targets';
import { tileArchiveLayers } from '../../src/map/style';
import { readArchiveInfo, TileArchiveError } from '../../src/tiles/archiveInfo';
import { buildMetadataBombArchive, buildRasterArchive } from '../support/pmtiles/archives';

const MB = 1024 * 1024;
const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe('routing every file from the one chooser and drop zone', () => {
  it('sends a .pmtiles to the PMTiles layers from anywhere, tables in the results section to the results, the rest to the import', () => {
    for (const context of ['workbench', 'results'] as const) expect(routeFile('Parcels.PMTILES', context)).toBe('tiles');
    expect(routeFile('points.csv', 'workbench')).toBe('features');
    expect(routeFile('points.xlsx', 'workbench')).toBe('features');
    expect(routeFile('roads.zip', 'workbench')).toBe('features');
    expect(routeFile('points.csv', 'results')).toBe('results');
    expect(routeFile('filled.xlsx', 'results')).toBe('results');
    expect(routeFile('results.json', 'results')).toBe('results');
    // The files the results section writes are recognised by name wherever they are given.
    expect(routeFile('results-template.xlsx', 'workbench')).toBe('results');
    expect(routeFile('results-template (1).csv', 'workbench')).toBe('results');
    expect(routeFile('results.json', 'workbench')).toBe('results');
    expect(routeFile('results-of-survey.geojson', 'workbench')).toBe('features');
    // A map file given in the results section is still map data (the import says what it is).
    expect(routeFile('roads.zip', 'results')).toBe('features');
    expect(INTAKE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pmtiles', '.xlsx', '.csv', '.geojson', '.zip', '.kml']));
  });

  const removals: (() => void)[] = [];
  afterEach(() => removals.splice(0).forEach((remove) => remove()));

  it('hands each file to the part that takes it; one map file at a time goes to the import', () => {
    const got: string[] = [];
    removals.push(registerIntakeTarget('features', (file) => got.push(`features:${file.name}`)));
    removals.push(registerIntakeTarget('tiles', (file) => got.push(`tiles:${file.name}`)));
    const files = ['a.pmtiles', 'b.geojson', 'c.kml', 'd.pmtiles', 'results.csv'].map((name) => new File(['x'], name));
    // Nobody takes results here (the results section is not mounted): said, not guessed.
    expect(deliverFiles(files, 'workbench')).toEqual(['tiles', 'features', null, 'tiles', null]);
    expect(got).toEqual(['tiles:a.pmtiles', 'features:b.geojson', 'tiles:d.pmtiles']);
  });
});

describe('PMTiles parts under caps', () => {
  it('gunzips within the cap and refuses past it, after at most one step more', () => {
    const small = new Uint8Array(gzipSync(Buffer.from('{"name":"ok"}')));
    expect(new TextDecoder().decode(gunzipCapped(small, 1024, 'metadata'))).toBe('{"name":"ok"}');
    const bomb = new Uint8Array(gzipSync(Buffer.alloc(64 * MB), { level: 9 }));
    expect(() => gunzipCapped(bomb, 16 * MB, 'metadata')).toThrow(new ArchiveError('inflated-too-large', 'metadata', 16 * MB));
    expect(() => gunzipCapped(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff]), MB, 'tile')).toThrow(new ArchiveError('corrupt', 'tile'));
  });

  it('the decompress given to pmtiles: none and gzip under the cap, brotli and zstd refused', async () => {
    const decompress = cappedDecompress(MB);
    const plain = new Uint8Array([1, 2, 3]);
    expect(new Uint8Array(await decompress(buffer(plain), 1))).toEqual(plain);
    await expect(decompress(new ArrayBuffer(MB + 1), 1)).rejects.toBeInstanceOf(PartTooLargeError);
    expect(new Uint8Array(await decompress(buffer(new Uint8Array(gzipSync(Buffer.from(plain)))), 2))).toEqual(plain);
    await expect(decompress(buffer(new Uint8Array(gzipSync(Buffer.alloc(2 * MB)))), 2)).rejects.toBeInstanceOf(PartTooLargeError);
    await expect(decompress(buffer(plain), 3)).rejects.toEqual(new CompressionError(3));
    await expect(decompress(buffer(plain), 4)).rejects.toEqual(new CompressionError(4));
  });

  it('a source refuses a read longer than the cap before making it', async () => {
    let asked = 0;
    const source = cappedSource({ getKey: () => 'k', getBytes: async (_o, length) => ((asked += length), { data: new ArrayBuffer(length) }) }, MB);
    expect(source.getKey()).toBe('k');
    await expect(source.getBytes(0, 16_384)).resolves.toMatchObject({ data: expect.any(ArrayBuffer) });
    await expect(source.getBytes(0, 2 * MB)).rejects.toBeInstanceOf(PartTooLargeError);
    expect(asked).toBe(16_384);
  });

  it('refuses an archive whose metadata is a gzip bomb, naming the part', async () => {
    const bomb = buildMetadataBombArchive(64);
    expect(bomb.length).toBeLessThan(100_000);
    // As the intake worker reads it (the page then never reads its metadata).
    const opened = readArchiveInfo({ blob: new Blob([new Uint8Array(bomb)]) }, 'bomb', bomb.length);
    await expect(opened).rejects.toEqual(new TileArchiveError('metadata-too-large', '16 MB'));
    // (The library's default reader inflates all 64 MB and opens it; memory is measured in tests/e2e/pmtiles-intake.)
    expect(PMTILES_PART_CAP).toBe(16 * MB);
  });

  it('still opens an honest archive', async () => {
    const archive = buildRasterArchive();
    const info = await readArchiveInfo({ blob: new Blob([new Uint8Array(archive)]) }, 'raster', archive.length);
    expect([info.kind, info.tileFormat, info.attribution]).toEqual(['raster', 'png', 'Generated test raster']);
  });
});

describe('an archive’s attribution in the credits', () => {
  it('is text: markup in it is escaped, never a link', () => {
    const attribution = '<a href="https://evil.example/" onclick="alert(1)">© Evil & Co</a>';
    for (const kind of ['raster', 'vector'] as const) {
      const { source } = tileArchiveLayers({ id: 'x', key: 'k', kind, sourceLayers: [], minZoom: 0, maxZoom: 10, attribution, color: '#000' });
      const shown = (source as { attribution?: string }).attribution ?? '';
      expect(shown).not.toMatch(/[<>"]/);
      expect(shown.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))).toBe(attribution);
    }
    // None at all is still an attribution of the app's, so that the archive's own TileJSON one cannot stand in.
    const { source } = tileArchiveLayers({ id: 'x', key: 'k', kind: 'raster', sourceLayers: [], minZoom: 0, maxZoom: 10, attribution: '', color: '#000' });
    expect((source as { attribution?: string }).attribution).toBe(' ');
  });
});
