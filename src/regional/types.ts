/** A plan package's regional cooperation: the plan's text, the partners it names, and its initiatives. */
import type { Bilingual } from '../data/types';
import type { PackageRef } from '../data/packageRef';

export interface RegionalPartner {
  id: string;
  name: Bilingual;
  /** city, district, zone, programme, other: as the package says. */
  kind: string;
  ref: PackageRef;
  /** Where the partner is on the map: ids of features of the neighbours layer, and what they cover. */
  onMap?: { neighbours: string[]; note?: Bilingual };
}

export interface RegionalInitiative {
  id: string;
  name: Bilingual;
  /** Ids of the partners it names. */
  partners: string[];
  /** The plan's words, verbatim. */
  text: string;
  ref: PackageRef;
}

export interface RegionalCooperation {
  /** The plan's paragraph, verbatim. */
  text: string;
  ref: PackageRef;
  partners: RegionalPartner[];
  initiatives: RegionalInitiative[];
}
