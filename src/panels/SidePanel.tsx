import { useRef, type KeyboardEvent } from 'react';
import { useCover } from '../app/layout/covers';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { useAppStore, type PanelTab } from '../state/store';
import { compareFeature, indicatorsFeature, industriesFeature } from '../lazy/features';
import { FeatureGate } from '../lazy/FeatureGate';
import { ClustersPanel } from './ClustersPanel';
import { OverviewPanel } from './OverviewPanel';
import { ParksPanel } from './ParksPanel';
import { WorkbenchPanel } from './WorkbenchPanel';

const tabs: { id: PanelTab; label: StringKey }[] = [
  { id: 'overview', label: 'tabOverview' },
  { id: 'parks', label: 'tabParks' },
  { id: 'clusters', label: 'tabClusters' },
  { id: 'industries', label: 'tabIndustries' },
  { id: 'compare', label: 'tabCompare' },
  { id: 'indicators', label: 'tabIndicators' },
  { id: 'workbench', label: 'tabWorkbench' },
];

/** The side panel on wide screens; a bottom sheet on phones. */
export function SidePanel() {
  const { t } = useT();
  const tab = useAppStore((state) => state.tab);
  const setTab = useAppStore((state) => state.setTab);
  const expanded = useAppStore((state) => state.sheetExpanded);
  const setExpanded = useAppStore((state) => state.setSheetExpanded);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const panelRef = useRef<HTMLElement>(null);
  // Beside the map on a laptop, under it on a phone: counted only where it lies over the map.
  useCover(panelRef, 'panel');

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    const nextTab = tabs[next];
    if (!nextTab) return;
    setTab(nextTab.id);
    tabRefs.current[next]?.focus();
  };

  return (
    <aside ref={panelRef} className={`side-panel tab-${tab}${expanded ? ' expanded' : ''}`} aria-label={t('tabsLabel')} data-testid="side-panel">
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={expanded}
        aria-label={t('tabsLabel')}
        onClick={() => setExpanded(!expanded)}
      >
        <span aria-hidden="true" className="sheet-grip" />
      </button>
      <div role="tablist" aria-label={t('tabsLabel')} className="tabs">
        {tabs.map((entry, index) => (
          <button
            key={entry.id}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${entry.id}`}
            aria-selected={tab === entry.id}
            aria-controls={`tabpanel-${entry.id}`}
            tabIndex={tab === entry.id ? 0 : -1}
            data-testid={`tab-${entry.id}`}
            onClick={() => {
              setTab(entry.id);
              setExpanded(true);
            }}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {t(entry.label)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="tab-content"
        data-testid={`tabpanel-${tab}`}
      >
        {tab === 'overview' && <OverviewPanel />}
        {tab === 'parks' && <ParksPanel />}
        {tab === 'clusters' && <ClustersPanel />}
        {tab === 'industries' && <FeatureGate feature={industriesFeature}>{(panel) => <panel.IndustriesPanel />}</FeatureGate>}
        {tab === 'compare' && <FeatureGate feature={compareFeature}>{(panel) => <panel.ComparePanel />}</FeatureGate>}
        {tab === 'indicators' && <FeatureGate feature={indicatorsFeature}>{(panel) => <panel.IndicatorsPanel />}</FeatureGate>}
        {tab === 'workbench' && <WorkbenchPanel />}
      </div>
    </aside>
  );
}
