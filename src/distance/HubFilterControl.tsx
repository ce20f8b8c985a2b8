import { useGeoData } from '../app/GeoDataContext';
import { useT } from '../i18n/useT';
import { FILTER_KM } from '../state/distanceSlice';
import { useAppStore } from '../state/store';
import { distanceHubs } from './distances';
import './distance.css';

/** "Within N km of hub X": narrows the lists to what lies near a hub. */
export function HubFilterControl({ shown, total }: { shown: number; total: number }) {
  const { t, language } = useT();
  const data = useGeoData();
  const filter = useAppStore((state) => state.hubFilter);
  const setFilter = useAppStore((state) => state.setHubFilter);
  const hubs = distanceHubs(data);
  const hubName = (id: string) => {
    const hub = hubs.find((h) => h.properties.id === id);
    if (!hub) return id;
    return language === 'zh' ? hub.properties.name : hub.properties.nameEn;
  };
  return (
    <fieldset className="hub-filter" data-testid="hub-filter">
      <legend>{t('hubFilterLabel')}</legend>
      <label>
        <span>{t('hubFilterKm')}</span>
        <select
          value={filter ? String(filter.km) : ''}
          data-testid="hub-filter-km"
          onChange={(event) => {
            const km = Number(event.target.value);
            setFilter(event.target.value === '' ? null : { hubId: filter?.hubId ?? hubs[0]?.properties.id ?? '', km });
          }}
        >
          <option value="">{t('hubFilterAll')}</option>
          {FILTER_KM.map((km) => (
            <option key={km} value={km}>
              {t('hubFilterWithin', { km })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('hubFilterHub')}</span>
        <select
          value={filter?.hubId ?? hubs[0]?.properties.id ?? ''}
          data-testid="hub-filter-hub"
          onChange={(event) => setFilter({ hubId: event.target.value, km: filter?.km ?? FILTER_KM[1] })}
        >
          {hubs.map((hub) => (
            <option key={hub.properties.id} value={hub.properties.id}>
              {hubName(hub.properties.id)}
            </option>
          ))}
        </select>
      </label>
      {filter && (
        <p className="hub-filter-status" role="status" data-testid="hub-filter-status">
          {shown === 0
            ? t('hubFilterNone')
            : t('hubFilterShown', { shown, total, km: filter.km, hub: hubName(filter.hubId) })}
        </p>
      )}
    </fieldset>
  );
}
