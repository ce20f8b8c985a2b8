import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SelectionKind } from '../data/selection';
import { basemapIds, parseUrlState, roundView, serializeUrlState, type UrlState } from './urlState';

const vocabulary = {
  layerGroups: ['parks', 'subparks', 'clusters', 'townships', 'hubs', 'neighbours'],
  industryIds: ['auto-moto', 'electronics', 'smart-equipment', 'new-energy', 'digital'],
};
const kinds: SelectionKind[] = ['park', 'subpark', 'cluster', 'township', 'hub', 'other-towns'];

const validState: fc.Arbitrary<UrlState> = fc.record({
  view: fc.option(
    fc.record({
      center: fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
      ),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
    }),
    { nil: null },
  ),
  selection: fc.option(
    fc.record({
      kind: fc.constantFrom(...kinds),
      id: fc.stringMatching(/^[a-z0-9-]{1,64}$/),
    }),
    { nil: null },
  ),
  layers: fc.subarray(vocabulary.layerGroups),
  industries: fc.uniqueArray(fc.constantFrom(...vocabulary.industryIds)),
  language: fc.constantFrom('zh' as const, 'en' as const),
  basemap: fc.constantFrom(...basemapIds),
});

/** What a restored link gives: the defaults, overridden by every parameter present. */
function restore(search: string): UrlState {
  const { state } = parseUrlState(search, vocabulary);
  return {
    view: null,
    selection: null,
    layers: vocabulary.layerGroups,
    industries: [],
    language: 'zh',
    basemap: 'none',
    ...state,
  };
}

describe('URL state', () => {
  it('survives a round trip for any valid state (view rounded to link precision)', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const search = serializeUrlState(state, vocabulary);
        const { ignored } = parseUrlState(search, vocabulary);
        expect(ignored).toEqual([]);
        expect(restore(search)).toEqual({ ...state, view: state.view ? roundView(state.view) : null });
      }),
      { numRuns: 500 },
    );
  });

  it('serialises a second time to the same text (stable links)', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const once = serializeUrlState(state, vocabulary);
        expect(serializeUrlState(restore(once), vocabulary)).toBe(once);
      }),
    );
  });

  it('never throws on any query string, and ignores what it cannot read', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseUrlState(text, vocabulary);
        expect(Array.isArray(result.ignored)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('sel', 'c', 'z', 'layers', 'ind', 'lang', 'base', 'x'), fc.string()),
        (record) => {
          const search = new URLSearchParams(record).toString();
          expect(() => parseUrlState(search, vocabulary)).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('lists as ignored only names that are in the query, each once (the notice shows them)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.constantFrom('sel', 'c', 'z', 'lang', 'ind'), fc.string()), fc.string()), { maxLength: 8 }), (pairs) => {
        const query = new URLSearchParams(pairs);
        const { ignored } = parseUrlState(query.toString(), vocabulary);
        const names = new Set(query.keys());
        expect(ignored.every((name) => names.has(name))).toBe(true);
        expect(new Set(ignored).size).toBe(ignored.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('names each malformed or unknown parameter and keeps the valid ones', () => {
    const { state, ignored } = parseUrlState(
      '?sel=park:fenghuanghu&c=999,1&z=10&ind=electronics,bogus&lang=fr&base=google&layers=parks&utm=1',
      vocabulary,
    );
    expect(state).toEqual({ selection: { kind: 'park', id: 'fenghuanghu' }, layers: ['parks'] });
    expect(ignored.sort()).toEqual(['base', 'c', 'ind', 'lang', 'utm']);
  });

  it('keeps readable commas and colons in links', () => {
    const search = serializeUrlState(
      {
        view: { center: [105.9271234, 29.35], zoom: 10.456 },
        selection: { kind: 'cluster', id: 'cluster-sanjiao' },
        layers: ['parks', 'clusters'],
        industries: ['electronics', 'digital'],
        language: 'en',
        basemap: 'osm',
      },
      vocabulary,
    );
    expect(search).toBe('?sel=cluster:cluster-sanjiao&c=105.92712,29.35&z=10.46&layers=parks,clusters&ind=electronics,digital&lang=en&base=osm');
  });
});
