import { usePointerStore } from '../../state/pointerStore';
import { KEY_PRIORITY, useKeys } from '../../app/keyboard';
import { useT } from '../../i18n/useT';
import { mapPort } from '../../map/port';
import { livePoints } from '../../map/scene';
import { useAppStore } from '../../state/store';
import type { WorkbenchTool } from '../../state/workToolSlice';
import { formatNumber, lineLengthKm, m2ToKm2, m2ToMu, ringAreaM2 } from '../measure';

export function MeasureSection() {
  const { t, language } = useT();
  const tool = useAppStore((s) => s.workTool);
  const points = useAppStore((s) => s.measurePoints);
  const cursor = usePointerStore((s) => s.measureCursor);
  const setTool = useAppStore((s) => s.setWorkTool);
  const undoPoint = useAppStore((s) => s.undoMeasurePoint);
  const clear = useAppStore((s) => s.clearMeasure);
  const addPoint = useAppStore((s) => s.addMeasurePoint);
  const measuring = tool === 'measure-line' || tool === 'measure-area';
  useKeys(
    { priority: KEY_PRIORITY.measure },
    (event) => {
      if (event.key === 'Backspace') undoPoint();
      else if (event.key === 'Escape') setTool('none');
      else return false;
      return true;
    },
    measuring,
  );
  const live = livePoints(points, measuring ? cursor : null);
  const km = lineLengthKm(live);
  const areaM2 = ringAreaM2(live);
  const perimeterKm = live.length >= 3 ? lineLengthKm([...live, live[0]!]) : 0;
  const n = (value: number, digits: number) => formatNumber(value, digits, language);

  const toggle = (next: WorkbenchTool) => {
    if (tool === next) setTool('none');
    else {
      if (!(tool === 'measure-line' || tool === 'measure-area')) clear();
      setTool(next);
    }
  };

  const addCentre = () => {
    const centre = mapPort.centre();
    if (centre) addPoint(centre);
  };

  return (
    <section className="wb-section" aria-labelledby="wb-measure-title">
      <h3 id="wb-measure-title">{t('wbMeasure')}</h3>
      <div className="wb-toolbar" role="group" aria-label={t('wbMeasure')}>
        <button type="button" aria-pressed={tool === 'measure-line'} data-testid="wb-measure-line" onClick={() => toggle('measure-line')}>
          {t('wbMeasureLine')}
        </button>
        <button type="button" aria-pressed={tool === 'measure-area'} data-testid="wb-measure-area" onClick={() => toggle('measure-area')}>
          {t('wbMeasureArea')}
        </button>
      </div>
      <p className="wb-hint">{measuring ? t('wbMeasureHint') : t('wbMeasureStart')}</p>
      {(measuring || points.length > 0) && (
        <>
          <dl className="wb-readout" data-testid="wb-measure-readout">
            {tool === 'measure-area' ? (
              <>
                <dt>{t('wbArea')}</dt>
                <dd data-testid="wb-measure-area-value">
                  {t('wbKm2', { value: n(m2ToKm2(areaM2), 3) })} · {t('wbMu', { value: n(m2ToMu(areaM2), 0) })}
                </dd>
                <dt>{t('wbPerimeter')}</dt>
                <dd>{t('wbKm', { value: n(perimeterKm, 3) })}</dd>
              </>
            ) : (
              <>
                <dt>{t('wbDistance')}</dt>
                <dd data-testid="wb-measure-distance-value">{t('wbKm', { value: n(km, 3) })}</dd>
              </>
            )}
            <dt className="visually-hidden">{t('wbPoints', { count: points.length })}</dt>
            <dd className="wb-hint" data-testid="wb-measure-count">
              {t('wbPoints', { count: points.length })} · {t('wbMuNote')}
            </dd>
          </dl>
          <div className="wb-toolbar">
            <button type="button" data-testid="wb-measure-centre" disabled={!measuring} onClick={addCentre}>
              {t('wbAddCentre')}
            </button>
            <button type="button" data-testid="wb-measure-undo" disabled={points.length === 0} onClick={undoPoint}>
              {t('wbUndoPoint')}
            </button>
            <button type="button" data-testid="wb-measure-clear" onClick={() => {
              clear();
              if (measuring) setTool('none');
            }}>
              {t('wbClearMeasure')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
