import { useEffect, useState } from 'react';
import { displayNameOf } from '../data/names';
import { translate } from '../i18n/strings';
import { useAppStore } from '../state/store';
import { useGeoData } from './GeoDataContext';

/** Tells screen-reader users what was selected, wherever the selection came from. */
export function Announcer() {
  const data = useGeoData();
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.selection === previous.selection) return;
        const { language, selection } = state;
        setMessage(
          selection
            ? `${translate(language, 'selectedAnnouncement')}${displayNameOf(selection, language, data)}`
            : translate(language, 'selectionCleared'),
        );
      }),
    [data],
  );
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
