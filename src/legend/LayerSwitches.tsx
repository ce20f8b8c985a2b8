import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { useAppStore, type LayerGroup } from '../state/store';

const switches: { layer: LayerGroup; label: StringKey }[] = [
  { layer: 'parks', label: 'layerParks' },
  { layer: 'subparks', label: 'layerSubParks' },
  { layer: 'clusters', label: 'layerClusters' },
  { layer: 'townships', label: 'layerTownships' },
  { layer: 'hubs', label: 'layerHubs' },
  { layer: 'neighbours', label: 'layerNeighbours' },
];

export function LayerSwitches() {
  const { t } = useT();
  const layers = useAppStore((state) => state.layers);
  const setLayer = useAppStore((state) => state.setLayer);
  return (
    <fieldset className="layer-switches">
      <legend className="visually-hidden">{t('layersTitle')}</legend>
      {switches.map(({ layer, label }) => (
        <label key={layer}>
          <input
            type="checkbox"
            checked={layers[layer]}
            data-testid={`layer-${layer}`}
            onChange={(event) => setLayer(layer, event.target.checked)}
          />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
