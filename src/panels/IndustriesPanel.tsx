import { usePointerStore } from '../state/pointerStore';
import { InconsistencyFlags, RefLabel } from '../details/common';
import { clusterById, industries, otherTowns, parkById, subParkById } from '../data/plan';
import { pick } from '../data/names';
import { formatYi } from '../format/figures';
import type { Industry, IndustryTier } from '../data/types';
import { hostKey, hostsOfIndustries, type Host, type HostBasis, type HostKind, type LensHost } from '../industries/hostIndex';
import { planHostIndex } from '../industries/lens';
import { registerMessages, type Language, type StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { sameSelection } from '../data/selection';
import { useAppStore } from '../state/store';
import './insights.css';
import { industryMessages } from '../i18n/messages/industries';

registerMessages(industryMessages);

const tiers: { tier: IndustryTier; label: StringKey }[] = [
  { tier: 'pillar', label: 'tierPillar' },
  { tier: 'emerging', label: 'tierEmerging' },
  { tier: 'digital', label: 'tierDigital' },
];

const hostKinds: { kind: HostKind; label: StringKey }[] = [
  { kind: 'park', label: 'hostKindPark' },
  { kind: 'subpark', label: 'hostKindSubpark' },
  { kind: 'cluster', label: 'hostKindCluster' },
  { kind: 'other-towns', label: 'hostKindOtherTowns' },
];

const basisLabel: Record<HostBasis, StringKey> = {
  'lead-industry': 'basisLeadIndustry',
  'sub-park': 'basisSubPark',
  'table-4': 'basisTable4',
  'town-text': 'basisTownText',
};

export function hostName(host: { kind: HostKind; id: string }, language: Language): string {
  switch (host.kind) {
    case 'park': {
      const park = parkById(host.id);
      return park ? pick(park.name, language) : host.id;
    }
    case 'subpark': {
      const subPark = subParkById(host.id);
      const parent = subPark ? parkById(subPark.parentId) : undefined;
      if (!subPark) return host.id;
      return parent ? `${pick(subPark.name, language)} · ${pick(parent.name, language)}` : pick(subPark.name, language);
    }
    case 'cluster': {
      const cluster = clusterById(host.id);
      return cluster ? pick(cluster.name, language) : host.id;
    }
    case 'other-towns':
      return otherTowns.names.map((name) => pick(name, language)).join(language === 'zh' ? '、' : ', ');
  }
}

function ClusterTarget({ industry }: { industry: Industry }) {
  const { t, language } = useT();
  if (!industry.clusterTarget || industry.clusterTargetYi === null) {
    return (
      <span className="industry-target muted" title={t('clusterTargetNone')}>
        {t('clusterTargetNoneShort')}
      </span>
    );
  }
  // The plan states a second, different cluster target elsewhere (汽车摩托车 1100 vs 1300亿级): show both.
  const other = industry.otherTargets
    .map((target) => Number(/(\d+)亿级/.exec(target.text)?.[1]))
    .find((value) => Number.isFinite(value) && value !== industry.clusterTargetYi);
  const show = (value: number) => (language === 'zh' ? `${value}亿级` : formatYi(value, language));
  return (
    <span className="industry-target" title={t('clusterTargetLabel')}>
      <span className="nowrap">{show(industry.clusterTargetYi)}</span>
      {other !== undefined && (
        <>
          {' / '}
          <span className="inconsistent-figure" title={t('inconsistencyFlag')}>
            {show(other)} ⚠
          </span>
        </>
      )}
    </span>
  );
}

function IndustryDetails({ industry }: { industry: Industry }) {
  const { t, language } = useT();
  return (
    <details className="industry-details" data-testid={`industry-details-${industry.id}`}>
      <summary>
        <strong>{pick(industry.name, language)}</strong>
        {t('colon')}
        {t('showIndustryDetails')}
      </summary>
      <p className="verbatim" lang="zh-CN">
        {industry.summary} <RefLabel planRef={industry.ref} />
      </p>
      <h4>{t('subSectorsLabel')}</h4>
      <ul className="chips small">
        {industry.subSectors.map((sector) => (
          <li key={sector.zh}>{pick(sector, language)}</li>
        ))}
      </ul>
      {industry.otherTargets.length > 0 && (
        <>
          <h4>{t('otherTargetsLabel')}</h4>
          <ul className="plain-list">
            {industry.otherTargets.map((target) => (
              <li key={target.text}>
                <span className="plan-words" lang="zh-CN">{target.text}</span> <RefLabel planRef={target.ref} />
              </li>
            ))}
          </ul>
        </>
      )}
      {industry.keyProjects.length > 0 && (
        <>
          <h4>
            {t('keyProjectsLabel')}{' '}
            {industry.box !== null && <RefLabel planRef={{ section: industry.ref.section, box: industry.box }} />}
          </h4>
          <ul className="plain-list key-projects">
            {industry.keyProjects.map((project) => (
              <li key={project.name.zh}>
                <strong>{pick(project.name, language)}</strong>
                <span className="plan-words" lang="zh-CN">{project.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {industry.id === 'smart-equipment' && <p className="lens-note">{t('equipmentNamingNote')}</p>}
      <InconsistencyFlags id={industry.id} />
    </details>
  );
}

function HostWordsList({ host }: { host: Host }) {
  const { t, language } = useT();
  const industry = industries.find((entry) => entry.id === host.industry);
  return (
    <div className="host-industry">
      <p className="host-basis">
        <strong>{industry ? pick(industry.name, language) : host.industry}</strong>
        {t('colon')}
        {host.bases.map((basis) => t(basisLabel[basis])).join(t('and'))}
      </p>
      {host.viaEquipmentManufacturing && (
        <p className="lens-note" data-testid="via-equipment">
          {t('viaEquipment')}
        </p>
      )}
      <ul className="host-words">
        {host.words.map((words) => (
          <li key={words.text}>
            <span className="plan-words" lang="zh-CN">{words.text}</span> <RefLabel planRef={words.ref} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function HostEntry({ place }: { place: LensHost }) {
  const { language } = useT();
  const selection = { kind: place.kind, id: place.id };
  const selected = useAppStore((state) => sameSelection(state.selection, selection));
  const select = useAppStore((state) => state.select);
  const setTab = useAppStore((state) => state.setTab);
  const setHover = usePointerStore((state) => state.setHover);
  return (
    <li className={selected ? 'host selected' : 'host'} data-testid={`host-${place.kind}-${place.id}`}>
      <button
        type="button"
        className="host-name"
        aria-current={selected || undefined}
        onClick={() => {
          select(selection, 'list');
          // Stay in the lens: the map flies to the host and the list keeps the plan's words.
          setTab('industries');
        }}
        onMouseEnter={() => setHover(selection)}
        onMouseLeave={() => setHover(null)}
        onFocus={() => setHover(selection)}
        onBlur={() => setHover(null)}
      >
        {hostName(place, language)}
      </button>
      {place.hosts.map((host) => (
        <HostWordsList key={host.industry} host={host} />
      ))}
    </li>
  );
}

function HostList() {
  const { t } = useT();
  const filter = useAppStore((state) => state.industryFilter);
  const places = hostsOfIndustries(planHostIndex, filter);
  if (filter.length === 0) return null;
  return (
    <section className="hosts" aria-labelledby="hosts-title" data-testid="industry-hosts">
      <h2 id="hosts-title">{t('hostsTitle')}</h2>
      <p className="plan-note" role="status">
        {places.length === 0 ? t('hostsNone') : t('hostsCount', { count: places.length })}
      </p>
      {filter.includes('smart-equipment') && (
        <p className="lens-note" data-testid="equipment-naming-note">
          {t('equipmentNamingNote')}
        </p>
      )}
      {hostKinds.map(({ kind, label }) => {
        const ofKind = places.filter((place) => place.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind}>
            <h3>{t(label)}</h3>
            {kind === 'subpark' && <p className="plan-note">{t('subParkInferredNote')}</p>}
            <ul className="host-list">
              {ofKind.map((place) => (
                <HostEntry key={hostKey(place)} place={place} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

export function IndustriesPanel() {
  const { t, language } = useT();
  const filter = useAppStore((state) => state.industryFilter);
  const toggleIndustry = useAppStore((state) => state.toggleIndustry);
  const setIndustryFilter = useAppStore((state) => state.setIndustryFilter);
  return (
    <div className="panel-section industries">
      <h2>{t('industriesTitle')}</h2>
      <p className="plan-note">{t('industriesIntro')}</p>
      {filter.length > 0 && (
        <button type="button" className="text-button" data-testid="industry-clear" onClick={() => setIndustryFilter([])}>
          {t('clearIndustries')}
        </button>
      )}
      {tiers.map(({ tier, label }) => (
        <div key={tier} role="group" aria-labelledby={`tier-${tier}`}>
          <h3 id={`tier-${tier}`}>{t(label)}</h3>
          <ul className="industry-list">
            {industries
              .filter((industry) => industry.tier === tier)
              .map((industry) => {
                const chosen = filter.includes(industry.id);
                return (
                  <li key={industry.id} className={chosen ? 'industry chosen' : 'industry'}>
                    <button
                      type="button"
                      className="industry-toggle"
                      aria-pressed={chosen}
                      data-testid={`industry-toggle-${industry.id}`}
                      onClick={() => toggleIndustry(industry.id)}
                    >
                      <span className="check" aria-hidden="true">
                        {chosen ? '✓' : ''}
                      </span>
                      <span className="industry-name">{pick(industry.name, language)}</span>
                      <ClusterTarget industry={industry} />
                    </button>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
      <HostList />
      {filter.length > 0 && (
        <section className="chosen-industries" aria-label={t('chosenIndustriesTitle')}>
          <h2>{t('chosenIndustriesTitle')}</h2>
          {industries
            .filter((industry) => filter.includes(industry.id))
            .map((industry) => (
              <IndustryDetails key={industry.id} industry={industry} />
            ))}
        </section>
      )}
    </div>
  );
}
