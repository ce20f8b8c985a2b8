import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GeoData } from '../data/geodata';
import type { IndustryId } from '../data/types';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { groupResults, rankEntries, type SearchResult } from './rank';
import type { SearchEntry, SearchKind } from './searchIndex';
import './search.css';

const kindLabel: Record<SearchKind, StringKey> = {
  park: 'searchKindPark',
  subpark: 'searchKindSubpark',
  industry: 'searchKindIndustry',
  cluster: 'searchKindCluster',
  township: 'searchKindTownship',
  hub: 'searchKindHub',
};

/** Builds the index on first use: pinyin-pro and its dictionary load only when someone searches. */
function useSearchIndex(data: GeoData, wanted: boolean): SearchEntry[] | null {
  const [entries, setEntries] = useState<SearchEntry[] | null>(null);
  useEffect(() => {
    if (!wanted || entries) return;
    let cancelled = false;
    void import('./planEntries').then(({ buildPlanSearchIndex }) => {
      if (!cancelled) setEntries(buildPlanSearchIndex(data));
    });
    return () => {
      cancelled = true;
    };
  }, [wanted, entries, data]);
  return entries;
}

/** One box that finds parks, sub-parks, industries, clusters, townships and hubs (WAI-ARIA combobox). */
export function SearchBox({ data }: { data: GeoData }) {
  const { t, language } = useT();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [wanted, setWanted] = useState(false);
  const entries = useSearchIndex(data, wanted);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const select = useAppStore((state) => state.select);
  const setIndustryFilter = useAppStore((state) => state.setIndustryFilter);
  const setTab = useAppStore((state) => state.setTab);
  const setSheetExpanded = useAppStore((state) => state.setSheetExpanded);

  const results = useMemo(() => (entries ? rankEntries(entries, query) : []), [entries, query]);
  const groups = useMemo(() => groupResults(results), [results]);
  // Options in the order they are shown, so arrow keys follow the screen.
  const ordered = useMemo(() => groups.flatMap((group) => group.results), [groups]);
  const showList = open && query.trim() !== '' && entries !== null;

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`#${CSS.escape(optionId(active))}`)?.scrollIntoView?.({ block: 'nearest' });
    // optionId depends only on the stable baseId.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const choose = (result: SearchResult) => {
    const { entry } = result;
    setQuery(entry.name[language]);
    setOpen(false);
    setActive(-1);
    // On phones the open box covers the top bar; let it fold so the result can be seen.
    if (window.matchMedia?.('(max-width: 700px)').matches) inputRef.current?.blur();
    if (entry.kind === 'industry') {
      setIndustryFilter([entry.id as IndustryId]);
      setTab('industries');
      setSheetExpanded(true);
    } else {
      select({ kind: entry.kind, id: entry.id }, 'list');
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (ordered.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current < 0 && step < 0 ? ordered.length - 1 : (current + step + ordered.length) % ordered.length));
        return;
      }
      case 'Enter': {
        const result = ordered[active >= 0 ? active : 0];
        if (showList && result) {
          event.preventDefault();
          choose(result);
        }
        return;
      }
      case 'Escape':
        // Escape closes the list first, then empties the box; the map's own Escape is not triggered.
        event.preventDefault();
        if (showList) setOpen(false);
        else setQuery('');
        setActive(-1);
        return;
    }
  };

  let index = -1;
  return (
    <div className="search" data-testid="search">
      <label htmlFor={`${baseId}-input`} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        data-testid="search-input"
        onFocus={() => setWanted(true)}
        onChange={(event) => {
          setWanted(true);
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={t('searchLabel')}
        className="search-results"
        hidden={!showList}
        data-testid="search-results"
        // Keep focus in the input when an option is clicked.
        onMouseDown={(event) => event.preventDefault()}
      >
        {showList && ordered.length === 0 && (
          <p className="search-empty" role="presentation" data-testid="search-empty">
            {t('searchNoResults', { query: query.trim() })}
          </p>
        )}
        {showList &&
          groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${baseId}-${group.kind}`} data-testid={`search-group-${group.kind}`}>
              <div id={`${baseId}-${group.kind}`} className="search-group-label" role="presentation">
                {t(kindLabel[group.kind])}
              </div>
              {group.results.map((result) => {
                index += 1;
                const current = index;
                const { entry } = result;
                const other = language === 'zh' ? entry.name.en : entry.name.zh;
                return (
                  <div
                    key={`${entry.kind}:${entry.id}`}
                    id={optionId(current)}
                    role="option"
                    aria-selected={current === active}
                    className={current === active ? 'search-option active' : 'search-option'}
                    data-testid={`search-option-${entry.kind}-${entry.id}`}
                    onMouseMove={() => setActive(current)}
                    onClick={() => choose(result)}
                  >
                    <span className="search-name">{entry.name[language]}</span>
                    <span className="search-sub">
                      {entry.context ? `${entry.context[language]} · ` : ''}
                      <span lang={language === 'zh' ? 'en' : 'zh-CN'}>{other}</span>
                      {result.via && ` · ${t('searchVia', { word: result.via })}`}
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {showList && ordered.length > 0 ? t('searchResultsCount', { count: ordered.length }) : ''}
      </div>
    </div>
  );
}
