import { useState } from 'react';
import { KEY_PRIORITY, useKeys } from '../../app/keyboard';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/store';
import './workbench.css';
import { ChecksSection } from './ChecksSection';
import { DrawSection } from './DrawSection';
import { FeatureSection } from './FeatureSection';
import { ImportSection } from './ImportSection';
import { LayersSection } from './LayersSection';
import { MeasureSection } from './MeasureSection';
import { TableSection, type TableKey } from './TableSection';
import { ResultsSection } from '../../results/ui/ResultsSection';
import { TilesSection } from './TilesSection';
import { KeptBackups } from '../../keep/ui/KeptBackups';
import { registerMessages } from '../../i18n/strings';
import { workbenchMessages } from '../../i18n/messages/workbench';
import { workbenchExcelMessages } from '../../i18n/messages/workbenchExcel';
import { workbenchExportMessages } from '../../i18n/messages/workbenchExport';
import { workbenchImportMessages } from '../../i18n/messages/workbenchImport';
import { tileMessages } from '../../i18n/messages/tiles';

registerMessages(workbenchMessages, workbenchExcelMessages, workbenchExportMessages, workbenchImportMessages, tileMessages);

function useUndoKeys(): void {
  useKeys({ priority: KEY_PRIORITY.undo }, (event) => {
    if (!(event.ctrlKey || event.metaKey)) return false;
    const k = event.key.toLowerCase();
    if (k === 'z' && !event.shiftKey) useAppStore.getState().undoWork();
    else if (k === 'y' || (k === 'z' && event.shiftKey)) useAppStore.getState().redoWork();
    else return false;
    return true;
  });
}

/** The planner's workbench panel: measure, import, draw, layers, selected feature, table, checks. */
export default function Workbench() {
  const { t } = useT();
  const canUndo = useAppStore((s) => s.workHistory.past.length > 0);
  const canRedo = useAppStore((s) => s.workHistory.future.length > 0);
  const saveState = useAppStore((s) => s.workSaveState);
  const hasWork = useAppStore((s) => s.workLayers.length > 0);
  const [tableKey, setTableKey] = useState<TableKey | null>(null);
  const [checkLayer, setCheckLayer] = useState<string | null>(null);
  useUndoKeys();

  return (
    <div className="panel-section workbench" data-testid="workbench">
      <h2>{t('wbTitle')}</h2>
      <p className="intro">{t('wbIntro')}</p>
      <KeptBackups names={['workbench', 'tiles']} />
      <div className="wb-toolbar wb-history">
        <button type="button" data-testid="wb-undo" disabled={!canUndo} onClick={() => useAppStore.getState().undoWork()}>
          ↶ {t('wbUndo')}
        </button>
        <button type="button" data-testid="wb-redo" disabled={!canRedo} onClick={() => useAppStore.getState().redoWork()}>
          ↷ {t('wbRedo')}
        </button>
        <span className={saveState === 'error' ? 'wb-error' : 'wb-hint'} role="status" data-testid="wb-save-state" data-state={saveState}>
          {saveState === 'saving'
            ? t('wbSaving')
            : saveState === 'error'
              ? t('wbSaveFailed', { message: 'IndexedDB' })
              : hasWork
                ? t('wbSaved')
                : t('wbNothingSaved')}
        </span>
      </div>
      <MeasureSection />
      <ImportSection
        onAdded={(id) => {
          setTableKey(`work:${id}`);
          setCheckLayer(id);
        }}
      />
      <TilesSection />
      <DrawSection />
      <LayersSection onTable={(id) => setTableKey(`work:${id}`)} onCheck={(id) => setCheckLayer(id)} />
      <FeatureSection />
      {checkLayer && <ChecksSection layerId={checkLayer} />}
      <TableSection tableKey={tableKey} onTableKey={setTableKey} />
      <ResultsSection />
    </div>
  );
}
