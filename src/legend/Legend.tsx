import { useRef } from 'react';
import { useCover } from '../app/layout/covers';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/store';
import { clusterColor, hubColor, paper, roleColors, subdistrictTint, townshipColor, townshipLine, wingColors } from '../map/colors';
import { LayerSwitches } from './LayerSwitches';
import { DeferredParkShareLegend } from '../results/ui/deferred';

function Swatch({ color, dashed = true }: { color: string; dashed?: boolean }) {
  return (
    <span
      className="swatch"
      aria-hidden="true"
      style={{ background: `${color}55`, borderColor: color, borderStyle: dashed ? 'dashed' : 'solid' }}
    />
  );
}

function Dot({ color, size, ring = false, hollow = false }: { color: string; size: number; ring?: boolean; hollow?: boolean }) {
  return (
    <span className="dot-holder" aria-hidden="true">
      <span
        className="dot"
        style={{
          width: size,
          height: size,
          background: hollow ? '#fff' : color,
          borderColor: hollow ? color : '#fff',
          boxShadow: ring ? `0 0 0 3px #fff, 0 0 0 5px ${color}` : undefined,
        }}
      />
    </span>
  );
}

/** The legend teaches the slogan: each part of 一城一核两翼一区多点 next to its symbol. */
export function Legend() {
  const { t } = useT();
  const open = useAppStore((state) => state.legendOpen);
  const setOpen = useAppStore((state) => state.setLegendOpen);
  const ref = useRef<HTMLDetailsElement>(null);
  useCover(ref, 'legend');
  return (
    <details
      ref={ref}
      className="legend"
      open={open}
      data-testid="legend"
      onToggle={(event) => {
        if (event.currentTarget.open !== useAppStore.getState().legendOpen) setOpen(event.currentTarget.open);
      }}
    >
      <summary>{t('legendTitle')}</summary>
      <ul className="legend-slogan">
        <li>
          <Swatch color={roleColors.city} />
          <strong>{t('legendCity')}</strong> <span>{t('legendCityName')}</span>
        </li>
        <li>
          <Swatch color={roleColors.core} />
          <strong>{t('legendCore')}</strong> <span>{t('legendCoreName')}</span>
        </li>
        <li>
          <span className="swatch-pair" aria-hidden="true">
            <Swatch color={wingColors.north} />
            <Swatch color={wingColors.south} />
          </span>
          <strong>{t('legendWings')}</strong> <span>{t('legendWingsName')}</span>
        </li>
        <li>
          <Swatch color={roleColors.zone} />
          <strong>{t('legendZone')}</strong> <span>{t('legendZoneName')}</span>
        </li>
        <li>
          <Dot color={clusterColor} size={14} ring />
          <strong>{t('legendPoints')}</strong> <span>{t('legendPointsName')}</span>
        </li>
      </ul>
      <ul className="legend-symbols">
        <li>
          <Dot color={clusterColor} size={14} ring /> {t('legendMunicipal')}
        </li>
        <li>
          <Dot color={clusterColor} size={10} /> {t('legendDistrictLevel')}
        </li>
        <li>
          <Dot color={roleColors.core} size={10} hollow /> {t('legendSubPark')}
        </li>
        <li>
          <Dot color={hubColor} size={11} hollow /> {t('legendHub')}
        </li>
        <li>
          <Dot color={townshipColor} size={6} /> {t('legendTownship')}
        </li>
      </ul>
      <ul className="legend-symbols legend-towns">
        <li>
          <span className="swatch" aria-hidden="true" style={{ background: subdistrictTint, borderColor: townshipLine }} /> {t('legendSubdistrict')}
          <span className="swatch legend-gap" aria-hidden="true" style={{ background: paper, borderColor: townshipLine }} /> {t('legendTown')}
        </li>
        <li>
          <span className="swatch-pair" aria-hidden="true">
            <span className="swatch" style={{ background: `${clusterColor}40`, borderColor: townshipLine }} />
            <span className="swatch" style={{ background: `${clusterColor}20`, borderColor: townshipLine }} />
          </span>{' '}
          {t('legendClusterTown')}
        </li>
        <li>
          <span className="swatch swatch-line" aria-hidden="true" style={{ borderColor: townshipLine }} /> {t('legendTownBoundary')}
        </li>
      </ul>
      <p className="legend-note">{t('schematicShort')}</p>
      <DeferredParkShareLegend />
      <details className="legend-layers">
        <summary>{t('layersTitle')}</summary>
        <LayerSwitches />
      </details>
    </details>
  );
}
