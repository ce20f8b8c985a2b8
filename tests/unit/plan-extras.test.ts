/**
 * The plan package's extra parts as the app reads them (src/data/planExtras.ts): projects under
 * their areas, grouped by what they build; the regional cooperation with the partners the map
 * can show; results of years without a target. Read from the shipped package files, and from
 * malformed input that must be left out without a crash.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boxesOf, loadPlanExtras, projectsForArea, readProjects, readRegional, regionalCooperation } from '../../src/data/planExtras';
import { planRefOf } from '../../src/data/packageRef';
import { parks } from '../../src/data/plan';
import { groupOfKind, groupProjects } from '../../src/projects/group';
import { initiativePlaces, unionBox } from '../../src/regional/places';
import { checkResultsFile } from '../../src/results/schema';
import { interimResults, type ShownResult } from '../../src/results/status';

const PACKAGE = 'geodata/plans/yongchuan-2021-2025/';
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const boxes = readProjects(readJson(`${PACKAGE}projects.json`));
const coop = readRegional(readJson(`${PACKAGE}regional.json`));
const neighbours = readJson('geodata/neighbours.geojson') as { features: { properties: { id: string; name: string } }[] };
const known = new Set(neighbours.features.map((f) => f.properties.id));
const extras = { projectBoxes: boxes, regional: coop };

describe('projects under their areas', () => {
  it('reads every item of the package, each under its box', () => {
    const raw = readJson(`${PACKAGE}projects.json`) as { boxes: { items: unknown[] }[] };
    expect(boxes.flatMap((b) => b.items)).toHaveLength(raw.boxes.reduce((n, b) => n + b.items.length, 0));
    expect(boxes.every((box) => box.items.every((item) => item.boxId === box.id))).toBe(true);
  });

  it('lists under each park exactly the package’s items naming it, in the package’s order, and every item with an area under one park', () => {
    const all = boxes.flatMap((b) => b.items);
    let listed = 0;
    for (const park of parks) {
      const items = projectsForArea(extras, park.id);
      expect(items.map((i) => i.id)).toEqual(all.filter((i) => i.area === park.id).map((i) => i.id));
      listed += items.length;
    }
    expect(listed).toBe(all.filter((i) => i.area !== undefined).length);
    expect(projectsForArea(extras, 'no-such-area')).toEqual([]);
  });

  it('groups by what is built, roads first, and keeps every item exactly once', () => {
    const items = boxes.flatMap((b) => b.items);
    const groups = groupProjects(items);
    expect(groups.map((g) => g.group)).toEqual(['road', 'gas', 'power', 'water', 'other']);
    expect(groups.flatMap((g) => g.items).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...items].sort((a, b) => a.id.localeCompare(b.id)));
    expect(['road', 'gas', 'power', 'water', 'sewage', 'site', 'rail', 'other', 'tunnel'].map(groupOfKind)).toEqual([
      'road',
      'gas',
      'power',
      'water',
      'water',
      'other',
      'other',
      'other',
      'other',
    ]);
    // A park with only roads and others has no empty groups.
    const groupsOf = (items: { kind: string }[]) => groupProjects(items as never).map((g) => g.group);
    expect(groupsOf([{ kind: 'road' }, { kind: 'site' }])).toEqual(['road', 'other']);
    expect(groupProjects([])).toEqual([]);
  });

  it('names the boxes a park’s items come from, with the plan reference as the app shows it', () => {
    for (const park of parks) {
      const items = projectsForArea(extras, park.id);
      const from = boxesOf(extras, items);
      expect(new Set(from.map((b) => b.id))).toEqual(new Set(items.map((i) => i.boxId)));
    }
    expect(planRefOf({ section: '四（三）', box: '10' })).toEqual({ section: '四（三）', box: 10 });
    expect(planRefOf({ section: '五（六）' })).toEqual({ section: '五（六）' });
    expect(planRefOf({ box: '10a', table: 7 })).toEqual({ section: '' });
  });

  it('leaves malformed boxes and items out, never throws', () => {
    expect(readProjects(null)).toEqual([]);
    expect(readProjects({ boxes: 'x' })).toEqual([]);
    const read = readProjects({
      boxes: [
        { id: 'b', title: { zh: '甲', en: 'A' }, ref: { section: '一' }, items: [{ id: 'ok', name: { zh: '路', en: 'Road' } }, { id: 'no-name' }, 7, null] },
        { id: 'no-title', items: [] },
      ],
    });
    expect(read).toEqual([
      { id: 'b', title: { zh: '甲', en: 'A' }, ref: { section: '一' }, items: [{ id: 'ok', name: { zh: '路', en: 'Road' }, kind: 'other', ref: {}, boxId: 'b' }] },
    ]);
  });

  it('loads both files through one reader', async () => {
    const asked: string[] = [];
    const loaded = await loadPlanExtras(async (url) => {
      asked.push(url);
      return readJson(url.includes('regional') ? `${PACKAGE}regional.json` : `${PACKAGE}projects.json`);
    });
    expect(asked).toHaveLength(2);
    expect(loaded.projectBoxes).toEqual(boxes);
    expect(regionalCooperation(loaded)).toEqual(coop);
  });
});

describe('the regional view', () => {
  it('reads every initiative and partner of the package', () => {
    const raw = readJson(`${PACKAGE}regional.json`) as { partners: unknown[]; initiatives: { partners: string[] }[] };
    expect(coop?.partners).toHaveLength(raw.partners.length);
    expect(coop?.initiatives.map((x) => x.partners)).toEqual(raw.initiatives.map((x) => x.partners));
  });

  it('ties partners to the neighbours layer only where the layer holds them, and names them as the layer does', () => {
    const placed = coop?.partners.filter((p) => p.onMap) ?? [];
    expect(placed.length).toBeGreaterThan(0);
    for (const partner of placed) {
      for (const id of partner.onMap?.neighbours ?? []) {
        const feature = neighbours.features.find((f) => f.properties.id === id);
        expect(feature, `${partner.id} → ${id}`).toBeDefined();
      }
      const names = (partner.onMap?.neighbours ?? []).map((id) => neighbours.features.find((f) => f.properties.id === id)?.properties.name ?? '');
      // A district partner is its own feature; a city partner's part is said to be a part, naming each piece.
      if (names.length === 1) expect(names[0]).toContain(partner.name.zh);
      else for (const name of names) expect(partner.onMap?.note?.zh).toContain(name);
    }
  });

  it('splits an initiative’s partners into those on the map and those not, and collects the features once each', () => {
    for (const initiative of coop?.initiatives ?? []) {
      const places = initiativePlaces(coop!, initiative.id, known);
      expect([...places.onMap, ...places.notOnMap].map((p) => p.id).sort()).toEqual([...initiative.partners].sort());
      expect(new Set(places.neighbourIds).size).toBe(places.neighbourIds.length);
      expect(places.neighbourIds.every((id) => known.has(id))).toBe(true);
    }
    // Unknown to the layer: not on the map.
    const none = initiativePlaces(coop!, coop!.initiatives[0]!.id, new Set());
    expect(none.onMap).toEqual([]);
    expect(none.neighbourIds).toEqual([]);
    expect(initiativePlaces(coop!, 'no-such-initiative', known)).toEqual({ onMap: [], notOnMap: [], neighbourIds: [] });
  });

  it('frames the union of boxes', () => {
    expect(unionBox([])).toBeNull();
    expect(
      unionBox([
        [1, 2, 3, 4],
        [0, 3, 2, 5],
      ]),
    ).toEqual([0, 2, 3, 5]);
  });

  it('leaves out malformed partners and initiatives, and partners an initiative names that do not exist', () => {
    expect(readRegional({})).toBeNull();
    const read = readRegional({
      text: '文',
      partners: [{ id: 'a', name: { zh: '甲', en: 'A' }, onMap: { neighbours: ['1', 2] } }, { id: 'b' }],
      initiatives: [{ id: 'x', name: { zh: '乙', en: 'B' }, text: '文', partners: ['a', 'b', 'c'] }, { id: 'y' }],
    });
    expect(read?.partners).toEqual([{ id: 'a', name: { zh: '甲', en: 'A' }, kind: 'other', ref: {}, onMap: { neighbours: ['1'] } }]);
    expect(read?.initiatives.map((x) => [x.id, x.partners])).toEqual([['x', ['a']]]);
  });
});

describe('results of years without a target', () => {
  const shipped = checkResultsFile(readJson(`${PACKAGE}results.json`)).entries.map((e): ShownResult => ({ ...e, origin: 'committed' }));

  it('lists the shipped 2021 and 2023 results beside the next target, none of a target year', () => {
    const interim = interimResults(shipped);
    expect(interim.map((i) => [i.measure.key, i.result.year, i.nextTarget?.year ?? null])).toEqual([
      ['indicator:industrial-output', 2021, 2022],
      ['indicator:industrial-output', 2023, 2025],
      ['indicator:enterprise-led-innovation-platforms', 2023, 2025],
    ]);
    const atTarget = { ...shipped[0]!, year: 2025 };
    expect(interimResults([atTarget])).toEqual([]);
    expect(interimResults([{ ...shipped[0]!, year: 2026 }])[0]?.nextTarget).toBeNull();
  });
});
