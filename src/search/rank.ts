import { hasHan, hanKey, latinKey } from './normalize';
import { SEARCH_KINDS, type SearchKind } from './kinds';
import type { SearchEntry, SearchKey } from './searchIndex';

export interface SearchResult {
  entry: SearchEntry;
  score: number;
  /** The related word that matched, when the match was not on the entry's own name. */
  via?: string;
}

export interface ResultGroup {
  kind: SearchKind;
  results: SearchResult[];
}

/** Scores of each kind of match; a better match of a worse kind never beats a name match. */
const SCORE = {
  exact: 100,
  prefix: 80,
  initialsExact: 75,
  wordPrefix: 70,
  initialsPrefix: 60,
  substring: 45,
} as const;

function startsAnyWord(words: string, query: string): boolean {
  return words
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => word.startsWith(query));
}

function scoreHan(key: SearchKey, query: string): number {
  if (!key.han) return 0;
  if (key.han === query) return SCORE.exact;
  if (key.han.startsWith(query)) return SCORE.prefix;
  if (key.han.includes(query)) return SCORE.substring;
  return 0;
}

function scoreLatin(key: SearchKey, query: string, rawWord: string): number {
  let best = 0;
  for (const field of [key.latin, key.pinyin]) {
    if (!field) continue;
    if (field === query) best = Math.max(best, SCORE.exact);
    else if (field.startsWith(query)) best = Math.max(best, SCORE.prefix);
    // One or two letters inside a word match too much to be useful.
    else if (query.length >= 3 && field.includes(query)) best = Math.max(best, SCORE.substring);
  }
  if (startsAnyWord(key.text, rawWord) && best < SCORE.wordPrefix) best = SCORE.wordPrefix;
  if (key.initials === query) best = Math.max(best, SCORE.initialsExact);
  else if (query.length >= 2 && key.initials.startsWith(query)) best = Math.max(best, SCORE.initialsPrefix);
  return best;
}

/** The score of one entry for a query; 0 when it does not match. Every word of the query must match. */
export function scoreEntry(entry: SearchEntry, query: string): { score: number; via?: string } {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { score: 0 };
  let total = 0;
  let via: string | undefined;
  for (const word of words) {
    let best = 0;
    let bestKey: SearchKey | undefined;
    for (const key of entry.keys) {
      const raw = hasHan(word) ? scoreHan(key, hanKey(word)) : scoreLatin(key, latinKey(word), word.toLowerCase());
      const score = raw * key.weight;
      if (score > best) {
        best = score;
        bestKey = key;
      }
    }
    if (best === 0) return { score: 0 };
    total += best;
    if (bestKey && bestKey.weight < 1) via = bestKey.text;
  }
  return { score: total / words.length, via };
}

const kindOrder = new Map<SearchKind, number>(SEARCH_KINDS.map((kind, index) => [kind, index]));

/** Matches, best first; ties go to the kind listed first, then to the shorter name. */
export function rankEntries(entries: readonly SearchEntry[], query: string, limit = 30): SearchResult[] {
  if (!query.trim()) return [];
  const results: SearchResult[] = [];
  for (const entry of entries) {
    const { score, via } = scoreEntry(entry, query);
    if (score > 0) results.push(via ? { entry, score, via } : { entry, score });
  }
  results.sort(
    (a, b) =>
      b.score - a.score ||
      (kindOrder.get(a.entry.kind) ?? 0) - (kindOrder.get(b.entry.kind) ?? 0) ||
      a.entry.name.zh.length - b.entry.name.zh.length,
  );
  return results.slice(0, limit);
}

/** Results grouped by kind; groups ordered by their best result, results keep their rank. */
export function groupResults(results: readonly SearchResult[]): ResultGroup[] {
  const groups = new Map<SearchKind, SearchResult[]>();
  for (const result of results) {
    const group = groups.get(result.entry.kind) ?? [];
    group.push(result);
    groups.set(result.entry.kind, group);
  }
  return [...groups.entries()].map(([kind, grouped]) => ({ kind, results: grouped }));
}
