import type { Bilingual } from '../data/types';
import type { SearchKind } from './kinds';
import { hanKey, latinKey } from './normalize';
import { initialsKey, pinyinKey } from './pinyinKeys';

export type { SearchKind } from './kinds';

/** One way to write a name, pre-normalised for matching. */
export interface SearchKey {
  /** The text as shown when a result matched through it. */
  text: string;
  han: string;
  latin: string;
  pinyin: string;
  initials: string;
  /** 1 for names and aliases; less for related words such as an industry's sub-sectors. */
  weight: number;
}

export interface SearchEntry {
  kind: SearchKind;
  id: string;
  name: Bilingual;
  /** A short context line, e.g. the park a sub-park belongs to. */
  context?: Bilingual;
  keys: SearchKey[];
}

export interface EntrySource {
  kind: SearchKind;
  id: string;
  name: Bilingual;
  context?: Bilingual;
  aliases?: readonly string[];
  /** Related words found with a lower weight (e.g. an industry's sub-sectors). */
  related?: readonly Bilingual[];
}

const RELATED_WEIGHT = 0.6;

function keyOf(text: string, weight: number): SearchKey {
  return { text, han: hanKey(text), latin: latinKey(text), pinyin: pinyinKey(text), initials: initialsKey(text), weight };
}

/** Precomputes every key of an entry: Chinese, English, full pinyin and pinyin initials. */
export function buildEntry(source: EntrySource): SearchEntry {
  const keys: SearchKey[] = [
    keyOf(source.name.zh, 1),
    keyOf(source.name.en, 1),
    ...(source.aliases ?? []).map((alias) => keyOf(alias, 1)),
    ...(source.related ?? []).flatMap((related) => [
      keyOf(related.zh, RELATED_WEIGHT),
      keyOf(related.en, RELATED_WEIGHT),
    ]),
  ];
  return { kind: source.kind, id: source.id, name: source.name, context: source.context, keys };
}
