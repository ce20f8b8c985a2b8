import { useState } from 'react';
import { Popover } from '../app/Popover';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { basemapIds, type BasemapId } from '../url/urlState';
import { needsGcj } from './basemaps';
import { deploymentProblemText } from '../tiles/deployment';

const labels: Record<BasemapId, StringKey> = {
  none: 'basemapNone',
  local: 'basemapLocal',
  osm: 'basemapOsm',
  tianditu: 'basemapTianditu',
  amap: 'basemapAmap',
};

const KEY_PATTERN = /^[A-Za-z0-9]{8,64}$/;

function BasemapContent() {
  const { t } = useT();
  const basemap = useAppStore((state) => state.basemap);
  const setBasemap = useAppStore((state) => state.setBasemap);
  const savedKey = useAppStore((state) => state.tiandituKey);
  const setKey = useAppStore((state) => state.setTiandituKey);
  const [draft, setDraft] = useState(savedKey);
  const [problem, setProblem] = useState('');
  const local = useAppStore((state) => state.deployment?.basemap ?? null);
  const deploymentProblems = useAppStore((state) => state.deploymentProblems);
  const tilesOpen = useAppStore((state) => state.tileLayers.some((layer) => layer.visible && layer.status.kind === 'open'));
  const language = useAppStore((state) => state.language);
  // The deployment's own basemap comes first, and only when deployment.json names one.
  const offered = local ? (['local', ...basemapIds.filter((id) => id !== 'local')] as BasemapId[]) : basemapIds.filter((id) => id !== 'local');

  const choose = (id: BasemapId) => {
    if (id === 'tianditu' && !savedKey) {
      setProblem(t('tiandituKeyMissing'));
      return;
    }
    setProblem('');
    setBasemap(id);
  };

  const saveKey = () => {
    const key = draft.trim();
    if (!KEY_PATTERN.test(key)) {
      setProblem(t('tiandituKeyBad'));
      return;
    }
    setProblem('');
    setKey(key);
    setBasemap('tianditu');
  };

  return (
    <div className="basemap">
      <p className="popover-intro">{t('basemapIntro')}</p>
      <fieldset className="basemap-choices">
        <legend className="visually-hidden">{t('basemapTitle')}</legend>
        {offered.map((id) => (
          <label key={id} className="check-line">
            <input
              type="radio"
              name="basemap"
              value={id}
              checked={basemap === id}
              data-testid={`basemap-${id}`}
              onChange={() => choose(id)}
            />
            {id === 'local' && local?.name ? local.name[language] : t(labels[id])}
          </label>
        ))}
      </fieldset>
      {local && (
        <p className="popover-intro" data-testid="basemap-local-note">
          {t('basemapLocalNote')} {t('basemapLocalAttribution', { attribution: local.attribution })}
        </p>
      )}
      {tilesOpen && needsGcj(basemap) && (
        <p className="status-error" role="status" data-testid="basemap-tiles-hidden">
          {t('tlDatumHidden')}
        </p>
      )}
      {deploymentProblems.map((p, i) => (
        <p key={i} className="status-error" data-testid="deployment-problem">
          {t('deploymentBad', { detail: deploymentProblemText(p, t) })}
        </p>
      ))}
      <p className="popover-intro">{t('basemapAmapNote')}</p>
      <form
        className="tianditu-key"
        onSubmit={(event) => {
          event.preventDefault();
          saveKey();
        }}
      >
        <label>
          <span>{t('tiandituKeyLabel')}</span>
          <input
            type="password"
            autoComplete="off"
            value={draft}
            data-testid="tianditu-key"
            onChange={(event) => setDraft(event.target.value)}
          />
        </label>
        <button type="submit" className="secondary-button">
          {t('tiandituKeySave')}
        </button>
        <p className="popover-intro">{t('tiandituKeyNote')}</p>
      </form>
      {problem && (
        <p className="status-error" role="alert" data-testid="basemap-problem">
          {problem}
        </p>
      )}
    </div>
  );
}

export function BasemapPanel() {
  const { t } = useT();
  return (
    <Popover label={t('basemap')} title={t('basemapTitle')} testId="basemap">
      <BasemapContent />
    </Popover>
  );
}
