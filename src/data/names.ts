import type { Language } from '../i18n/strings';
import type { Selection } from './selection';
import type { GeoData } from './geodata';
import { clusterById, otherTowns, parkById, subParkById } from './plan';
import type { Bilingual } from './types';

export function pick(text: Bilingual, language: Language): string {
  return text[language];
}

/** The name of whatever is selected, in the given language. */
export function displayNameOf(selection: Selection, language: Language, data: GeoData): string {
  switch (selection.kind) {
    case 'park': {
      const park = parkById(selection.id);
      return park ? pick(park.name, language) : selection.id;
    }
    case 'subpark': {
      const subPark = subParkById(selection.id);
      return subPark ? pick(subPark.name, language) : selection.id;
    }
    case 'cluster': {
      const cluster = clusterById(selection.id);
      return cluster ? pick(cluster.name, language) : selection.id;
    }
    case 'other-towns':
      return otherTowns.names.map((name) => pick(name, language)).join(language === 'zh' ? '、' : ', ');
    case 'hub':
    case 'township': {
      const collection = selection.kind === 'hub' ? data.hubs : data.townships;
      const feature = collection.features.find((f) => f.properties.id === selection.id);
      if (!feature) return selection.id;
      return language === 'zh' ? feature.properties.name : feature.properties.nameEn;
    }
  }
}
