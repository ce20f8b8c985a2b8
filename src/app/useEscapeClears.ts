import { useAppStore } from '../state/store';
import { KEY_PRIORITY, useKeys } from './keyboard';

/** Escape clears the selection, unless something else wanted the key or the user is typing. */
export function useEscapeClears(): void {
  useKeys({ priority: KEY_PRIORITY.clearSelection }, (event) => {
    if (event.key !== 'Escape' || !useAppStore.getState().selection) return false;
    useAppStore.getState().select(null, 'keyboard');
    return true;
  });
}
