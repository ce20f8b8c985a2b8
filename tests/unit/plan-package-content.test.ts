/**
 * The content added to the plan packages for issue 20 (item 4): box 10's projects and the
 * infrastructure of section 四（三）, the regional cooperation of 五（六） and box 15, the published
 * results of the 2021-2025 plan, and the "2515" industry system of 2023-2027 as far as it is
 * published. Whatever quotes the plan is compared with the plan text; what comes from a report
 * is compared with that report's words, written out here; nothing unpublished may carry a name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkResultsFile } from '../../src/results/schema';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const PLANS = `${repoRoot}geodata/plans/`;
const OLD = `${PLANS}yongchuan-2021-2025/`;
const NEW = `${PLANS}yongchuan-2515-2023-2027/`;
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

interface Text {
  zh: string;
  en: string;
}
interface Ref {
  section?: string;
  box?: string | number;
  source?: string;
  page?: string;
}
interface Item {
  id: string;
  name: Text;
  kind?: string;
  area?: string;
  text?: string;
  ref: Ref;
}
interface Box {
  id: string;
  title: Text;
  ref: Ref;
  items: Item[];
}
interface Partner {
  id: string;
  name: Text;
  kind?: string;
  ref: Ref;
}
interface Initiative {
  id: string;
  name: Text;
  partners: string[];
  text: string;
  ref: Ref;
}
interface Node {
  id: string;
  tier: string;
  name: Text;
  published?: boolean;
  note?: Text;
  hosts?: { area?: string; cluster?: string; ref: Ref }[];
  children?: Node[];
  ref: Ref;
}
interface ResultRow {
  measure: string;
  year: number;
  value: number;
  unit: string;
  trust?: string;
  comparable?: boolean;
  definitionNote?: string;
  source: { title: string; publisher: string; date: string; url?: string; page?: string };
  [key: string]: unknown;
}

const projects = readJson(`${OLD}projects.json`) as { boxes: Box[] };
const regional = readJson(`${OLD}regional.json`) as { text: string; ref: Ref; partners: Partner[]; initiatives: Initiative[] };
const results = readJson(`${OLD}results.json`) as { version: number; results: ResultRow[] };
const manifest2515 = readJson(`${NEW}plan.json`) as {
  id: string;
  status: string;
  documentNumber: string | null;
  period: { from: number; to: number };
  layout: { from: string };
  sources: { id: string; trust: string; url?: string }[];
  parts: Record<string, string>;
};
const industries2515 = readJson(`${NEW}industries.json`) as { tiers: { id: string; count: number }[]; nodes: Node[]; ref: Ref };

/** The 2021-2025 package's areas and indicator rows: from the package once it exists, else from today's plan files. */
const areaIds: Set<string> = existsSync(`${OLD}areas.json`)
  ? new Set((readJson(`${OLD}areas.json`) as { id: string }[]).map((a) => a.id))
  : new Set((readJson(`${repoRoot}geodata/plan/parks.json`) as { id: string }[]).map((a) => a.id));
const indicatorRows: { id: string; unit: string }[] = existsSync(`${OLD}indicators.json`)
  ? (readJson(`${OLD}indicators.json`) as { tables: { rows: { id: string; unit: string }[] }[] }).tables.flatMap((t) => t.rows)
  : (readJson(`${repoRoot}geodata/plan/indicators.json`) as { id: string; unit: string }[]);

const PLAN_PATH = `${repoRoot}../shared/source/yongchuan-manufacturing-base-plan-2021-2025.txt`;
const planPresent = existsSync(PLAN_PATH);
const inCi = process.env.CI === 'true';
const rawPlan = planPresent ? readFileSync(PLAN_PATH, 'utf8') : '';
const lines = rawPlan.split('\n');
const squash = (s: string) => s.replace(/\s+/gu, '');
/** The plan's lines from the first that starts with `from` up to (not including) the first after it that starts with `to`. */
function span(from: string, to: string): string {
  const start = lines.findIndex((l) => l.trim().startsWith(from));
  const end = lines.findIndex((l, i) => i > start && l.trim().startsWith(to));
  expect(start, `plan line starting ${from}`).toBeGreaterThanOrEqual(0);
  expect(end, `plan line starting ${to}`).toBeGreaterThan(start);
  return squash(lines.slice(start, end).join('\n'));
}

describe('the plan text the content is checked against', () => {
  it.runIf(inCi)('is present in CI', () => {
    expect(planPresent, `plan text not found at ${PLAN_PATH}`).toBe(true);
  });
});

const box10 = projects.boxes.find((b) => b.id === 'box-10');
const body43 = projects.boxes.find((b) => b.id === 'section-4-3-infrastructure');
/** The names an item or its sentence uses for an area (a park named in a project's name ties it to that park). */
const AREA_WORDS: Record<string, RegExp> = {
  fenghuanghu: /凤凰湖产业园/u,
  gangqiao: /港桥园区|港桥产业园/u,
  sanjiao: /三教产业园/u,
  'eco-city': /生态城/u,
};

describe('box 10: the parks’ infrastructure projects', () => {
  it('has both groups, every item referenced and tied to an area of the package where it says so', () => {
    expect(box10?.ref).toEqual({ section: '四（三）', box: '10' });
    expect(body43?.ref).toEqual({ section: '四（三）' });
    for (const box of [box10, body43]) {
      for (const item of box?.items ?? []) {
        if (item.area !== undefined) expect(areaIds.has(item.area), `${item.id}.area ${item.area}`).toBe(true);
        expect(item.name.en.trim(), `${item.id}.name.en`).not.toBe('');
      }
    }
    expect(box10?.items.every((i) => i.ref.box === '10' && i.area !== undefined)).toBe(true);
    expect(new Set(projects.boxes.flatMap((b) => b.items.map((i) => i.id))).size).toBe(projects.boxes.reduce((n, b) => n + b.items.length, 0));
  });

  it.skipIf(!planPresent)('lists, under each park, exactly the items box 10 prints for it, in order', () => {
    const box = lines.slice(lines.findIndex((l) => l.startsWith('专栏10')) + 1);
    const parks: [string, string][] = [
      ['fenghuanghu', '凤凰湖产业园'],
      ['gangqiao', '港桥产业园'],
      ['sanjiao', '三教产业园'],
    ];
    for (const [id, name] of parks) {
      const printed = box.find((l) => l.trim().startsWith(`${name}：`))?.trim();
      expect(printed, name).toBeDefined();
      const names = (box10?.items ?? []).filter((i) => i.area === id).map((i) => i.name.zh);
      expect(`${name}：${names.join('、')}。`).toBe(printed);
    }
    expect(box10?.items).toHaveLength(24 + 9 + 10);
  });

  it.skipIf(!planPresent)('quotes the infrastructure of section 四（三） from its text, with a park only where the text names it', () => {
    const section = span('（三）载体建设', '专栏10');
    for (const item of body43?.items ?? []) {
      expect(section, item.id).toContain(squash(item.name.zh));
      if (item.text) expect(section, `${item.id}.text`).toContain(squash(item.text));
      const words = `${item.name.zh}${item.text ?? ''}`;
      const named = Object.entries(AREA_WORDS).filter(([, re]) => re.test(words)).map(([id]) => id);
      expect(named.length, `${item.id} names one park at most`).toBeLessThanOrEqual(1);
      expect(item.area, `${item.id}.area`).toBe(named[0]);
    }
    const kinds = new Set(body43?.items.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['gas', 'power', 'water']);
  });
});

describe('regional cooperation: 五（六） and box 15', () => {
  it('names each initiative’s partners among its partners, and each partner in some initiative', () => {
    const ids = new Set(regional.partners.map((p) => p.id));
    expect(ids.size).toBe(regional.partners.length);
    for (const x of regional.initiatives) {
      for (const p of x.partners) expect(ids.has(p), `${x.id} → ${p}`).toBe(true);
      // A partner of an initiative is named in that initiative's words.
      for (const p of x.partners) expect(squash(x.text), `${x.id} names ${p}`).toContain(regional.partners.find((q) => q.id === p)?.name.zh);
    }
    const used = new Set(regional.initiatives.flatMap((x) => x.partners));
    expect(regional.partners.filter((p) => !used.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it.skipIf(!planPresent)('quotes the plan: the section text, each task of box 15 under its head, each partner where its ref says', () => {
    const section = span('（六）区域协同发展工程', '（七）质量品牌提档工程');
    const box15 = span('专栏15', '（七）质量品牌提档工程');
    expect(section).toContain(squash(regional.text));
    for (const x of regional.initiatives) {
      if (x.ref.box === '15') expect(box15, x.id).toContain(squash(`${x.name.zh}：${x.text}`));
      else expect(squash(rawPlan), x.id).toContain(squash(x.text));
    }
    for (const p of regional.partners) {
      const where = p.ref.box === '15' ? box15 : section;
      expect(where, p.id).toContain(squash(p.name.zh));
    }
  });

  it.skipIf(!planPresent)('has every city box 15 names for the 川南渝西 pilot area', () => {
    const printed = /深化与(.+?)等川南渝西城市/u.exec(span('专栏15', '（七）质量品牌提档工程'))?.[1]?.split('、');
    const initiative = regional.initiatives.find((x) => x.id === 'chuannan-yuxi');
    const names = initiative?.partners.map((id) => regional.partners.find((p) => p.id === id)?.name.zh);
    expect(names).toEqual(printed);
  });
});

describe('published results of the 2021-2025 plan', () => {
  it('passes the results rules, on measures and units of the plan', () => {
    const plain = { ...results, results: results.results.map(({ trust: _trust, ...entry }) => entry) };
    expect(checkResultsFile(plain).problems).toEqual([]);
    for (const r of results.results) {
      const row = indicatorRows.find((i) => `indicator:${i.id}` === r.measure);
      expect(row, r.measure).toBeDefined();
      expect(r.unit).toBe(row?.unit);
    }
  });

  it('names for each result its source, a trust and the figure as the source prints it', () => {
    for (const r of results.results) {
      const label = `${r.measure} ${r.year}`;
      expect(['exact', 'good', 'medium', 'medium-low', 'low'], label).toContain(r.trust);
      expect(r.source.url, label).toMatch(/^https?:\/\//u);
      expect(r.source.title, label).toContain(`${r.value}`);
      if (r.comparable === false) expect(r.definitionNote?.trim(), label).toBeTruthy();
    }
  });

  it('gives the 规上工业总产值 row its 2021 and 2023 results', () => {
    const years = results.results.filter((r) => r.measure === 'indicator:industrial-output').map((r) => [r.year, r.value]);
    expect(years).toEqual([
      [2021, 1550.2],
      [2023, 1815.8],
    ]);
  });
});

describe('the 2515 industry system (2023-2027)', () => {
  /** 渝西都市报, 2024-05-10, the only source found that lists the tiers (its exact words). */
  const REPORT =
    '聚力打造智能网联新能源汽车、先进材料两大主导产业，升级发展电子信息、新能源摩托车、消费品、高端装备、生物医药及大健康五大特色优势产业，做精做优纸及纸制品、智能家居、医疗器械、元宇宙等15个高成长性细分集群';
  const listed = (before: string, after: string) => new RegExp(`${before}(.+?)${after}`, 'u').exec(REPORT)?.[1]?.split('、');
  const nodes = industries2515.nodes;
  const ofTier = (tier: string) => nodes.filter((n) => n.tier === tier);

  it('has 2 leading, 5 distinctive and 15 segment nodes, as the tiers count them', () => {
    for (const tier of industries2515.tiers) expect(ofTier(tier.id), tier.id).toHaveLength(tier.count);
    expect(industries2515.tiers.map((t) => [t.id, t.count])).toEqual([
      ['leading', 2],
      ['distinctive', 5],
      ['segment', 15],
    ]);
  });

  it('names exactly what the report names, in its order, and marks the other 11 segments not published', () => {
    const named = (tier: string) => ofTier(tier).filter((n) => n.published !== false).map((n) => n.name.zh);
    expect(named('leading')).toEqual(listed('聚力打造', '两大主导产业'));
    expect(named('distinctive')).toEqual(listed('升级发展', '五大特色优势产业'));
    expect(named('segment')).toEqual(listed('做精做优', '等15个'));
    const unpublished = ofTier('segment').filter((n) => n.published === false);
    expect(unpublished).toHaveLength(11);
    for (const n of unpublished) expect(n.name.zh).toContain('未公布');
    expect(nodes.filter((n) => n.published === false && n.tier !== 'segment')).toEqual([]);
  });

  it('refers every fact to a named source, and hosts only to areas of the borrowed layout', () => {
    const sourceIds = new Set(manifest2515.sources.map((s) => s.id));
    const refs: Ref[] = [industries2515.ref, ...nodes.flatMap((n) => [n.ref, ...(n.hosts ?? []).map((h) => h.ref)])];
    for (const ref of refs) expect(sourceIds.has(ref.source ?? ''), JSON.stringify(ref)).toBe(true);
    for (const s of manifest2515.sources) expect(s.url, s.id).toMatch(/^https?:\/\//u);
    const hosts = nodes.flatMap((n) => (n.hosts ?? []).map((h) => [n.id, h.area]));
    expect(hosts).toEqual([['intelligent-connected-nev', 'fenghuanghu']]);
    for (const [, area] of hosts) expect(areaIds.has(area ?? '')).toBe(true);
    expect(nodes.flatMap((n) => n.hosts ?? []).every((h) => (h.ref.page ?? '').includes('凤凰湖产业园'))).toBe(true);
  });

  it('is in force for 2023-2027, borrows the 2021-2025 layout and invents no document number', () => {
    expect(manifest2515.id).toBe('yongchuan-2515-2023-2027');
    expect(manifest2515.period).toEqual({ from: 2023, to: 2027 });
    expect(manifest2515.status).toBe('in-force');
    expect(manifest2515.documentNumber).toBeNull();
    expect(manifest2515.layout.from).toBe('yongchuan-2021-2025');
    expect(Object.keys(manifest2515.parts)).toEqual(['industries']);
  });
});
