/**
 * The regional view, in the overview: the plan's regional cooperation, each initiative with the
 * partners it names. The list is the way in; a partner with an outline in the map's neighbours
 * layer can be highlighted on the map (through the store: the map module draws it).
 */
import { useEffect, useMemo } from 'react';
import { useGeoData } from '../app/GeoDataContext';
import { pick } from '../data/names';
import { planRefOf } from '../data/packageRef';
import { regionalCooperation, usePlanExtras } from '../data/planExtras';
import { RefLabel } from '../details/common';
import { featureBounds } from '../geo/bounds';
import { MixedText } from '../i18n/MixedText';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { initiativePlaces, unionBox } from './places';
import type { RegionalCooperation, RegionalInitiative } from './types';
import './regional.css';

function Initiative({ coop, initiative, known }: { coop: RegionalCooperation; initiative: RegionalInitiative; known: ReadonlySet<string> }) {
  const { t, language } = useT();
  const data = useGeoData();
  const highlight = useAppStore((s) => s.regionalHighlight);
  const setHighlight = useAppStore((s) => s.setRegionalHighlight);
  const requestFrame = useAppStore((s) => s.requestFrame);
  const setLayer = useAppStore((s) => s.setLayer);
  const places = initiativePlaces(coop, initiative.id, known);
  const shown = highlight?.id === initiative.id;
  const partners = initiative.partners.flatMap((id) => coop.partners.filter((p) => p.id === id));
  const names = (list: typeof partners) => list.map((p) => pick(p.name, language)).join(language === 'zh' ? '、' : ', ');
  const headingId = `regional-${initiative.id}-title`;

  const toggle = () => {
    if (shown) {
      setHighlight(null);
      return;
    }
    setLayer('neighbours', true);
    setHighlight({ id: initiative.id, neighbours: places.neighbourIds });
    const boxes = [
      ...data.neighbours.features.filter((f) => places.neighbourIds.includes(f.properties.id)).map(featureBounds),
      ...data.district.features.map(featureBounds),
    ];
    const box = unionBox(boxes);
    if (box) requestFrame({ bbox: box, maxZoom: 11, animate: true });
  };

  return (
    <li className="regional-initiative" data-testid={`regional-initiative-${initiative.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {pick(initiative.name, language)} <RefLabel planRef={planRefOf(initiative.ref)} />
      </h3>
      {language === 'en' && (
        <p className="regional-altname" lang="zh-CN">
          {initiative.name.zh}
        </p>
      )}
      <p className="regional-label">{t('regionalPartners')}</p>
      <ul className="chips partner-chips" data-testid={`regional-partners-${initiative.id}`}>
        {partners.map((partner) => {
          const onMap = places.onMap.includes(partner);
          return (
            <li key={partner.id} className={onMap ? 'partner-on-map' : undefined} data-testid={`regional-partner-${partner.id}`}>
              <MixedText text={pick(partner.name, language)} />
              {onMap && (
                <>
                  <span aria-hidden="true"> ◉</span>
                  <span className="visually-hidden"> {t('regionalMarkOnMap')}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {places.neighbourIds.length > 0 ? (
        <>
          <button
            type="button"
            className={`regional-toggle${shown ? ' active' : ''}`}
            aria-pressed={shown}
            aria-describedby={headingId}
            data-testid={`regional-show-${initiative.id}`}
            onClick={toggle}
          >
            {shown ? t('regionalShown') : t('regionalShow')}
          </button>
          <p className="regional-note" data-testid={`regional-map-note-${initiative.id}`}>
            <MixedText text={t('regionalOnMap', { names: names(places.onMap) })} />
            {places.notOnMap.length > 0 && (
              <>
                <br />
                <MixedText text={t('regionalNotOnMap', { names: names(places.notOnMap) })} />
              </>
            )}
            {places.onMap
              .flatMap((p) => (p.onMap?.note ? [p.onMap.note] : []))
              .map((note) => (
                <span key={note.zh} className="regional-place-note">
                  {pick(note, language)}
                </span>
              ))}
          </p>
        </>
      ) : (
        <p className="regional-note">{t('regionalNoneOnMap')}</p>
      )}
      <details className="plan-text">
        <summary>{t('regionalPlanText')}</summary>
        <p lang="zh-CN">{initiative.text}</p>
      </details>
    </li>
  );
}

/** The regional view; nothing when the plan package has no regional cooperation. */
export function RegionalSection() {
  const { t } = useT();
  const data = useGeoData();
  const { state, extras, error } = usePlanExtras();
  const coop = extras ? regionalCooperation(extras) : null;
  const highlight = useAppStore((s) => s.regionalHighlight);
  const setHighlight = useAppStore((s) => s.setRegionalHighlight);
  const known = useMemo(() => new Set(data.neighbours.features.map((f) => f.properties.id)), [data]);
  // The highlight belongs to this list: leaving it (another tab) takes it off the map.
  useEffect(() => () => setHighlight(null), [setHighlight]);
  if (state === 'ready' && !coop) return null;
  return (
    <section className="regional" data-testid="regional" aria-labelledby="regional-title" data-state={state}>
      <h2 id="regional-title">
        {t('regionalTitle')} {coop && <RefLabel planRef={planRefOf(coop.ref)} />}
      </h2>
      {state === 'error' && (
        <p className="status-error" role="alert">
          {t('regionalFailed', { message: error ?? '' })}
        </p>
      )}
      {(state === 'loading' || state === 'idle') && <p className="plan-note">{t('regionalLoading')}</p>}
      {coop && (
        <>
          <p className="plan-note">{t('regionalIntro')}</p>
          <details className="plan-text">
            <summary>
              {t('regionalPlanText')} <RefLabel planRef={planRefOf(coop.ref)} />
            </summary>
            <p lang="zh-CN">{coop.text}</p>
          </details>
          <ul className="regional-initiatives">
            {coop.initiatives.map((initiative) => (
              <Initiative key={initiative.id} coop={coop} initiative={initiative} known={known} />
            ))}
          </ul>
          <p className="visually-hidden" role="status" data-testid="regional-status">
            {highlight ? t('regionalShownStatus', { count: highlight.neighbours.length }) : t('regionalHiddenStatus')}
          </p>
        </>
      )}
    </section>
  );
}
