import { readFileSync } from 'node:fs';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOfDistrict } from '../../src/workbench/district';
import { decideEncoding, detectEncoding, encodingFromName } from '../../src/workbench/formats/encoding';
import { runImport } from '../../src/workbench/importPipeline';
import { TRUTH } from '../support/workbenchFixtures';
import { dbfBytes, encode, shapefileParts, zipShapefile } from '../support/workbenchFiles';

const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const districtBbox = boundsOfDistrict(district);

const NAMES = ['简体中文地块', '永川区凤凰湖产业园', '港桥产业园'];

/** A zipped Shapefile of the truth, one record per name, with a .dbf of these name bytes. */
async function namedShapefile(names: readonly Uint8Array[], options: { ldid?: number; cpg?: string }): Promise<Uint8Array> {
  const features: Feature<Geometry, Record<string, unknown>>[] = names.map(() => ({ type: 'Feature', properties: { x: 'x' }, geometry: TRUTH }));
  const parts = await shapefileParts(features);
  return zipShapefile('parcels', {
    ...parts,
    dbf: dbfBytes(['NAME', 'CODE'], names.map((n, i) => [n, encode(`A-${i + 1}`, 'utf-8')]), options.ldid ?? 0),
    ...(options.cpg !== undefined ? { cpg: options.cpg } : {}),
  });
}

describe('attribute encodings of Shapefiles', () => {
  it('honours the .dbf language-driver byte for GBK (0x4D) with no .cpg, as ArcGIS writes Chinese data', async () => {
    const zip = await namedShapefile(NAMES.map((n) => encode(n, 'gbk')), { ldid: 0x4d });
    const result = runImport('parcels.zip', zip, { districtBbox });
    expect(result.features.map((f) => f.properties['NAME'])).toEqual(NAMES);
    expect(result.encoding).toEqual({ encoding: 'gbk', reason: 'ldid', declared: '0x4d' });
    expect(result.preview?.[0]?.['NAME']).toBe('简体中文地块');
  });

  it('reads Big5 named by a .cpg saying “Big-5”', async () => {
    const traditional = ['繁體中文地塊', '臺北測試', '港橋產業園'];
    const result = runImport('parcels.zip', await namedShapefile(traditional.map((n) => encode(n, 'big5')), { cpg: 'Big-5' }), { districtBbox });
    expect(result.features.map((f) => f.properties['NAME'])).toEqual(traditional);
    expect(result.encoding).toMatchObject({ encoding: 'big5', reason: 'cpg', declared: 'Big-5' });
  });

  it('reads GBK named by a .cpg saying “cp936” (and the .cpg wins over a contrary language driver)', async () => {
    const zip = await namedShapefile(NAMES.map((n) => encode(n, 'gbk')), { cpg: 'cp936\r\n', ldid: 0x57 });
    const result = runImport('parcels.zip', zip, { districtBbox });
    expect(result.features.map((f) => f.properties['NAME'])).toEqual(NAMES);
    expect(result.encoding?.reason).toBe('cpg');
  });

  it('reads Latin-1 text: “México” by .cpg ISO-8859-1, and by detection with nothing declared', async () => {
    const names = ['México', 'Bogotá', 'Ñuñoa'];
    const declared = runImport('p.zip', await namedShapefile(names.map((n) => encode(n, 'latin1')), { cpg: 'ISO-8859-1' }), { districtBbox });
    expect(declared.features.map((f) => f.properties['NAME'])).toEqual(names);
    const detected = runImport('p.zip', await namedShapefile(names.map((n) => encode(n, 'latin1')), {}), { districtBbox });
    expect(detected.features.map((f) => f.properties['NAME'])).toEqual(names);
    expect(detected.encoding?.reason).toBe('detected');
  });

  it('detects GBK when nothing is declared, and lets the user switch (the preview follows)', async () => {
    const zip = await namedShapefile(NAMES.map((n) => encode(n, 'gbk')), {});
    const detected = runImport('parcels.zip', zip, { districtBbox });
    expect(detected.encoding).toMatchObject({ encoding: 'gbk', reason: 'detected' });
    expect(detected.features[1]?.properties['NAME']).toBe('永川区凤凰湖产业园');
    const switched = runImport('parcels.zip', zip, { districtBbox, encoding: 'big5' });
    expect(switched.encoding).toMatchObject({ encoding: 'big5', reason: 'user' });
    expect(switched.preview?.[1]?.['NAME']).not.toBe('永川区凤凰湖产业园');
  });
});

describe('CSV and TSV encodings', () => {
  it('detects a GBK CSV without BOM and honours a UTF-8 BOM', () => {
    const gbk = encode('名称,经度,纬度\n永川站,105.9,29.35\n', 'gbk');
    const result = runImport('points.csv', gbk, { districtBbox });
    expect(result.encoding).toMatchObject({ encoding: 'gbk', reason: 'detected' });
    expect(result.features[0]?.properties['名称']).toBe('永川站');
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('名称,经度,纬度\n永川站,105.9,29.35\n', 'utf-8')]);
    expect(runImport('points.csv', bom, { districtBbox }).encoding).toEqual({ encoding: 'utf-8', reason: 'bom' });
  });
});

describe('switching a CSV’s encoding', () => {
  it('a Big5 TSV guessed right, then read as the user says (the preview follows)', () => {
    const tsv = encode('名稱\t經度\t緯度\n永川區鳳凰湖產業園\t105.9\t29.35\n', 'big5');
    const guessed = runImport('points.tsv', tsv, { districtBbox });
    expect(guessed.encoding?.encoding).toBe('big5');
    expect(guessed.preview?.[0]?.['名稱']).toBe('永川區鳳凰湖產業園');
    // Read as GBK even the header is garbled, so the longitude/latitude columns are gone: the file fails, naming what it found.
    expect(() => runImport('points.tsv', tsv, { districtBbox, encoding: 'gbk' })).toThrow(/csv-columns: [^名]+$/);
    const asLatin = encode('name\tlon\tlat\nMéxico\t105.9\t29.35\n', 'latin1');
    expect(runImport('p.tsv', asLatin, { districtBbox, encoding: 'windows-1252' }).preview?.[0]?.['name']).toBe('México');
    expect(runImport('p.tsv', asLatin, { districtBbox, encoding: 'utf-8' }).preview?.[0]?.['name']).toBe('M\uFFFDxico');
  });
});

describe('encoding names and detection', () => {
  it('knows the aliases .cpg files use', () => {
    for (const [name, label] of [
      ['936', 'gbk'], ['CP936', 'gbk'], ['GBK', 'gbk'], ['GB2312', 'gbk'], ['GB18030', 'gb18030'],
      ['Big5', 'big5'], ['Big-5', 'big5'], ['950', 'big5'], ['UTF-8', 'utf-8'], ['65001', 'utf-8'],
      ['1252', 'windows-1252'], ['ANSI 1252', 'windows-1252'], ['ISO-8859-1', 'iso-8859-1'], ['ISO 88591', 'iso-8859-1'],
    ] as const) {
      expect(encodingFromName(name), name).toBe(label);
    }
    expect(encodingFromName('nonsense')).toBeNull();
  });

  it('tells GBK, Big5, UTF-8 and Latin-1 apart from the bytes', () => {
    expect(detectEncoding(encode('永川区凤凰湖产业园 规划用地', 'gbk'))).toBe('gbk');
    expect(detectEncoding(encode('永川區鳳凰湖產業園 規劃用地', 'big5'))).toBe('big5');
    expect(detectEncoding(encode('永川区', 'utf-8'))).toBe('utf-8');
    expect(detectEncoding(encode('México Bogotá', 'latin1'))).toBe('windows-1252');
    expect(decideEncoding({ sample: encode('plain', 'utf-8') }).reason).toBe('default');
  });
});
