import { formatSelection, parseSelection, sameSelection } from './selection';
import { useAppStore } from './store';

const PARAM = 'sel';

/** The URL's query with the selection parameter set or removed; other parameters are kept. */
export function searchWithSelection(search: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(PARAM);
  else params.set(PARAM, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function selectionFromSearch(search: string) {
  return parseSelection(new URLSearchParams(search).get(PARAM));
}

/**
 * Mirrors the selection in the URL so the browser's Back button steps back through
 * selections. A selection change from the history itself is not pushed again.
 */
export function startHistorySync(): () => void {
  const initial = selectionFromSearch(window.location.search);
  if (initial) useAppStore.getState().select(initial, 'history');

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (sameSelection(state.selection, previous.selection)) return;
    if (state.selectionOrigin === 'history') return;
    const search = searchWithSelection(
      window.location.search,
      state.selection ? formatSelection(state.selection) : null,
    );
    window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  });

  const onPopState = () => {
    useAppStore.getState().select(selectionFromSearch(window.location.search), 'history');
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
