import type {
  Cluster,
  Industry,
  IndustryId,
  IndustryMention,
  OtherTownsNote,
  Park,
  PlanRef,
  SubPark,
} from '../data/types';

/** The kinds of place that can host an industry; 'other-towns' is the plan's note on five towns. */
export type HostKind = 'park' | 'subpark' | 'cluster' | 'other-towns';

/** Why a place counts as a host of an industry. */
export type HostBasis =
  /** The park's 主导产业 column (tables 2 and 3). */
  | 'lead-industry'
  /** The transcriber's reading of what the plan says the sub-park does. */
  | 'sub-park'
  /** The town's 主导产业方向 column (table 4). */
  | 'table-4'
  /** A sentence of the text above table 4 (or of the five-towns note). */
  | 'town-text';

/** The plan's own words that make a place a host, so a reader sees why. */
export interface HostWords {
  text: string;
  ref: PlanRef;
}

export interface Host {
  kind: HostKind;
  id: string;
  industry: IndustryId;
  bases: HostBasis[];
  words: HostWords[];
  /** True where the plan names the industry 装备制造 (the towns' word) rather than 智能装备. */
  viaEquipmentManufacturing: boolean;
}

export type HostIndex = ReadonlyMap<IndustryId, readonly Host[]>;

export interface PlanFacts {
  industries: readonly Industry[];
  parks: readonly Park[];
  subParks: readonly SubPark[];
  clusters: readonly Cluster[];
  otherTowns: OtherTownsNote;
}

/** The towns' table calls the pillar 智能装备 "装备制造"; the map treats the two as one, openly. */
export function industryOfMention(mention: IndustryMention): IndustryId | null {
  if (mention === 'equipment-manufacturing') return 'smart-equipment';
  if (mention === 'other') return null;
  return mention;
}

export function hostKey(host: { kind: string; id: string }): string {
  return `${host.kind}:${host.id}`;
}

/** Sentences of a paragraph (split after 。；) that contain any of the given words. */
export function sentencesNaming(paragraph: string, words: readonly string[]): string[] {
  const sentences = paragraph.split(/(?<=[。；])/).map((sentence) => sentence.trim());
  return sentences.filter((sentence) => sentence && words.some((word) => sentence.includes(word)));
}

class HostCollector {
  private readonly byIndustry = new Map<IndustryId, Map<string, Host>>();

  add(
    industry: IndustryId,
    place: { kind: HostKind; id: string },
    basis: HostBasis,
    words: HostWords[],
    viaEquipment = false,
  ): void {
    let hosts = this.byIndustry.get(industry);
    if (!hosts) {
      hosts = new Map();
      this.byIndustry.set(industry, hosts);
    }
    const key = hostKey(place);
    const existing = hosts.get(key);
    if (!existing) {
      hosts.set(key, { ...place, industry, bases: [basis], words: [...words], viaEquipmentManufacturing: viaEquipment });
      return;
    }
    if (!existing.bases.includes(basis)) existing.bases.push(basis);
    for (const word of words) {
      if (!existing.words.some((known) => known.text === word.text)) existing.words.push(word);
    }
    existing.viaEquipmentManufacturing ||= viaEquipment;
  }

  result(order: readonly IndustryId[]): HostIndex {
    return new Map(order.map((id) => [id, [...(this.byIndustry.get(id)?.values() ?? [])]]));
  }
}

/**
 * For every industry, the places the plan names as hosting it: parks by their lead
 * industries, sub-parks by what the plan says they do, towns by table 4 and the text above
 * it, and the five other towns by their joint note. Each host keeps the plan's words.
 */
export function buildHostIndex(facts: PlanFacts): HostIndex {
  const collector = new HostCollector();
  const nameOf = new Map(facts.industries.map((industry) => [industry.id, industry.name.zh]));

  for (const park of facts.parks) {
    const tableRef: PlanRef = { section: '', table: park.role === 'zone' ? 3 : 2 };
    for (const industry of park.leadIndustries) {
      const name = nameOf.get(industry);
      const sentences = name ? sentencesNaming(park.description, [name]) : [];
      collector.add(industry, { kind: 'park', id: park.id }, 'lead-industry', [
        { text: park.leadIndustriesText, ref: tableRef },
        ...sentences.map((text) => ({ text, ref: park.descriptionRef })),
      ]);
    }
  }

  for (const subPark of facts.subParks) {
    for (const industry of subPark.industries) {
      collector.add(industry, { kind: 'subpark', id: subPark.id }, 'sub-park', subPark.mentions);
    }
  }

  for (const cluster of facts.clusters) {
    const place = { kind: 'cluster' as const, id: cluster.id };
    for (const mention of cluster.directions) {
      const industry = industryOfMention(mention);
      if (!industry) continue;
      collector.add(
        industry,
        place,
        'table-4',
        [{ text: cluster.directionsText, ref: cluster.ref }],
        mention === 'equipment-manufacturing',
      );
    }
    for (const line of cluster.details) {
      const industry = industryOfMention(line.industry);
      if (!industry) continue;
      collector.add(
        industry,
        place,
        'town-text',
        [{ text: line.text, ref: cluster.detailsRef }],
        line.industry === 'equipment-manufacturing',
      );
    }
  }

  for (const line of facts.otherTowns.details) {
    const industry = industryOfMention(line.industry);
    if (!industry) continue;
    collector.add(
      industry,
      { kind: 'other-towns', id: 'other-towns' },
      'town-text',
      [{ text: line.text, ref: facts.otherTowns.ref }],
      line.industry === 'equipment-manufacturing',
    );
  }

  return collector.result(facts.industries.map((industry) => industry.id));
}

/** A place hosting one or more of the chosen industries, with its hosts per industry. */
export interface LensHost {
  kind: HostKind;
  id: string;
  hosts: Host[];
}

/** The union of the hosts of the chosen industries, one entry per place, in index order. */
export function hostsOfIndustries(index: HostIndex, chosen: readonly IndustryId[]): LensHost[] {
  const places = new Map<string, LensHost>();
  for (const industry of chosen) {
    for (const host of index.get(industry) ?? []) {
      const key = hostKey(host);
      const place = places.get(key) ?? { kind: host.kind, id: host.id, hosts: [] };
      place.hosts.push(host);
      places.set(key, place);
    }
  }
  return [...places.values()];
}

/** Keys (`kind:id`) of every place hosting any of the chosen industries. */
export function hostKeysOf(index: HostIndex, chosen: readonly IndustryId[]): ReadonlySet<string> {
  return new Set(hostsOfIndustries(index, chosen).map(hostKey));
}
