import { useGeoData } from '../app/GeoDataContext';
import { accuracyTerms, term } from '../i18n/terms';
import { useT } from '../i18n/useT';
import type { Selection } from '../data/selection';
import { useAppStore } from '../state/store';
import { distanceHubs, distancesFrom, placeOf, roundKm } from './distances';

/** Straight-line distances from the selected park, sub-park or cluster to the hubs, honest about accuracy. */
export function DistancesSection({ selection }: { selection: Selection }) {
  const { t, language } = useT();
  const data = useGeoData();
  const rings = useAppStore((state) => state.distanceRings);
  const setRings = useAppStore((state) => state.setDistanceRings);
  const place = placeOf(selection, data);
  if (!place) return null;
  const hubs = distanceHubs(data);
  const distances = distancesFrom(place.position, hubs);
  const from =
    selection.kind === 'cluster' ? t('distancesFromSeat') : place.shapeCentre ? t('distancesFromShape') : t('distancesFromPoint');
  return (
    <section className="distances" data-testid="distances">
      <h3 className="distances-title">{t('distancesTitle')}</h3>
      <p className="distances-note">
        {t('distancesNote')} {from}
      </p>
      <table className="figures distance-table">
        <tbody>
          {distances.map((distance) => {
            const hub = hubs.find((h) => h.properties.id === distance.hubId);
            if (!hub) return null;
            return (
              <tr key={distance.hubId} data-testid={`distance-${distance.hubId}`}>
                <th scope="row">{language === 'zh' ? hub.properties.name : hub.properties.nameEn}</th>
                <td className="figure">{t('distanceKm', { km: roundKm(distance.km) })}</td>
                <td className="distance-accuracy">
                  {t('distanceUncertainty', {
                    km: distance.hubUncertaintyKm,
                    accuracy: term(accuracyTerms, distance.hubAccuracy, language),
                  })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label className="check-line">
        <input
          type="checkbox"
          checked={rings}
          data-testid="distance-rings"
          onChange={(event) => setRings(event.target.checked)}
        />
        {t('distanceRings')}
      </label>
    </section>
  );
}
