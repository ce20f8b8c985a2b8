import { usePointerStore } from '../state/pointerStore';
import { useEffect, useRef, type ReactNode } from 'react';
import { lensStatus } from '../industries/lens';
import { useT } from '../i18n/useT';
import { sameSelection, type Selection } from '../data/selection';
import { useAppStore } from '../state/store';

interface Props {
  selection: Selection;
  title: ReactNode;
  subtitle?: ReactNode;
  marker?: ReactNode;
  /** Rendered under the entry while it is selected. */
  children: ReactNode;
}

/** A list entry that selects its feature; the selected entry opens its detail in place. */
export function SelectableItem({ selection, title, subtitle, marker, children }: Props) {
  const selected = useAppStore((state) => sameSelection(state.selection, selection));
  const select = useAppStore((state) => state.select);
  const setHover = usePointerStore((state) => state.setHover);
  // The industry lens dims entries that do not host the chosen industries.
  const lens = useAppStore((state) => lensStatus(state.industryFilter, selection));
  const { t } = useT();
  const itemRef = useRef<HTMLLIElement>(null);
  const detailId = `detail-${selection.kind}-${selection.id}`;

  useEffect(() => {
    if (!selected) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    itemRef.current?.scrollIntoView?.({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [selected]);

  return (
    <li
      ref={itemRef}
      className={`${selected ? 'item selected' : 'item'}${lens === 'dimmed' || lens === 'host' ? ` lens-${lens}` : ''}`}
      data-testid={`item-${selection.kind}-${selection.id}`}
      data-lens={lens}
    >
      <button
        type="button"
        className="item-button"
        aria-expanded={selected}
        aria-controls={selected ? detailId : undefined}
        onClick={() => select(selected ? null : selection, 'list')}
        onMouseEnter={() => setHover(selection)}
        onMouseLeave={() => setHover(null)}
        onFocus={() => setHover(selection)}
        onBlur={() => setHover(null)}
      >
        {marker}
        <span className="item-text">
          <span className="item-title">{title}</span>
          {subtitle && <span className="item-subtitle">{subtitle}</span>}
          {lens === 'dimmed' && <span className="visually-hidden">{t('lensDimmedHint')}</span>}
          {lens === 'host' && <span className="visually-hidden">{t('lensHostHint')}</span>}
        </span>
      </button>
      {selected && (
        <div className="item-detail" id={detailId} data-testid="detail">
          {children}
        </div>
      )}
    </li>
  );
}
