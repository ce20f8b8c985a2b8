/**
 * Every message module of src/i18n/messages/, found by file (a new module is included without
 * being listed), for the tests that look at all the app's strings. The app itself never loads
 * them all: see src/i18n/strings.ts.
 */
import type { Messages } from '../../src/i18n/messages/define';

const found = import.meta.glob<Record<string, unknown>>('../../src/i18n/messages/*.ts', { eager: true });

const isMessages = (value: unknown): value is Messages<string> =>
  typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;

/** Each message module's file (relative to the repository) with its messages. */
export const messageModules: { file: string; messages: Messages<string> }[] = Object.entries(found).flatMap(([path, exports]) =>
  Object.values(exports)
    .filter(isMessages)
    .map((messages) => ({ file: path.replace('../../', ''), messages })),
);

/** All strings of all modules, by language. */
export const allStrings: Record<'zh' | 'en', Record<string, string>> = {
  zh: Object.assign({}, ...messageModules.map((module) => module.messages.zh)) as Record<string, string>,
  en: Object.assign({}, ...messageModules.map((module) => module.messages.en)) as Record<string, string>,
};
