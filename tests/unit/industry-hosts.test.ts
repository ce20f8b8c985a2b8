import { describe, expect, it } from 'vitest';
import { clusters, industries, otherTowns, parks, subParks } from '../../src/data/plan';
import type { IndustryId } from '../../src/data/types';
import {
  buildHostIndex,
  hostKey,
  hostsOfIndustries,
  industryOfMention,
  sentencesNaming,
} from '../../src/industries/hostIndex';
import { lensStatus } from '../../src/industries/lens';

const index = buildHostIndex({ industries, parks, subParks, clusters, otherTowns });
const keysOf = (industry: IndustryId) => (index.get(industry) ?? []).map(hostKey).sort();

describe('the industry-to-host index', () => {
  it('has an entry for each of the nine industries', () => {
    expect([...index.keys()]).toEqual(industries.map((industry) => industry.id));
    expect(index.size).toBe(9);
  });

  it('names exactly 凤凰湖 and its new-materials park for 新能源', () => {
    expect(keysOf('new-energy')).toEqual(['park:fenghuanghu', 'subpark:fenghuanghu-new-materials']);
  });

  it('finds the hosts of 民用航空: the eco-city and the bonded zone, no town', () => {
    expect(keysOf('civil-aviation')).toEqual(['park:bonded-zone', 'park:eco-city']);
  });

  it('maps the towns’ 装备制造 to 智能装备 and says so on each such host', () => {
    expect(industryOfMention('equipment-manufacturing')).toBe('smart-equipment');
    expect(industryOfMention('other')).toBeNull();
    const hosts = index.get('smart-equipment') ?? [];
    const shengli = hosts.find((host) => host.id === 'cluster-shengli-road');
    expect(shengli?.viaEquipmentManufacturing).toBe(true);
    expect(shengli?.words.some((words) => words.text.includes('装备制造'))).toBe(true);
    const fenghuanghu = hosts.find((host) => host.id === 'fenghuanghu');
    expect(fenghuanghu?.viaEquipmentManufacturing).toBe(false);
    // The five other towns' note names 智能装备 itself.
    expect(hosts.find((host) => host.kind === 'other-towns')?.viaEquipmentManufacturing).toBe(false);
    // Every town that table 4 lists with 装备制造 hosts 智能装备.
    const towns = clusters.filter((cluster) => cluster.directions.includes('equipment-manufacturing'));
    expect(towns.length).toBeGreaterThan(0);
    for (const town of towns) expect(keysOf('smart-equipment')).toContain(`cluster:${town.id}`);
  });

  it('keeps both of 临江’s readings: table 4 (特色消费品) and the text (智能家居及材料)', () => {
    const consumer = index.get('consumer-goods')?.find((host) => host.id === 'cluster-linjiang');
    const home = index.get('smart-home-materials')?.find((host) => host.id === 'cluster-linjiang');
    expect(consumer?.bases).toEqual(['table-4']);
    expect(home?.bases).toEqual(['town-text']);
  });

  it('keeps the plan’s words for each park host, with the sentence of section 四 that names it', () => {
    const host = index.get('new-energy')?.find((entry) => entry.id === 'fenghuanghu');
    expect(host?.words.map((words) => words.text)).toEqual([
      '汽车摩托车、电子信息、智能装备、生物医药及大健康、新能源等，非禁即入。',
      '培育壮大生物医药及大健康、新能源等战略性新兴产业。',
    ]);
    expect(host?.words[0]?.ref.table).toBe(2);
  });

  it('gives every host some of the plan’s words', () => {
    for (const hosts of index.values()) {
      for (const host of hosts) expect(host.words.length, hostKey(host)).toBeGreaterThan(0);
    }
  });

  it('merges the hosts of several industries, one entry per place', () => {
    const merged = hostsOfIndustries(index, ['new-energy', 'biomed-health']);
    const fenghuanghu = merged.find((place) => place.id === 'fenghuanghu');
    expect(fenghuanghu?.hosts.map((host) => host.industry)).toEqual(['new-energy', 'biomed-health']);
    expect(new Set(merged.map(hostKey)).size).toBe(merged.length);
    expect(merged.map(hostKey)).toContain('cluster:cluster-qingfeng');
  });

  it('splits a paragraph into the sentences that name a word', () => {
    expect(sentencesNaming('甲乙。丙丁；乙戊。', ['乙'])).toEqual(['甲乙。', '乙戊。']);
  });
});

describe('the lens status of a list entry', () => {
  it('is off without a filter, host or dimmed with one, and neutral for hubs', () => {
    expect(lensStatus([], { kind: 'park', id: 'gangqiao' })).toBe('off');
    expect(lensStatus(['new-energy'], { kind: 'park', id: 'fenghuanghu' })).toBe('host');
    expect(lensStatus(['new-energy'], { kind: 'park', id: 'gangqiao' })).toBe('dimmed');
    expect(lensStatus(['new-energy'], { kind: 'hub', id: 'yongchuan-east-station' })).toBe('neutral');
  });
});
