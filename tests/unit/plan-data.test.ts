import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  clusterById,
  clusters,
  inconsistencies,
  indicators,
  industries,
  industryById,
  otherTowns,
  parkById,
  parks,
  subParkById,
  subParks,
} from '../../src/data/plan';
import type { AreaFigure, AreaKind, ClusterLevel, IndustryMention, PlanRef } from '../../src/data/types';

// ---------------------------------------------------------------------------------------
// (1) Every figure of tables 2, 3 and 4, written out independently of the data.
// ---------------------------------------------------------------------------------------

type AreaRow = [AreaKind, number, string];
interface TableParkRow {
  id: string;
  name: string;
  positioning: string;
  lead: string;
  areas: AreaRow[]; // in table order
  targetKind: 'output' | 'revenue';
  targetYi: number;
  targetText: string;
}

const TABLE2: TableParkRow[] = [
  {
    id: 'eco-city',
    name: '永川科技生态城',
    positioning: '面向未来科技、未来产业、未来之城',
    lead: '电子信息、民用航空、生物医药及大健康、科技创新孵化、临空经济等，非禁即入。',
    areas: [
      ['total-planned', 80, '总规划面积80平方公里'],
      ['first-phase', 60, '首开区60平方公里'],
      ['planned-2021-2025', 7.3, '“十四五”期间规划建设面积7.3平方公里'],
    ],
    targetKind: 'output',
    targetYi: 600,
    targetText: '力争产值规模达到600亿元',
  },
  {
    id: 'fenghuanghu',
    name: '凤凰湖产业园',
    positioning: '永川现代制造业基地“核心区”',
    lead: '汽车摩托车、电子信息、智能装备、生物医药及大健康、新能源等，非禁即入。',
    areas: [
      ['approved', 34.66, '规划批准面积34.66平方公里'],
      ['built-2020', 21.5, '截至2020年底建成21.5平方公里'],
      ['planned-2021-2025', 24, '“十四五”期间规划建设面积24平方公里'],
    ],
    targetKind: 'output',
    targetYi: 2000,
    targetText: '力争产值规模达到2000亿元',
  },
  {
    id: 'gangqiao',
    name: '港桥产业园',
    positioning: '永川现代制造业基地“南翼增长极”',
    lead: '智能家居及材料、特色消费品等，非禁即入。',
    areas: [
      ['approved', 12.23, '规划批准面积12.23平方公里'],
      ['built-2020', 7.5, '截至2020年底建成7.5平方公里'],
      ['planned-2021-2025', 7.8, '“十四五”期间规划建设面积7.8平方公里'],
    ],
    targetKind: 'output',
    targetYi: 600,
    targetText: '力争产值规模达到600亿元',
  },
  {
    id: 'sanjiao',
    name: '三教产业园',
    positioning: '永川现代制造业基地“北翼增长极”',
    lead: '智能家居及材料、特色消费品等，非禁即入。',
    areas: [
      ['approved', 5.81, '规划批准面积5.81平方公里'],
      ['built-2020', 6, '截至2020年底建成6平方公里'],
      ['planned-2021-2025', 7.67, '“十四五”期间规划建设面积7.67平方公里'],
    ],
    targetKind: 'output',
    targetYi: 300,
    targetText: '力争产值规模达到300亿元',
  },
];

const TABLE3: TableParkRow = {
  id: 'bonded-zone',
  name: '永川综合保税区',
  positioning: '内陆开放型经济的重要平台载体',
  lead: '汽车摩托车、智能装备、电子信息、生物医药及大健康、民用航空等，非禁即入。',
  areas: [['planned-2021-2025', 1.11, '“十四五”期间规划建设面积1.11平方公里']],
  targetKind: 'revenue',
  targetYi: 100,
  targetText: '力争营业收入规模达到100亿元',
};

/** Area figures printed in the section text (not the tables). */
const TEXT_AREAS: Record<string, [AreaKind, number, string][]> = {
  'eco-city': [['built-up-2025', 7.3, '四（一）1']],
  fenghuanghu: [['planned-2021-2025', 24, '四（一）2']],
  gangqiao: [['planned-2021-2025', 7.8, '四（一）3']],
  sanjiao: [['planned-2021-2025', 7.67, '四（一）3']],
  'bonded-zone': [['planned-2021-2025', 1.11, '四（二）1']],
};

type Row4 = [string, string, string, ClusterLevel, ClusterLevel, string, IndustryMention[], string];
const D: ClusterLevel = 'district';
const M: ClusterLevel = 'municipal';
// [id, 镇街名称, code, 中小企业集聚区 level, 小企业创业基地 level, 主导产业方向, parsed, 备注]
const TABLE4: Row4[] = [
  ['cluster-shengli-road', '胜利路街道', '500118002000', D, D, '装备制造、特色消费品、智能家居及材料等产业。', ['equipment-manufacturing', 'consumer-goods', 'smart-home-materials'], '非禁即入'],
  ['cluster-nandajie', '南大街街道', '500118003000', D, D, '智能家居及材料、特色消费品、电子信息、装备制造等产业。', ['smart-home-materials', 'consumer-goods', 'electronics', 'equipment-manufacturing'], ''],
  ['cluster-weixinghu', '卫星湖街道', '500118007000', D, D, '智能家居及材料、特色消费品、电子信息等产业。', ['smart-home-materials', 'consumer-goods', 'electronics'], ''],
  ['cluster-da-an', '大安街道', '500118005000', M, D, '特色消费品、汽车摩托车、智能家居及材料、电子信息等产业', ['consumer-goods', 'auto-moto', 'smart-home-materials', 'electronics'], ''],
  ['cluster-chenshi', '陈食街道', '500118006000', D, D, '汽车摩托车、特色消费品、智能家居及材料、装备制造、电子信息等产业。', ['auto-moto', 'consumer-goods', 'smart-home-materials', 'equipment-manufacturing', 'electronics'], ''],
  ['cluster-honglu', '红炉镇', '500118114000', M, D, '智能家居及材料、特色消费品等产业。', ['smart-home-materials', 'consumer-goods'], ''],
  ['cluster-shuangshi', '双石镇', '500118113000', M, M, '智能家居及材料、特色消费品、汽车摩托车、装备制造、电子信息等产业。', ['smart-home-materials', 'consumer-goods', 'auto-moto', 'equipment-manufacturing', 'electronics'], ''],
  ['cluster-sanjiao', '三教镇', '500118116000', M, M, '汽车摩托车、装备制造、特色消费品、智能家居及材料、电子信息等产业。', ['auto-moto', 'equipment-manufacturing', 'consumer-goods', 'smart-home-materials', 'electronics'], ''],
  ['cluster-linjiang', '临江镇', '500118104000', M, D, '特色消费品产业。', ['consumer-goods'], ''],
  ['cluster-qingfeng', '青峰镇', '500118100000', D, M, '生物医药及大健康、特色消费品、装备制造、智能家居及材料等产业。', ['biomed-health', 'consumer-goods', 'equipment-manufacturing', 'smart-home-materials'], ''],
  ['cluster-banqiao', '板桥镇', '500118117000', D, M, '特色消费品产业。', ['consumer-goods'], ''],
  ['cluster-wujian', '五间镇', '500118110000', D, D, '特色消费品、电子信息、装备制造等产业。', ['consumer-goods', 'electronics', 'equipment-manufacturing'], ''],
  ['cluster-hegeng', '何埂镇', '500118106000', D, D, '特色消费品、智能家居及材料等产业。', ['consumer-goods', 'smart-home-materials'], ''],
  ['cluster-xianlong', '仙龙镇', '500118108000', D, D, '特色消费品、智能家居及材料等产业。', ['consumer-goods', 'smart-home-materials'], ''],
  ['cluster-yongrong', '永荣镇', '500118115000', D, D, '特色消费品、智能家居及材料、电子信息等产业。', ['consumer-goods', 'smart-home-materials', 'electronics'], ''],
];

const LEVEL_ZH: Record<ClusterLevel, string> = { municipal: '市级', district: '区级' };

function checkTableRow(row: TableParkRow, table: 2 | 3) {
  const park = parkById(row.id);
  expect(park, row.id).toBeDefined();
  if (!park) return;
  expect(park.name.zh).toBe(row.name);
  expect(park.positioning.zh).toBe(row.positioning);
  expect(park.leadIndustriesText).toBe(row.lead);
  const tableAreas = park.areas.filter((a) => a.ref.table === table);
  expect(tableAreas.map((a): AreaRow => [a.kind, a.valueKm2, a.text])).toEqual(row.areas);
  for (const a of tableAreas) expect(a.ref.section, `${row.id} ${a.text}`).toBe('');
  expect(park.target.kind).toBe(row.targetKind);
  expect(park.target.valueYi).toBe(row.targetYi);
  expect(park.target.text).toBe(row.targetText);
  expect(park.target.year).toBe(2025);
  expect(park.target.ref.table).toBe(table);
}

describe('table 2 (一城一核两翼)', () => {
  for (const row of TABLE2) it(`${row.name}: every cell`, () => checkTableRow(row, 2));
});

describe('table 3 (一区)', () => {
  it(`${TABLE3.name}: every cell`, () => checkTableRow(TABLE3, 3));
});

describe('area figures from the section text', () => {
  for (const [id, rows] of Object.entries(TEXT_AREAS)) {
    it(id, () => {
      const textAreas = parkById(id)?.areas.filter((a) => a.ref.table === undefined) ?? [];
      expect(textAreas.map((a) => [a.kind, a.valueKm2, a.ref.section])).toEqual(rows);
    });
  }
  it('新材料产业园 is 5 km²', () => {
    const area = subParkById('fenghuanghu-new-materials')?.area;
    expect(area?.kind).toBe('sub-park');
    expect(area?.valueKm2).toBe(5);
    expect(area?.ref.section).toBe('四（一）2');
  });
});

describe('table 4 (多点)', () => {
  it('has the 15 rows in table order', () => {
    expect(clusters.map((c) => c.id)).toEqual(TABLE4.map((r) => r[0]));
  });
  for (const [id, name, code, agg, inc, dirText, dirs, remark] of TABLE4) {
    it(`${name}: every cell`, () => {
      const c = clusterById(id);
      expect(c, id).toBeDefined();
      if (!c) return;
      expect(c.name.zh).toBe(name);
      expect(c.townshipCode).toBe(code);
      expect(c.agglomerationLevel).toBe(agg);
      expect(c.incubatorLevel).toBe(inc);
      expect(c.positioningText).toBe(`${LEVEL_ZH[agg]}中小企业集聚区/${LEVEL_ZH[inc]}小企业创业基地`);
      expect(c.directionsText).toBe(dirText);
      expect(c.directions).toEqual(dirs);
      expect(c.remark).toBe(remark);
      expect(c.ref).toEqual({ section: '', table: 4 });
      expect(c.detailsRef).toEqual({ section: '四（二）2' });
    });
  }
});

// ---------------------------------------------------------------------------------------
// (2) Structure.
// ---------------------------------------------------------------------------------------

const INDUSTRY_IDS = [
  'auto-moto',
  'electronics',
  'smart-equipment',
  'smart-home-materials',
  'consumer-goods',
  'biomed-health',
  'new-energy',
  'civil-aviation',
  'digital',
];
const MENTIONS = [...INDUSTRY_IDS, 'equipment-manufacturing', 'other'];
const AREA_KINDS = ['total-planned', 'first-phase', 'approved', 'built-2020', 'planned-2021-2025', 'built-up-2025', 'sub-park'];

/** Every PlanRef anywhere in a value (objects with a string `section`). */
function refsIn(value: unknown, path = '$', out: [string, PlanRef][] = []): [string, PlanRef][] {
  if (Array.isArray(value)) value.forEach((v, i) => refsIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.section === 'string') out.push([path, obj as unknown as PlanRef]);
    else for (const [k, v] of Object.entries(obj)) refsIn(v, `${path}.${k}`, out);
  }
  return out;
}

describe('structure', () => {
  it('has the expected counts', () => {
    expect(parks).toHaveLength(5);
    expect(subParks).toHaveLength(10);
    expect(clusters).toHaveLength(15);
    expect(industries).toHaveLength(9);
    expect(indicators).toHaveLength(24);
    expect(otherTowns.townshipCodes).toHaveLength(5);
    expect(otherTowns.names).toHaveLength(5);
  });

  it('has unique ids, also across collections', () => {
    const ids = [parks, subParks, clusters, industries, indicators, inconsistencies].flatMap((list) =>
      list.map((item) => item.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const codes = [...clusters.map((c) => c.townshipCode), ...otherTowns.townshipCodes];
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^500118\d{6}$/);
  });

  it('has table 1 rows numbered 1-24, every cell non-empty', () => {
    indicators.forEach((ind, i) => {
      expect(ind.row).toBe(i + 1);
      for (const cell of [ind.value2020, ind.target2022, ind.growth2022, ind.target2025, ind.growth2025, ind.unit]) {
        expect(cell.trim(), `${ind.id}`).not.toBe('');
        expect(cell).not.toMatch(/\s/);
      }
      expect(ind.name.zh).not.toBe('');
      expect(ind.name.en).not.toBe('');
      expect(ind.category.zh).not.toBe('');
      expect(ind.category.en).not.toBe('');
      expect(['expected', 'binding']).toContain(ind.attribute);
      expect(ind.ref).toEqual({ section: '', table: 1 });
    });
    expect(indicators.filter((i) => i.attribute === 'binding').map((i) => i.row)).toEqual([18, 19]);
  });

  it('gives every ref a section or a table, with valid numbers', () => {
    const all = refsIn({ parks, subParks, clusters, otherTowns, industries, indicators, inconsistencies });
    expect(all.length).toBeGreaterThan(100);
    for (const [path, ref] of all) {
      expect(ref.section !== '' || ref.table !== undefined, path).toBe(true);
      if (ref.table !== undefined) expect([1, 2, 3, 4], path).toContain(ref.table);
      if (ref.box !== undefined) expect(ref.box >= 1 && ref.box <= 15, path).toBe(true);
      if (ref.section) expect(ref.section, path).toMatch(/^[一二三四五六]（?/u);
    }
  });

  it('resolves parks and sub-parks both ways', () => {
    for (const park of parks) {
      for (const id of park.subParkIds) expect(subParkById(id)?.parentId, `${park.id} -> ${id}`).toBe(park.id);
    }
    for (const sp of subParks) {
      const parent = parkById(sp.parentId);
      expect(parent, sp.id).toBeDefined();
      expect(parent?.subParkIds).toContain(sp.id);
      expect(sp.mentions.length).toBeGreaterThan(0);
      for (const ind of sp.industries) expect(INDUSTRY_IDS).toContain(ind);
    }
  });

  it('uses only known enum values', () => {
    const roles: Record<string, string> = { 'eco-city': 'city', fenghuanghu: 'core', gangqiao: 'wing', sanjiao: 'wing', 'bonded-zone': 'zone' };
    for (const park of parks) {
      expect(park.role).toBe(roles[park.id]);
      for (const ind of park.leadIndustries) expect(INDUSTRY_IDS).toContain(ind);
      for (const a of park.areas) expect(AREA_KINDS).toContain(a.kind);
      expect(park.areas.some((a) => a.kind === park.shapeSizedBy), park.id).toBe(true);
    }
    expect(parkById('gangqiao')?.wing).toBe('south');
    expect(parkById('sanjiao')?.wing).toBe('north');
    for (const c of clusters) {
      for (const d of c.directions) expect(MENTIONS).toContain(d);
      for (const line of c.details) expect(MENTIONS).toContain(line.industry);
    }
    for (const line of otherTowns.details) expect(MENTIONS).toContain(line.industry);
    expect(industries.map((i) => i.id)).toEqual(INDUSTRY_IDS);
    for (const ind of industries) {
      expect(['pillar', 'emerging', 'digital']).toContain(ind.tier);
      expect(ind.keyProjects.length).toBeGreaterThan(0);
      expect(ind.subSectors.length).toBeGreaterThan(0);
      if (ind.clusterTarget === null) expect(ind.clusterTargetYi).toBeNull();
      else expect(ind.clusterTarget).toBe(`${ind.clusterTargetYi}亿级`);
    }
  });

  it('has the industry targets and boxes as printed', () => {
    const targets = Object.fromEntries(industries.map((i) => [i.id, [i.tier, i.clusterTarget, i.box]]));
    expect(targets).toEqual({
      'auto-moto': ['pillar', '1100亿级', 1],
      electronics: ['pillar', '400亿级', 2],
      'smart-equipment': ['pillar', null, 3],
      'smart-home-materials': ['pillar', '350亿级', 4],
      'consumer-goods': ['pillar', '500亿级', 5],
      'biomed-health': ['emerging', '120亿级', 6],
      'new-energy': ['emerging', '130亿级', 7],
      'civil-aviation': ['emerging', '50亿级', 8],
      digital: ['digital', null, 9],
    });
    expect(industryById('smart-equipment')?.otherTargets.map((t) => t.text)).toEqual(['到2025年，力争智能装备产业实现产值350亿元']);
  });

  it('points every inconsistency at things that exist', () => {
    const known = new Set<string>([
      ...parks.map((p) => p.id),
      ...subParks.map((s) => s.id),
      ...clusters.map((c) => c.id),
      ...industries.map((i) => i.id),
      ...indicators.map((i) => i.id),
    ]);
    for (const item of inconsistencies) {
      expect(item.statements.length, item.id).toBeGreaterThanOrEqual(2);
      expect(item.affects.length, item.id).toBeGreaterThan(0);
      for (const id of item.affects) expect(known.has(id), `${item.id} -> ${id}`).toBe(true);
    }
    for (const id of ['auto-moto-cluster-target', 'sanjiao-built-exceeds-approved', 'linjiang-industries', 'equipment-naming']) {
      expect(inconsistencies.map((i) => i.id)).toContain(id);
    }
  });

  it('keeps every activity inside its sentence', () => {
    for (const line of [...clusters.flatMap((c) => c.details), ...otherTowns.details]) {
      for (const act of line.activities) expect(line.text).toContain(act);
    }
  });
});

// ---------------------------------------------------------------------------------------
// (3) Against the plan text, where it is present.
// ---------------------------------------------------------------------------------------

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const PLAN_PATH = `${repoRoot}../shared/source/yongchuan-manufacturing-base-plan-2021-2025.txt`;
const planPresent = existsSync(PLAN_PATH);
/** CI always has the plan beside the clone: there a missing text is a failure, not a skip. */
const inCi = process.env.CI === 'true';
if (!planPresent && !inCi) {
  console.warn(`[plan-data] Plan text not found at ${PLAN_PATH}: skipping the verbatim checks against it.`);
}

describe('the plan text the data is checked against', () => {
  it.runIf(inCi)('is present in CI', () => {
    expect(planPresent, `plan text not found at ${PLAN_PATH}`).toBe(true);
  });
});
const rawPlan = planPresent ? readFileSync(PLAN_PATH, 'utf8') : '';
/** Whitespace and the image placeholder (between 重庆 and ·云谷) removed. */
const squash = (s: string) => s.replace(/\[image:[^\]]*\]/gu, '').replace(/\s+/gu, '');
const flatPlan = squash(rawPlan);

const ATTRIBUTE_ZH = { expected: '预期性', binding: '约束性' } as const;

function verbatimTexts(): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, text: string | undefined) => {
    if (text) out.push([where, text]);
  };
  for (const p of parks) {
    add(`${p.id}.name`, p.name.zh);
    p.aliases.forEach((a) => add(`${p.id}.alias`, a));
    add(`${p.id}.positioning`, p.positioning.zh);
    add(`${p.id}.leadIndustriesText`, p.leadIndustriesText);
    p.otherLeadActivities.forEach((a) => add(`${p.id}.otherLead`, a.zh));
    p.areas.forEach((a: AreaFigure) => add(`${p.id}.area`, a.text));
    add(`${p.id}.target`, p.target.text);
    add(`${p.id}.description`, p.description);
    p.honours.forEach((h) => add(`${p.id}.honour`, h.zh));
    // The table row reads name, positioning, lead industries in sequence.
    add(`${p.id}.tableRow`, `${p.name.zh}${p.positioning.zh}${p.leadIndustriesText}`);
  }
  for (const s of subParks) {
    add(`${s.id}.name`, s.name.zh);
    s.aliases?.forEach((a) => add(`${s.id}.alias`, a));
    s.mentions.forEach((m) => add(`${s.id}.mention`, m.text));
    add(`${s.id}.industriesText`, s.industriesText);
    add(`${s.id}.area`, s.area?.text);
  }
  for (const c of clusters) {
    add(`${c.id}.row`, `${c.name.zh}${c.positioningText}${c.directionsText}${c.remark}`);
    c.details.forEach((d) => add(`${c.id}.detail`, d.text));
  }
  add('otherTowns.text', otherTowns.text);
  otherTowns.details.forEach((d) => add('otherTowns.detail', d.text));
  otherTowns.names.forEach((n) => add('otherTowns.name', n.zh));
  for (const ind of industries) {
    add(`${ind.id}.summary`, ind.summary);
    ind.otherTargets.forEach((t) => add(`${ind.id}.otherTarget`, t.text));
    ind.subSectors.forEach((s) => add(`${ind.id}.subSector`, `${s.zh}。`));
    ind.keyProjects.forEach((k) => {
      add(`${ind.id}.project.name`, k.name.zh);
      add(`${ind.id}.project.text`, k.text);
    });
    if (ind.clusterTarget) add(`${ind.id}.clusterTarget`, ind.clusterTarget);
  }
  for (const ind of indicators) {
    add(`${ind.id}.name`, `${ind.name.zh}（${ind.unit}）`);
    const cells = [ind.value2020, ind.target2022, ind.growth2022, ind.target2025, ind.growth2025].join('');
    add(`${ind.id}.row`, `${ind.name.zh}（${ind.unit}）${ATTRIBUTE_ZH[ind.attribute]}${cells}`);
  }
  for (const item of inconsistencies) item.statements.forEach((s) => add(`${item.id}.statement`, s.text));
  return out;
}

/** All numbers in the data: numeric fields, and numbers inside strings. */
function numbersIn(value: unknown, out = new Set<number>()): Set<number> {
  if (typeof value === 'number') out.add(value);
  else if (typeof value === 'string') for (const m of value.match(/\d+(?:\.\d+)?/gu) ?? []) out.add(Number(m));
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbersIn(v, out));
  return out;
}

describe('against the plan text', () => {
  it.skipIf(!planPresent)('finds every verbatim text in the plan', () => {
    const missing = verbatimTexts().filter(([, text]) => !flatPlan.includes(squash(text)));
    expect(missing).toEqual([]);
  });

  it.skipIf(!planPresent)('reads each table row and town paragraph in sequence', () => {
    // Sequence checks ignore the ，/。 that join figures within a cell or sentences within a paragraph.
    const bare = (s: string) => squash(s).replace(/[，。]/gu, '');
    const barePlan = bare(rawPlan);
    const sequences: [string, string][] = [];
    for (const p of parks) {
      const table = p.role === 'zone' ? 3 : 2;
      const cells = [p.name.zh, p.positioning.zh, p.leadIndustriesText, ...p.areas.filter((a) => a.ref.table === table).map((a) => a.text), p.target.text];
      sequences.push([`${p.id} table ${table} row`, cells.join('')]);
    }
    for (const c of clusters) {
      const sentences = c.details.map((d) => d.text).filter((t, i, all) => all.indexOf(t) === i);
      sequences.push([`${c.id} paragraph`, `${c.name.zh}：${sentences.join('')}`]);
    }
    sequences.push(['otherTowns paragraph', otherTowns.names.map((n) => n.zh).join('、') + '等镇街' + otherTowns.details.map((d) => d.text).join('')]);
    const missing = sequences.filter(([, seq]) => !barePlan.includes(bare(seq)));
    expect(missing).toEqual([]);
  });

  it.skipIf(!planPresent)('finds the indicator categories of table 1 in order', () => {
    const cats = [...new Set(indicators.map((i) => i.category.zh))];
    const first = cats.map((c) => indicators.find((i) => i.category.zh === c));
    for (const [i, c] of cats.entries()) expect(flatPlan).toContain(`${c}${first[i]?.name.zh}`);
  });

  it.skipIf(!planPresent)('has every number printed from table 2 to section 四（三） in the data', () => {
    const lines = rawPlan.split('\n');
    const start = lines.findIndex((l) => l.startsWith('表2'));
    const end = lines.findIndex((l) => l.startsWith('（三）载体建设'));
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const printed = lines
      .slice(start, end)
      .filter((l) => !/^表\d/u.test(l.trim())) // table captions
      .map((l) => l.replace(/^\s*\d+\.(?=\D)/u, '')) // item numbers such as "1.一区开放"
      .join('\n')
      .match(/\d+(?:\.\d+)?/gu);
    expect(printed?.length).toBeGreaterThan(20);
    const data = numbersIn({ parks, subParks, clusters, otherTowns });
    data.add(clusters.length); // "15个中小企业集聚区和小企业创业基地"
    const missing = [...new Set(printed)].filter((n) => !data.has(Number(n)));
    expect(missing).toEqual([]);
  });
});
