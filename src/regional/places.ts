/** Which of an initiative's partners the map can show, and where. Pure. */
import type { BBox } from '../geo/bounds';
import type { RegionalCooperation, RegionalPartner } from './types';

export interface InitiativePlaces {
  /** Partners with an outline in the neighbours layer, and those without. */
  onMap: RegionalPartner[];
  notOnMap: RegionalPartner[];
  /** Ids of the neighbours-layer features to highlight (each once, in the partners' order). */
  neighbourIds: string[];
}

/** `known`: the ids the neighbours layer holds; a partner whose ids are all unknown is not on the map. */
export function initiativePlaces(coop: RegionalCooperation, initiativeId: string, known: ReadonlySet<string>): InitiativePlaces {
  const initiative = coop.initiatives.find((x) => x.id === initiativeId);
  const partners = (initiative?.partners ?? []).flatMap((id) => coop.partners.filter((p) => p.id === id));
  const idsOf = (partner: RegionalPartner) => (partner.onMap?.neighbours ?? []).filter((id) => known.has(id));
  const onMap = partners.filter((p) => idsOf(p).length > 0);
  return {
    onMap,
    notOnMap: partners.filter((p) => idsOf(p).length === 0),
    neighbourIds: [...new Set(onMap.flatMap(idsOf))],
  };
}

/** The box around all the boxes given (null for none). */
export function unionBox(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
