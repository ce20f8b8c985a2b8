import { useGeoData } from '../app/GeoDataContext';
import { HubDetail } from '../details/HubDetail';
import { ParkDetail } from '../details/ParkDetail';
import { SubParkDetail } from '../details/SubParkDetail';
import { parks, subParkById } from '../data/plan';
import { pick } from '../data/names';
import { formatYi } from '../format/figures';
import { roleColors, wingColors } from '../map/colors';
import { useT } from '../i18n/useT';
import type { Park } from '../data/types';
import { HubFilterControl } from '../distance/HubFilterControl';
import { useHubFilter } from '../distance/useHubFilter';
import { SelectableItem } from './SelectableItem';

export function parkColor(park: Park): string {
  return park.role === 'wing' ? wingColors[park.wing ?? 'south'] : roleColors[park.role];
}

export function ParksPanel() {
  const { t, language } = useT();
  const data = useGeoData();
  const within = useHubFilter();
  const shownParks = parks.filter((park) => within({ kind: 'park', id: park.id }));
  const subParkIds = parks.flatMap((park) => park.subParkIds);
  const shownSubParks = subParkIds.filter((id) => within({ kind: 'subpark', id }));
  return (
    <div className="panel-section">
      <HubFilterControl
        shown={shownParks.length + shownSubParks.length}
        total={parks.length + subParkIds.length}
      />
      <h2>{t('listOfParks')}</h2>
      <ul className="item-list" aria-label={t('listOfParks')}>
        {shownParks.map((park) => (
          <SelectableItem
            key={park.id}
            selection={{ kind: 'park', id: park.id }}
            marker={<span className="role-marker" style={{ background: parkColor(park) }} aria-hidden="true" />}
            title={pick(park.name, language)}
            subtitle={`${pick(park.slogan, language)} · ${formatYi(park.target.valueYi, language)}`}
          >
            <ParkDetail park={park} />
          </SelectableItem>
        ))}
      </ul>
      <h3>{t('subParks')}</h3>
      <ul className="item-list compact" aria-label={t('subParks')}>
        {parks.flatMap((park) =>
          park.subParkIds.filter((id) => shownSubParks.includes(id)).map((id) => {
            const subPark = subParkById(id);
            if (!subPark) return null;
            return (
              <SelectableItem
                key={id}
                selection={{ kind: 'subpark', id }}
                marker={<span className="sub-marker" style={{ borderColor: parkColor(park) }} aria-hidden="true" />}
                title={pick(subPark.name, language)}
                subtitle={pick(park.name, language)}
              >
                <SubParkDetail subPark={subPark} />
              </SelectableItem>
            );
          }),
        )}
      </ul>
      <h3>{t('layerHubs')}</h3>
      <ul className="item-list compact" aria-label={t('layerHubs')}>
        {data.hubs.features.map((hub) => (
          <SelectableItem
            key={hub.properties.id}
            selection={{ kind: 'hub', id: hub.properties.id }}
            marker={<span className="hub-marker" aria-hidden="true" />}
            title={language === 'zh' ? hub.properties.name : hub.properties.nameEn}
          >
            <HubDetail hub={hub} />
          </SelectableItem>
        ))}
      </ul>
    </div>
  );
}
