/**
 * Reading geodata/plan/*.json (written from the plan by the project) with type guards.
 * Each file is an array of records, or an object holding that array under the file's
 * name (e.g. `{ "clusters": [...] }`).
 */
import type { AreaKind, ClusterLevel, ParkId, ParkRole } from '../../src/data/types';
import { asArray, asRecord, isRecord, parseJson, type JsonRecord } from './json';

export function planRecords(text: string, file: string, key: string): JsonRecord[] {
  const root = parseJson(text, file);
  const list = Array.isArray(root) ? root : isRecord(root) ? root[key] : undefined;
  return asArray(list, `${file}: ${key}`).map((r, i) => asRecord(r, `${file} record #${i}`));
}

export function bilingual(value: unknown): { zh: string; en: string } | null {
  if (!isRecord(value)) return null;
  const zh = value['zh'];
  const en = value['en'];
  return typeof zh === 'string' && typeof en === 'string' ? { zh, en } : null;
}

export function isClusterLevel(value: unknown): value is ClusterLevel {
  return value === 'municipal' || value === 'district';
}

export interface PlanClusterFacts {
  id: string;
  townshipCode: string;
  name: { zh: string; en: string };
  agglomerationLevel: ClusterLevel;
  incubatorLevel: ClusterLevel;
}

export function readPlanClusters(text: string, file: string): PlanClusterFacts[] {
  return planRecords(text, file, 'clusters').map((r, i) => {
    const what = `${file} record #${i}`;
    const id = r['id'];
    const townshipCode = r['townshipCode'];
    const name = bilingual(r['name']);
    const agglomerationLevel = r['agglomerationLevel'];
    const incubatorLevel = r['incubatorLevel'];
    if (typeof id !== 'string') throw new Error(`${what}: property 'id' missing`);
    if (typeof townshipCode !== 'string') throw new Error(`${what} (${id}): property 'townshipCode' missing`);
    if (!name) throw new Error(`${what} (${id}): property 'name' missing or not {zh, en}`);
    if (!isClusterLevel(agglomerationLevel)) throw new Error(`${what} (${id}): property 'agglomerationLevel' invalid`);
    if (!isClusterLevel(incubatorLevel)) throw new Error(`${what} (${id}): property 'incubatorLevel' invalid`);
    return { id, townshipCode, name, agglomerationLevel, incubatorLevel };
  });
}

export const PARK_IDS: readonly ParkId[] = ['eco-city', 'fenghuanghu', 'gangqiao', 'sanjiao', 'bonded-zone'];
const ROLES: readonly ParkRole[] = ['city', 'core', 'wing', 'zone'];
const AREA_KINDS: readonly AreaKind[] = [
  'total-planned',
  'first-phase',
  'approved',
  'built-2020',
  'planned-2021-2025',
  'built-up-2025',
  'sub-park',
];

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export function isParkId(value: unknown): value is ParkId {
  return isOneOf(PARK_IDS, value);
}

export interface PlanParkFacts {
  id: ParkId;
  role: ParkRole;
  wing?: 'north' | 'south';
  name: { zh: string; en: string };
  sizedBy: AreaKind;
  sizedToKm2: number;
  /** The figure's words as printed, and where: e.g. "规划批准面积34.66平方公里" (表2). */
  sizedByText: string;
  sizedByRef: string;
}

function refText(ref: unknown): string {
  if (!isRecord(ref)) return '';
  const parts: string[] = [];
  if (typeof ref['table'] === 'number') parts.push(`表${ref['table']}`);
  if (typeof ref['section'] === 'string' && ref['section'] !== '') parts.push(ref['section']);
  return parts.join(', ');
}

export function readPlanParks(text: string, file: string): PlanParkFacts[] {
  return planRecords(text, file, 'parks').map((r, i) => {
    const what = `${file} record #${i}`;
    const id = r['id'];
    if (!isParkId(id)) throw new Error(`${what}: property 'id' missing or not a park id`);
    const role = r['role'];
    if (!isOneOf(ROLES, role)) {
      throw new Error(`${what} (${id}): property 'role' invalid`);
    }
    const wing = r['wing'];
    if (wing !== undefined && wing !== 'north' && wing !== 'south') throw new Error(`${what} (${id}): property 'wing' invalid`);
    const name = bilingual(r['name']);
    if (!name) throw new Error(`${what} (${id}): property 'name' missing or not {zh, en}`);
    const sizedBy = r['shapeSizedBy'];
    if (!isOneOf(AREA_KINDS, sizedBy)) {
      throw new Error(`${what} (${id}): property 'shapeSizedBy' invalid`);
    }
    const figures = asArray(r['areas'], `${what} (${id}).areas`)
      .filter(isRecord)
      .filter((a) => a['kind'] === sizedBy && typeof a['valueKm2'] === 'number');
    // Prefer the figure printed in a table.
    const figure = figures.find((a) => isRecord(a['ref']) && typeof a['ref']['table'] === 'number') ?? figures[0];
    const value = figure?.['valueKm2'];
    if (!figure || typeof value !== 'number') throw new Error(`${what} (${id}): no area figure of kind '${sizedBy}'`);
    if (figures.some((a) => a['valueKm2'] !== value)) {
      throw new Error(`${what} (${id}): area figures of kind '${sizedBy}' disagree`);
    }
    return {
      id,
      role,
      ...(wing ? { wing } : {}),
      name,
      sizedBy,
      sizedToKm2: value,
      sizedByText: typeof figure['text'] === 'string' ? figure['text'] : '',
      sizedByRef: refText(figure['ref']),
    };
  });
}

export interface PlanSubParkFacts {
  id: string;
  parentId: ParkId;
  name: { zh: string; en: string };
}

export function readPlanSubParks(text: string, file: string): PlanSubParkFacts[] {
  return planRecords(text, file, 'subparks').map((r, i) => {
    const what = `${file} record #${i}`;
    const id = r['id'];
    if (typeof id !== 'string') throw new Error(`${what}: property 'id' missing`);
    const parentId = r['parentId'];
    if (!isParkId(parentId)) throw new Error(`${what} (${id}): property 'parentId' missing or not a park id`);
    const name = bilingual(r['name']);
    if (!name) throw new Error(`${what} (${id}): property 'name' missing or not {zh, en}`);
    return { id, parentId, name };
  });
}

/** geodata/plan/placements.json: the named towns of each placed feature, by id. */
export function readPlacementTowns(text: string, file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  planRecords(text, file, 'places').forEach((r, i) => {
    const id = r['id'];
    const towns = r['namedTowns'];
    if (typeof id !== 'string') throw new Error(`${file} record #${i}: property 'id' missing`);
    if (!Array.isArray(towns) || !towns.every((t): t is string => typeof t === 'string')) {
      throw new Error(`${file} record #${i} (${id}): property 'namedTowns' is not a list of town ids`);
    }
    out.set(id, towns);
  });
  return out;
}
