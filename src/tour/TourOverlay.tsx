import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useCover } from '../app/layout/covers';
import { clusters, industryById, parkById, parks } from '../data/plan';
import { pick } from '../data/names';
import { formatKm2, formatYi } from '../format/figures';
import { areaKindTerms, mentionTerms, term } from '../i18n/terms';
import { ResultsBeside } from '../results/ui/common';
import { RefLabel } from '../details/common';
import { useT } from '../i18n/useT';
import { KEY_PRIORITY, useKeys } from '../app/keyboard';
import { useAppStore } from '../state/store';
import { stepBy, tourSteps, type TourStep } from './tourSteps';
import './tour.css';
import { registerMessages } from '../i18n/strings';
import { tourMessages } from '../i18n/messages/tour';

registerMessages(tourMessages);

const AUTOPLAY_MS = 8000;
const steps = tourSteps(parks, clusters);

function StepCaption({ step }: { step: TourStep }) {
  const { t, language } = useT();
  if (step.id === 'points') {
    const municipal = clusters.filter((cluster) => cluster.agglomerationLevel === 'municipal').length;
    const directions = [...new Set(clusters.flatMap((cluster) => cluster.directions))];
    return (
      <>
        <p className="tour-slogan">{t('legendPoints')}</p>
        <h2 className="tour-name">{t('tourPointsName')}</h2>
        <p className="tour-role">{t('tourPointsCounts', { municipal, district: clusters.length - municipal })}</p>
        <ul className="tour-chips">
          {directions.map((direction) => (
            <li key={direction}>{term(mentionTerms, direction, language)}</li>
          ))}
        </ul>
        <p className="tour-target">
          {t('tourPointsTarget')} {clusters[0] && <RefLabel planRef={clusters[0].ref} />}
        </p>
      </>
    );
  }
  const stepParks = step.parkIds.flatMap((id) => parkById(id) ?? []);
  const first = stepParks[0];
  if (!first) return null;
  return (
    <>
      <p className="tour-slogan">{pick(first.slogan, language)}</p>
      <div className="tour-parks" data-count={stepParks.length}>
        {stepParks.map((park) => {
          const area = park.areas.find((figure) => figure.kind === park.shapeSizedBy) ?? park.areas[0];
          return (
            <div key={park.id} className="tour-park" data-testid={`tour-park-${park.id}`}>
              <h2 className="tour-name">{pick(park.name, language)}</h2>
              <p className="tour-role">{pick(park.positioning, language)}</p>
              <dl className="tour-figures">
                <div>
                  <dt>{t('target')}</dt>
                  <dd>
                    <strong>{formatYi(park.target.valueYi, language)}</strong> <RefLabel planRef={park.target.ref} />
                  </dd>
                </div>
                {area && (
                  <div>
                    <dt>{term(areaKindTerms, area.kind, language)}</dt>
                    <dd>
                      <strong>{formatKm2(area.valueKm2, language)}</strong> <RefLabel planRef={area.ref} />
                    </dd>
                  </div>
                )}
              </dl>
              <p className="tour-result">
                <ResultsBeside measureKey={`park:${park.id}`} compact />
              </p>
              <ul className="tour-chips">
                {park.leadIndustries.map((id) => {
                  const industry = industryById(id);
                  return <li key={id}>{industry ? pick(industry.name, language) : id}</li>;
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </>
  );
}

/** Presentation mode: a caption card over the map, driven by keyboard, clicker, buttons or autoplay. */
export function TourOverlay() {
  const { t, language } = useT();
  const stepIndex = useAppStore((state) => state.tourStep);
  const playing = useAppStore((state) => state.tourPlaying);
  const setStep = useAppStore((state) => state.setTourStep);
  const setPlaying = useAppStore((state) => state.setTourPlaying);
  const endTour = useAppStore((state) => state.endTour);
  const cardRef = useRef<HTMLElement>(null);
  const captionRef = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  /** Whether the caption has more below than it shows: then it scrolls, with a visible cue. */
  const [more, setMore] = useState(false);
  const active = stepIndex !== null;
  useCover(cardRef, 'tour', active);

  const measureMore = useCallback(() => {
    const caption = captionRef.current;
    if (caption) setMore(caption.scrollTop + caption.clientHeight < caption.scrollHeight - 2);
  }, []);
  useLayoutEffect(() => {
    const caption = captionRef.current;
    if (!caption) return;
    caption.scrollTop = 0;
    measureMore();
    const observer = new ResizeObserver(measureMore);
    observer.observe(caption);
    return () => observer.disconnect();
  }, [stepIndex, language, measureMore]);

  useEffect(() => {
    if (active) cardRef.current?.focus();
  }, [active]);

  useKeys(
    { priority: KEY_PRIORITY.tour, first: true },
    (event) => {
      const move = (delta: number) => setStep(stepBy(useAppStore.getState().tourStep ?? 0, delta, steps.length));
      // A focused button keeps its own Space and Enter.
      const onButton = (event.target as HTMLElement | null)?.tagName === 'BUTTON';
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          move(1);
          return true;
        case ' ':
          if (onButton) return false;
          move(event.shiftKey ? -1 : 1);
          return true;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          move(-1);
          return true;
        case 'Home':
          setStep(0);
          return true;
        case 'End':
          setStep(steps.length - 1);
          return true;
        case 'Escape':
          endTour();
          return true;
        default:
          return false;
      }
    },
    active,
  );

  useEffect(() => {
    if (!active || !playing) return;
    const timer = setInterval(() => {
      const current = useAppStore.getState().tourStep ?? 0;
      if (current >= steps.length - 1) setPlaying(false);
      else setStep(current + 1);
    }, AUTOPLAY_MS);
    return () => clearInterval(timer);
  }, [active, playing, setStep, setPlaying]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    if (active || !document.fullscreenElement) return;
    void document.exitFullscreen().catch(() => undefined);
  }, [active]);

  if (stepIndex === null) return null;
  const step = steps[stepIndex];
  if (!step) return null;

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <section
      className="tour-card"
      ref={cardRef}
      tabIndex={-1}
      aria-label={t('tourLabel')}
      aria-roledescription={t('tourLabel')}
      data-testid="tour"
      data-step={step.id}
    >
      {/* A marked scroll area: focusable so that keyboard users can scroll a long caption. */}
      <div
        ref={captionRef}
        className={`tour-caption${more ? ' has-more' : ''}`}
        aria-live="polite"
        tabIndex={0}
        data-testid="tour-caption"
        data-scroll-area=""
        onScroll={measureMore}
      >
        <p className="tour-progress">
          {t('tourStepOf', { step: stepIndex + 1, count: steps.length })}
        </p>
        <StepCaption step={step} />
      </div>
      {more && (
        <p className="tour-more" aria-hidden="true" data-testid="tour-more">
          ▾ {t('tourMore')}
        </p>
      )}
      <div className="tour-controls" data-testid="tour-controls">
        <button type="button" data-testid="tour-prev" disabled={stepIndex === 0} onClick={() => setStep(stepBy(stepIndex, -1, steps.length))}>
          <span aria-hidden="true">◀ </span>
          {t('tourPrev')}
        </button>
        <button type="button" data-testid="tour-play" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playing ? t('tourPause') : t('tourPlay')}
        </button>
        <button
          type="button"
          data-testid="tour-next"
          disabled={stepIndex === steps.length - 1}
          onClick={() => setStep(stepBy(stepIndex, 1, steps.length))}
        >
          {t('tourNext')}
          <span aria-hidden="true"> ▶</span>
        </button>
        <button type="button" data-testid="tour-fullscreen" aria-pressed={fullscreen} onClick={toggleFullscreen}>
          {fullscreen ? t('tourExitFullscreen') : t('tourFullscreen')}
        </button>
        <button type="button" data-testid="tour-exit" onClick={endTour}>
          {t('tourExit')}
        </button>
      </div>
      <p className="tour-keys">{t('tourKeys')}</p>
    </section>
  );
}
