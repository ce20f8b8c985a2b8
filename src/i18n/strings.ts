/**
 * Every UI string, in both languages, served by i18next. Strings live in modules under
 * messages/, one per feature; each module is typed so that a key missing from either
 * language fails the type check. Add a feature's module to `modules` below.
 */
import i18next from 'i18next';
import { compareMessages } from './messages/compare';
import { coreMessages } from './messages/core';
import { indicatorMessages } from './messages/indicators';
import { industryMessages } from './messages/industries';
import { searchMessages } from './messages/search';
import { basemapMessages } from './messages/basemap';
import { distanceMessages } from './messages/distance';
import { exportMessages } from './messages/export';
import { shareMessages } from './messages/share';
import { tourMessages } from './messages/tour';
import { workbenchMessages } from './messages/workbench';
import { workbenchExcelMessages } from './messages/workbenchExcel';
import { workbenchExportMessages } from './messages/workbenchExport';
import { townMessages } from './messages/towns';
import { resultsMessages } from './messages/results';
import { parkShareMessages } from './messages/parkShares';
import { workbenchImportMessages } from './messages/workbenchImport';
import { tileMessages } from './messages/tiles';
import { updateMessages } from './messages/update';
import { keepMessages } from './messages/keep';
import { publishedResultsMessages } from './messages/publishedResults';
import { projectMessages } from './messages/projects';
import { regionalMessages } from './messages/regional';

export type Language = 'zh' | 'en';
export const languages: readonly Language[] = ['zh', 'en'];

const modules = [
  coreMessages,
  industryMessages,
  searchMessages,
  compareMessages,
  indicatorMessages,
  shareMessages,
  distanceMessages,
  exportMessages,
  basemapMessages,
  tourMessages,
  workbenchMessages,
  workbenchExcelMessages,
  workbenchExportMessages,
  townMessages,
  resultsMessages,
  parkShareMessages,
  workbenchImportMessages,
  tileMessages,
  updateMessages,
  keepMessages,
  publishedResultsMessages,
  projectMessages,
  regionalMessages,
] as const;

type KeysOf<M> = M extends { zh: Record<infer K, string> } ? K : never;
export type StringKey = KeysOf<(typeof modules)[number]>;

function merge(language: Language): Record<string, string> {
  return Object.assign({}, ...modules.map((module) => module[language]));
}

export const strings: Record<Language, Record<StringKey, string>> = {
  zh: merge('zh') as Record<StringKey, string>,
  en: merge('en') as Record<StringKey, string>,
};

const i18n = i18next.createInstance();
void i18n.init({
  resources: { zh: { translation: strings.zh }, en: { translation: strings.en } },
  lng: 'zh',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes text itself.
  returnNull: false,
});

/** The string for `key` in `language`, with `{{name}}` placeholders filled from `values`. */
export function translate(language: Language, key: StringKey, values?: Record<string, string | number>): string {
  return i18n.t(key, { lng: language, ...values });
}
