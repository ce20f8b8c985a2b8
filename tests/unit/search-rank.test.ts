import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GeoData } from '../../src/data/geodata';
import { latinKey } from '../../src/search/normalize';
import { initialsKey, pinyinKey } from '../../src/search/pinyinKeys';
import { buildPlanSearchIndex } from '../../src/search/planEntries';
import { groupResults, rankEntries, scoreEntry } from '../../src/search/rank';
import { buildEntry } from '../../src/search/searchIndex';

const geo = {
  townships: JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')),
  hubs: JSON.parse(readFileSync('geodata/hubs.geojson', 'utf8')),
} as Pick<GeoData, 'townships' | 'hubs'>;
const index = buildPlanSearchIndex(geo);

const top = (query: string, n = 3) => rankEntries(index, query).slice(0, n).map((r) => `${r.entry.kind}:${r.entry.name.zh}`);

describe('search keys', () => {
  it('writes names as Latin, full pinyin and initials', () => {
    expect(latinKey("Da'an Subdistrict")).toBe('daansubdistrict');
    expect(pinyinKey('凤凰湖')).toBe('fenghuanghu');
    expect(initialsKey('凤凰湖产业园')).toBe('fhhcyy');
    expect(pinyinKey('重庆·云谷')).toBe('chongqingyungu');
  });
});

describe('search ranking', () => {
  it('finds 三教 by Chinese, full pinyin and initials', () => {
    for (const query of ['三教', 'sanjiao', 'sj']) {
      const names = rankEntries(index, query).map((r) => `${r.entry.kind}:${r.entry.name.zh}`);
      expect(names, query).toContain('park:三教产业园');
      expect(names, query).toContain('cluster:三教镇');
      expect(names, query).toContain('township:三教镇');
    }
  });

  it('puts 凤凰湖产业园 first for "fhh", "fenghuang", "凤凰" and "Fenghuanghu"', () => {
    for (const query of ['fhh', 'fenghuang', '凤凰', 'Fenghuanghu', 'FengHuangHu']) {
      expect(top(query, 1), query).toEqual(['park:凤凰湖产业园']);
    }
  });

  it('matches English words anywhere in the name and the pinyin inside a name', () => {
    expect(top('bonded', 1)).toEqual(['park:永川综合保税区']);
    expect(top('aviation')).toContain('industry:民用航空');
    expect(top('yungu')).toContain('subpark:重庆·云谷大数据产业园');
  });

  it('tolerates partial input: a prefix of the pinyin or of the Chinese name', () => {
    expect(top('fengh', 1)).toEqual(['park:凤凰湖产业园']);
    expect(top('港', 1)).toEqual(['park:港桥产业园']);
    expect(top('gangq', 1)).toEqual(['park:港桥产业园']);
  });

  it('ranks an exact name above a prefix and a prefix above a substring', () => {
    const entries = ['新能源', '新能源汽车', '汽车新能源'].map((zh, i) =>
      buildEntry({ kind: 'industry', id: String(i), name: { zh, en: `x${i}` } }),
    );
    expect(rankEntries(entries, '新能源').map((r) => r.entry.name.zh)).toEqual(['新能源', '新能源汽车', '汽车新能源']);
    expect(scoreEntry(entries[0]!, '新能源').score).toBeGreaterThan(scoreEntry(entries[1]!, '新能源').score);
  });

  it('finds an industry by a sub-sector, below a name match, and says which word matched', () => {
    const results = rankEntries(index, '锂电池');
    expect(results[0]?.entry.id).toBe('new-energy');
    expect(results[0]?.via).toBe('锂电池');
    const lithium = rankEntries(index, 'lithium');
    expect(lithium[0]?.entry.id).toBe('new-energy');
  });

  it('finds 智能装备 by the towns’ word 装备制造', () => {
    expect(top('装备制造', 1)).toEqual(['industry:智能装备']);
  });

  it('requires every word of the query to match', () => {
    expect(top('sanjiao town', 1)).toEqual(['cluster:三教镇']);
    expect(rankEntries(index, 'sanjiao zzzz')).toEqual([]);
  });

  it('finds nothing for empty or unmatched input, and one letter does not match inside words', () => {
    expect(rankEntries(index, '   ')).toEqual([]);
    expect(rankEntries(index, 'qqqqxq')).toEqual([]);
    const single = rankEntries(index, 'u', 100);
    for (const result of single) {
      const latin = result.entry.keys.map((key) => key.latin + ' ' + key.pinyin + ' ' + key.text.toLowerCase()).join(' ');
      expect(latin).toMatch(/(^|[^a-z])u/);
    }
  });

  it('groups results by kind, the group of the best result first', () => {
    const groups = groupResults(rankEntries(index, '三教'));
    expect(groups[0]?.kind).toBe('park');
    const kinds = groups.map((group) => group.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toEqual(['park', 'cluster', 'township']);
  });
});
