/**
 * Nothing shows a raw message key: every key a module uses is registered once that module is
 * loaded. The first screen (src/main.tsx and what it imports) registers its own strings; each
 * lazily loaded chunk (every `import()` of the app's own code) registers what it uses beyond
 * them. And the first screen carries no lazily loaded feature's messages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isRegistered } from '../../src/i18n/strings';
import { messageModules } from '../support/allMessages';
import { analyseMessageUse, loadClosure, registeredIn, shortPath, srcPath, type ModuleUse } from '../support/messageUse';

const moduleOfKey = new Map<string, string>();
for (const { file, messages } of messageModules) for (const key of Object.keys(messages.zh)) moduleOfKey.set(key, srcPath(file));

let uses: Map<string, ModuleUse>;
let firstScreen: Set<string>;
let firstScreenRegistered: Set<string>;

beforeAll(() => {
  uses = analyseMessageUse(new Set(moduleOfKey.keys()));
  firstScreen = loadClosure(uses, srcPath('src/main.tsx'));
  firstScreenRegistered = registeredIn(uses, firstScreen);
}, 120_000);

/** "file:line key (module)" for every key used in `closure` whose module is not in `registered`. */
function unregistered(closure: ReadonlySet<string>, registered: ReadonlySet<string>): string[] {
  const missing: string[] = [];
  for (const file of closure) {
    for (const { key, line } of uses.get(file)?.keys ?? []) {
      const module = moduleOfKey.get(key)!;
      if (!registered.has(module)) missing.push(`${shortPath(file)}:${line} ${key} (${shortPath(module)})`);
    }
  }
  return missing;
}

function lazyEntries(): string[] {
  const entries = new Set<string>();
  for (const use of uses.values()) for (const entry of use.lazyImports) entries.add(entry);
  return [...entries].sort();
}

describe('message registration', () => {
  it('finds the keys the app uses (the analysis itself works)', () => {
    const sidePanel = uses.get(srcPath('src/panels/SidePanel.tsx'))!;
    expect(sidePanel.keys.map((use) => use.key)).toEqual(expect.arrayContaining(['tabOverview', 'tabIndicators', 'tabsLabel']));
    // A key built from a prefix (`tlErr_${code}` as StringKey) counts as every key with that prefix.
    const problems = [...uses.values()].flatMap((use) => use.keys.map((k) => k.key)).filter((key) => key.startsWith('tlErr_'));
    expect(problems.length).toBeGreaterThan(3);
    expect(lazyEntries().map(shortPath)).toEqual(expect.arrayContaining(['src/panels/IndicatorsPanel.tsx', 'src/tour/TourOverlay.tsx']));
  });

  it('registers every key the first screen uses', () => {
    expect(unregistered(firstScreen, firstScreenRegistered)).toEqual([]);
  });

  it('registers every key a lazily loaded chunk uses, once it is loaded', () => {
    const missing = lazyEntries().flatMap((entry) => {
      const closure = loadClosure(uses, entry);
      const registered = new Set([...firstScreenRegistered, ...registeredIn(uses, closure)]);
      return unregistered(closure, registered).map((line) => `${shortPath(entry)} → ${line}`);
    });
    expect(missing).toEqual([]);
  });

  it('keeps the lazily loaded features, and their messages, out of the first screen', () => {
    const inFirstScreen = lazyEntries().filter((entry) => firstScreen.has(entry)).map(shortPath);
    expect(inFirstScreen).toEqual([]);
    const lazyOnly = new Set(lazyEntries().flatMap((entry) => [...registeredIn(uses, loadClosure(uses, entry))]));
    for (const module of firstScreenRegistered) lazyOnly.delete(module);
    expect([...lazyOnly].map(shortPath).sort()).toEqual(
      expect.arrayContaining(['src/i18n/messages/results.ts', 'src/i18n/messages/tour.ts', 'src/i18n/messages/workbench.ts']),
    );
    for (const module of lazyOnly) expect(firstScreen.has(module), shortPath(module)).toBe(false);
  });

  it('registers a feature’s messages when its module is imported', async () => {
    expect(isRegistered('tourPrev')).toBe(false);
    await import('../../src/tour/TourOverlay');
    expect(isRegistered('tourPrev')).toBe(true);
    expect(isRegistered('tabOverview')).toBe(true);
  });
});
