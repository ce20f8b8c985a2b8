/**
 * Every UI string, in both languages. Strings live in modules under messages/, one per feature;
 * each module is typed so that a key missing from either language fails the type check.
 *
 * Messages are registered, not bundled all at once: the first screen's modules are registered
 * below, and a feature loaded later (src/lazy/features.ts) registers its own modules from its own
 * code (`registerMessages(xMessages)`), so they arrive in its chunk. tests/unit/messages-registered.test.ts
 * checks that every key a module uses is registered once that module is loaded. A new message
 * module is added to `AllMessages` (a type only: it bundles nothing) and registered where it is used.
 */
import type { Messages } from './messages/define';
import { basemapMessages } from './messages/basemap';
import type { compareMessages } from './messages/compare';
import { coreMessages } from './messages/core';
import { distanceMessages } from './messages/distance';
import { exportMessages } from './messages/export';
import type { indicatorMessages } from './messages/indicators';
import type { industryMessages } from './messages/industries';
import { keepMessages } from './messages/keep';
import { intakeMessages } from './messages/intake';
import { lensMessages } from './messages/lens';
import type { parkShareMessages } from './messages/parkShares';
import type { resultsMessages } from './messages/results';
import { searchMessages } from './messages/search';
import { shareMessages } from './messages/share';
import type { tileMessages } from './messages/tiles';
import type { tourMessages } from './messages/tour';
import { townMessages } from './messages/towns';
import { updateMessages } from './messages/update';
import type { workbenchMessages } from './messages/workbench';
import type { workbenchExcelMessages } from './messages/workbenchExcel';
import type { workbenchExportMessages } from './messages/workbenchExport';
import type { workbenchImportMessages } from './messages/workbenchImport';
import type { publishedResultsMessages } from './messages/publishedResults';
import { projectMessages } from './messages/projects';
import { regionalMessages } from './messages/regional';

export type Language = 'zh' | 'en';
export const languages: readonly Language[] = ['zh', 'en'];

type AllMessages =
  | typeof coreMessages
  | typeof industryMessages
  | typeof searchMessages
  | typeof compareMessages
  | typeof indicatorMessages
  | typeof shareMessages
  | typeof distanceMessages
  | typeof exportMessages
  | typeof basemapMessages
  | typeof tourMessages
  | typeof workbenchMessages
  | typeof workbenchExcelMessages
  | typeof workbenchExportMessages
  | typeof townMessages
  | typeof resultsMessages
  | typeof parkShareMessages
  | typeof workbenchImportMessages
  | typeof tileMessages
  | typeof updateMessages
  | typeof keepMessages
  | typeof lensMessages
  | typeof intakeMessages
  | typeof publishedResultsMessages
  | typeof projectMessages
  | typeof regionalMessages;

type KeysOf<M> = M extends { zh: Record<infer K, string> } ? K : never;
export type StringKey = KeysOf<AllMessages>;

const registered: Record<Language, Map<string, string>> = { zh: new Map(), en: new Map() };

/** Makes the strings of `modules` available to `translate` (again: no effect). */
export function registerMessages(...modules: readonly Messages<string>[]): void {
  for (const module of modules) {
    for (const language of languages) for (const [key, text] of Object.entries(module[language])) registered[language].set(key, text);
  }
}

/** Whether `key` has been registered (in both languages: modules are typed to have both). */
export function isRegistered(key: string): boolean {
  return registered.zh.has(key) && registered.en.has(key);
}

// The first screen's strings: header, overview, parks and clusters tabs, details, legend, search,
// the top bar's panels, the keep and update notices.
registerMessages(
  coreMessages,
  searchMessages,
  shareMessages,
  distanceMessages,
  exportMessages,
  basemapMessages,
  townMessages,
  updateMessages,
  keepMessages,
  intakeMessages,
  lensMessages,
  projectMessages,
  regionalMessages,
);

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * The string for `key` in `language`, with `{{name}}` placeholders filled from `values`.
 * A key not registered (a feature's string asked for before its feature loaded) comes back as
 * the key itself; a placeholder without a value stays as written.
 */
export function translate(language: Language, key: StringKey, values?: Record<string, string | number>): string {
  const text = registered[language].get(key) ?? key;
  if (!values) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
