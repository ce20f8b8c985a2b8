import { useGeoData } from '../app/GeoDataContext';
import { ClusterDetail } from '../details/ClusterDetail';
import { LevelBadges } from '../details/LevelBadges';
import { OtherTownsDetail } from '../details/OtherTownsDetail';
import { TownshipDetail } from '../details/TownshipDetail';
import { clusters } from '../data/plan';
import { pick } from '../data/names';
import { mentionTerms, term } from '../i18n/terms';
import { useT } from '../i18n/useT';
import { HubFilterControl } from '../distance/HubFilterControl';
import { useHubFilter } from '../distance/useHubFilter';
import { SelectableItem } from './SelectableItem';

export function ClustersPanel() {
  const { t, language } = useT();
  const data = useGeoData();
  const within = useHubFilter();
  const shownClusters = clusters.filter((cluster) => within({ kind: 'cluster', id: cluster.id }));
  return (
    <div className="panel-section">
      <HubFilterControl shown={shownClusters.length} total={clusters.length} />
      <h2>{t('overviewClusters')}</h2>
      <ul className="item-list" aria-label={t('listOfClusters')}>
        {shownClusters.map((cluster) => (
          <SelectableItem
            key={cluster.id}
            selection={{ kind: 'cluster', id: cluster.id }}
            marker={
              <span
                className={`cluster-marker ${cluster.agglomerationLevel}`}
                aria-hidden="true"
              />
            }
            title={pick(cluster.name, language)}
            subtitle={
              <>
                <LevelBadges cluster={cluster} />
                <span className="directions-line">
                  {cluster.directions.map((direction) => term(mentionTerms, direction, language)).join(t('and'))}
                </span>
              </>
            }
          >
            <ClusterDetail cluster={cluster} />
          </SelectableItem>
        ))}
        <SelectableItem
          selection={{ kind: 'other-towns', id: 'other-towns' }}
          marker={<span className="cluster-marker other" aria-hidden="true" />}
          title={t('otherTownsTitle')}
          subtitle={t('otherTownsNote')}
        >
          <OtherTownsDetail />
        </SelectableItem>
      </ul>
      <h3>{t('layerTownships')}</h3>
      <ul className="item-list compact" aria-label={t('layerTownships')}>
        {data.townships.features.map((township) => (
          <SelectableItem
            key={township.properties.id}
            selection={{ kind: 'township', id: township.properties.id }}
            title={language === 'zh' ? township.properties.name : township.properties.nameEn}
          >
            <TownshipDetail township={township} />
          </SelectableItem>
        ))}
      </ul>
    </div>
  );
}
