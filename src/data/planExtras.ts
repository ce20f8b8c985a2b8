/**
 * The one adapter between the plan package's extra parts and the app: its key projects
 * (projects.json), its regional cooperation (regional.json) and its published results
 * (results.json). The files are fetched as the app's own data assets, not compiled in, read
 * tolerantly (a malformed item is left out, never a crash) and offered through pure lookups.
 * Views take what they need from here or as props; they never import a package file.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import projectsUrl from '../../geodata/plans/yongchuan-2021-2025/projects.json?url&no-inline';
import regionalUrl from '../../geodata/plans/yongchuan-2021-2025/regional.json?url&no-inline';
import resultsUrl from '../../geodata/plans/yongchuan-2021-2025/results.json?url&no-inline';
import type { PackageRef } from './packageRef';
import type { Bilingual } from './types';
import type { ProjectBox, ProjectItem } from '../projects/types';
import type { RegionalCooperation, RegionalInitiative, RegionalPartner } from '../regional/types';

/** The committed results of the plan package (fetched by src/results/store.ts). */
export const committedResultsUrl: string = resultsUrl;

export interface PlanExtras {
  projectBoxes: ProjectBox[];
  regional: RegionalCooperation | null;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function bilingual(value: unknown): Bilingual | null {
  return isObject(value) && isText(value['zh']) && isText(value['en']) ? { zh: value['zh'], en: value['en'] } : null;
}

function packageRef(value: unknown): PackageRef {
  if (!isObject(value)) return {};
  const box = value['box'];
  return {
    ...(isText(value['section']) ? { section: value['section'] } : {}),
    ...(typeof value['table'] === 'number' ? { table: value['table'] } : {}),
    ...(isText(box) || typeof box === 'number' ? { box } : {}),
  };
}

/** projects.json: `{ boxes: [{ id, title, ref, items: [{ id, name, kind, area?, text?, ref }] }] }`. */
export function readProjects(raw: unknown): ProjectBox[] {
  if (!isObject(raw)) return [];
  return list(raw['boxes']).flatMap((box): ProjectBox[] => {
    const title = isObject(box) ? bilingual(box['title']) : null;
    if (!isObject(box) || !isText(box['id']) || !title) return [];
    const boxId = box['id'];
    const items = list(box['items']).flatMap((item): ProjectItem[] => {
      const name = isObject(item) ? bilingual(item['name']) : null;
      if (!isObject(item) || !isText(item['id']) || !name) return [];
      return [
        {
          id: item['id'],
          name,
          kind: isText(item['kind']) ? item['kind'] : 'other',
          ...(isText(item['area']) ? { area: item['area'] } : {}),
          ...(isText(item['text']) ? { text: item['text'] } : {}),
          ref: packageRef(item['ref']),
          boxId,
        },
      ];
    });
    return [{ id: boxId, title, ref: packageRef(box['ref']), items }];
  });
}

/** regional.json: `{ text, ref, partners: [{ id, name, kind, ref, onMap? }], initiatives: [{ id, name, partners, text, ref }] }`. */
export function readRegional(raw: unknown): RegionalCooperation | null {
  if (!isObject(raw) || !isText(raw['text'])) return null;
  const partners = list(raw['partners']).flatMap((p): RegionalPartner[] => {
    const name = isObject(p) ? bilingual(p['name']) : null;
    if (!isObject(p) || !isText(p['id']) || !name) return [];
    const onMap = isObject(p['onMap']) ? p['onMap'] : null;
    const neighbours = onMap ? list(onMap['neighbours']).filter(isText) : [];
    const note = onMap ? bilingual(onMap['note']) : null;
    return [
      {
        id: p['id'],
        name,
        kind: isText(p['kind']) ? p['kind'] : 'other',
        ref: packageRef(p['ref']),
        ...(neighbours.length > 0 ? { onMap: { neighbours, ...(note ? { note } : {}) } } : {}),
      },
    ];
  });
  const known = new Set(partners.map((p) => p.id));
  const initiatives = list(raw['initiatives']).flatMap((x): RegionalInitiative[] => {
    const name = isObject(x) ? bilingual(x['name']) : null;
    if (!isObject(x) || !isText(x['id']) || !name || !isText(x['text'])) return [];
    return [{ id: x['id'], name, partners: list(x['partners']).filter(isText).filter((id) => known.has(id)), text: x['text'], ref: packageRef(x['ref']) }];
  });
  return { text: raw['text'], ref: packageRef(raw['ref']), partners, initiatives };
}

/** The projects the package puts under an area, in the package's order (box by box). */
export function projectsForArea(extras: PlanExtras, areaId: string): ProjectItem[] {
  return extras.projectBoxes.flatMap((box) => box.items.filter((item) => item.area === areaId));
}

/** The boxes (lists) the given items come from, in the package's order. */
export function boxesOf(extras: PlanExtras, items: readonly ProjectItem[]): ProjectBox[] {
  const ids = new Set(items.map((item) => item.boxId));
  return extras.projectBoxes.filter((box) => ids.has(box.id));
}

/** The package's regional cooperation, or null where it has none. */
export function regionalCooperation(extras: PlanExtras): RegionalCooperation | null {
  return extras.regional;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

export async function loadPlanExtras(read: (url: string) => Promise<unknown> = fetchJson): Promise<PlanExtras> {
  const [projects, regional] = await Promise.all([read(projectsUrl), read(regionalUrl)]);
  return { projectBoxes: readProjects(projects), regional: readRegional(regional) };
}

interface ExtrasState {
  state: 'idle' | 'loading' | 'ready' | 'error';
  extras: PlanExtras | null;
  error: string | null;
}

const useExtrasStore = create<ExtrasState>()(() => ({ state: 'idle', extras: null, error: null }));

function ensureLoaded(): void {
  if (useExtrasStore.getState().state !== 'idle') return;
  useExtrasStore.setState({ state: 'loading' });
  loadPlanExtras().then(
    (extras) => useExtrasStore.setState({ state: 'ready', extras }),
    (e: unknown) => useExtrasStore.setState({ state: 'error', error: e instanceof Error ? e.message : String(e) }),
  );
}

/** The package's extra parts, loaded on first use (once); `extras` is null until they are. */
export function usePlanExtras(): ExtrasState {
  useEffect(ensureLoaded, []);
  return useExtrasStore();
}
