import { PREF_KEYS, readPref, writePref } from '../keep/prefs';
import { industries } from '../data/plan';
import type { IndustryId } from '../data/types';
import { initialLanguage } from '../i18n/languagePreference';
import { parseUrlState, serializeUrlState, type UrlState, type UrlVocabulary } from '../url/urlState';
import { sameSelection, type Selection } from '../data/selection';
import { initialLayers, useAppStore, type AppState, type LayerGroup } from './store';

export const urlVocabulary: UrlVocabulary = {
  layerGroups: Object.keys(initialLayers),
  industryIds: industries.map((industry) => industry.id),
};

/** The part of the app state a link carries. */
export function urlStateOf(state: AppState): UrlState {
  return {
    view: state.view,
    selection: state.selection,
    layers: (Object.keys(state.layers) as LayerGroup[]).filter((group) => state.layers[group]),
    industries: state.industryFilter,
    language: state.language,
    basemap: state.basemap,
  };
}

export function shareableUrl(state: AppState): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${serializeUrlState(urlStateOf(state), urlVocabulary)}`;
}

/**
 * Puts the link's state into the store before the first render: language (the link's,
 * else the remembered one, else the browser's), layers, industry filter, basemap, view
 * and selection. Unknown or malformed parameters are listed for a notice.
 */
export function applyUrlToStore(search: string): void {
  const { state: linked, ignored } = parseUrlState(search, urlVocabulary);
  const store = useAppStore.getState();
  store.setLanguage(
    initialLanguage(linked.language, readPref(PREF_KEYS.language), navigator.languages ?? [navigator.language]),
  );
  store.setTiandituKey(readPref(PREF_KEYS.tiandituKey) ?? '');
  if (linked.layers) {
    for (const group of urlVocabulary.layerGroups as LayerGroup[]) {
      useAppStore.getState().setLayer(group, linked.layers.includes(group));
    }
  }
  if (linked.industries) store.setIndustryFilter(linked.industries as IndustryId[]);
  if (linked.basemap) {
    // 天地图 needs the user's own key; a link cannot carry it.
    if (linked.basemap === 'tianditu' && !useAppStore.getState().tiandituKey) ignored.push('base');
    else store.setBasemap(linked.basemap);
  }
  if (linked.view) store.setView(linked.view, 'url');
  if (linked.selection) store.select(linked.selection, 'history');
  store.setUrlIgnored(ignored);
}

function selectionFromSearch(search: string): Selection | null {
  return parseUrlState(search, urlVocabulary).state.selection ?? null;
}

/**
 * Mirrors the app state in the URL. A new selection pushes a history entry, so the
 * browser's Back button steps back through selections; every other change (map moves,
 * layers, filter, language, basemap) replaces the current entry. A selection change
 * from the history itself is not pushed again, and the map's own moves never move it back.
 * Also remembers the language and the 天地图 key in this browser.
 */
export function startHistorySync(exists: (selection: Selection) => boolean): () => void {
  const initial = useAppStore.getState().selection;
  if (initial && !exists(initial)) {
    useAppStore.getState().select(null, 'history');
    useAppStore.getState().setUrlIgnored([...useAppStore.getState().urlIgnored, 'sel']);
  }
  let pendingReplace: ReturnType<typeof setTimeout> | undefined;
  const write = (push: boolean) => {
    clearTimeout(pendingReplace);
    const search = serializeUrlState(urlStateOf(useAppStore.getState()), urlVocabulary);
    if (search === window.location.search && !push) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  // Replacements wait a moment: a selection's camera move reports its view while the
  // selection is still being handled, and must not land in the entry the selection leaves.
  const replaceSoon = () => {
    clearTimeout(pendingReplace);
    pendingReplace = setTimeout(() => write(false), 150);
  };
  write(false);

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.language !== previous.language) writePref(PREF_KEYS.language, state.language);
    if (state.tiandituKey !== previous.tiandituKey) writePref(PREF_KEYS.tiandituKey, state.tiandituKey);
    const selectionChanged = !sameSelection(state.selection, previous.selection);
    if (selectionChanged && state.selectionOrigin === 'history') return;
    if (
      selectionChanged ||
      state.view !== previous.view ||
      state.layers !== previous.layers ||
      state.industryFilter !== previous.industryFilter ||
      state.language !== previous.language ||
      state.basemap !== previous.basemap
    ) {
      if (selectionChanged) write(true);
      else replaceSoon();
    }
  });

  const onPopState = () => {
    const selection = selectionFromSearch(window.location.search);
    useAppStore.getState().select(selection && exists(selection) ? selection : null, 'history');
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    clearTimeout(pendingReplace);
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
