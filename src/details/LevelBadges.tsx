import type { Cluster } from '../data/types';
import { levelTerms, term } from '../i18n/terms';
import { useT } from '../i18n/useT';

/** The cluster's two levels: SME cluster (集聚区) and start-up base (创业基地). */
export function LevelBadges({ cluster }: { cluster: Cluster }) {
  const { t, language } = useT();
  return (
    <span className="badges">
      <span className={`badge level-${cluster.agglomerationLevel}`}>
        {term(levelTerms, cluster.agglomerationLevel, language)} {t('agglomeration')}
      </span>
      <span className={`badge level-${cluster.incubatorLevel}`}>
        {term(levelTerms, cluster.incubatorLevel, language)} {t('incubator')}
      </span>
    </span>
  );
}
