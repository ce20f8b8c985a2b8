import { useDeferredValue, useMemo, useState } from 'react';
import { useGeoData } from '../../app/GeoDataContext';
import type { GeoData } from '../../data/geodata';
import { useT } from '../../i18n/useT';
import { sameSelection } from '../../data/selection';
import { useAppStore } from '../../state/store';
import { TOWNS_PROPERTY, withTowns } from '../exportFormats';
import type { TownSharesOf } from '../exportTable';
import { townsOf } from '../../geo/towns';
import { sharePercents, townSharesText } from '../../format/townShares';
import { PLAN_LAYERS, planFeatures } from '../planLayers';
import type { WorkFeature } from '../types';
import { fileBase } from './download';
import { ExportControls } from './ExportControls';

const ROW_LIMIT = 200;
const COLUMN_LIMIT = 10;

/** `work:<id>` for a workbench layer, `plan:<key>` for one of the project's layers. */
export type TableKey = `work:${string}` | `plan:${keyof GeoData}`;

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return text(a).localeCompare(text(b), 'zh-CN', { numeric: true });
}

export function TableSection({ tableKey, onTableKey }: { tableKey: TableKey | null; onTableKey: (key: TableKey) => void }) {
  const { t, language } = useT();
  const data = useGeoData();
  const workLayers = useAppStore((s) => s.workLayers);
  const workSelection = useAppStore((s) => s.workSelection);
  const selection = useAppStore((s) => s.selection);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const deferredFilter = useDeferredValue(filter);

  const key: TableKey = tableKey ?? (workLayers[0] ? `work:${workLayers[0].id}` : 'plan:parks');
  const workLayer = key.startsWith('work:') ? workLayers.find((l) => `work:${l.id}` === key) : undefined;
  const plan = key.startsWith('plan:') ? PLAN_LAYERS.find((p) => `plan:${p.key}` === key) : undefined;
  const layerName = workLayer?.name ?? (plan ? t('wbProjectLayer', { name: t(plan.label) }) : '');
  const features: WorkFeature[] = useMemo(() => {
    const fromWork = workLayers.find((l) => `work:${l.id}` === key);
    // A workbench layer's features carry the towns they lie in (from the display town
    // polygons, already loaded; the checks use the full detail), in the table and every export.
    if (fromWork) {
      const names = (id: string) => data.townships.features.find((f) => f.properties.id === id)?.properties;
      return withTowns(fromWork.features, data.townshipAreas.features, (shares) =>
        townSharesText(shares, names, language, {
          all: t('wbTownsOutside'),
          part: (share) => t('wbTownsOutsidePart', { share }),
        }),
      );
    }
    const fromPlan = PLAN_LAYERS.find((p) => `plan:${p.key}` === key);
    return fromPlan ? planFeatures(data, fromPlan.key) : [];
  }, [key, workLayers, data, language, t]);

  const columns = useMemo(() => {
    const keys = new Set<string>();
    for (const f of features.slice(0, 500)) for (const k of Object.keys(f.properties)) keys.add(k);
    // The derived towns column comes first after the id, so the column limit never hides it.
    const rest = [...keys].filter((k) => k !== 'id' && k !== TOWNS_PROPERTY);
    return ['id', ...(keys.has(TOWNS_PROPERTY) ? [TOWNS_PROPERTY] : []), ...rest.slice(0, COLUMN_LIMIT)];
  }, [features]);

  const rows = useMemo(() => {
    const needle = deferredFilter.trim().toLowerCase();
    const cell = (f: WorkFeature, column: string): unknown => (column === 'id' ? f.id : f.properties[column]);
    let out = needle
      ? features.filter((f) => columns.some((c) => text(cell(f, c)).toLowerCase().includes(needle)) || f.geometry.type.toLowerCase().includes(needle))
      : features;
    if (sort) {
      out = [...out].sort((a, b) => compare(cell(a, sort.column), cell(b, sort.column)) * (sort.descending ? -1 : 1));
    }
    return out;
  }, [features, columns, deferredFilter, sort]);

  const isSelected = (f: WorkFeature): boolean =>
    workLayer
      ? workSelection?.layerId === workLayer.id && workSelection.featureId === f.id
      : plan?.kind
        ? sameSelection(selection, { kind: plan.kind, id: f.id })
        : false;

  const choose = (f: WorkFeature) => {
    const state = useAppStore.getState();
    if (workLayer) state.selectWorkFeature({ layerId: workLayer.id, featureId: f.id }, 'list');
    else if (plan?.kind) state.select({ kind: plan.kind, id: f.id }, 'table');
  };

  // The 镇街 shares as columns of their own in CSV and Excel (workbench layers only).
  const townShares: TownSharesOf = (f) => {
    if (!workLayer) return [];
    const named = (id: string) => data.townships.features.find((x) => x.properties.id === id)?.properties;
    return sharePercents(townsOf(f.geometry, data.townshipAreas.features)).map((s) => {
      const n = named(s.townId);
      return { name: n ? (language === 'zh' ? n.name : n.nameEn) : s.townId, percent: s.percent };
    });
  };

  return (
    <section className="wb-section" aria-labelledby="wb-table-title" data-testid="wb-table-section">
      <h3 id="wb-table-title">{t('wbTableOf', { layer: layerName })}</h3>
      <div className="wb-toolbar">
        <label className="wb-field-inline">
          <span>{t('wbTableLayer')}</span>
          <select value={key} data-testid="wb-table-layer" onChange={(e) => onTableKey(e.target.value as TableKey)}>
            {workLayers.map((l) => (
              <option key={l.id} value={`work:${l.id}`}>
                {l.name}
              </option>
            ))}
            {PLAN_LAYERS.map((p) => (
              <option key={p.key} value={`plan:${p.key}`}>
                {t('wbProjectLayer', { name: t(p.label) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ExportControls
        key={key}
        features={features}
        layer={workLayer}
        layerName={layerName}
        base={fileBase(workLayer?.name ?? String(plan?.key ?? 'layer'))}
        townShares={townShares}
      />
      <label className="wb-field">
        <span>{t('wbFilter')}</span>
        <input type="search" value={filter} placeholder={t('wbFilterPlaceholder')} data-testid="wb-table-filter" onChange={(e) => setFilter(e.target.value)} />
      </label>
      <p className="wb-hint" data-testid="wb-table-count">
        {t('wbRows', { shown: Math.min(rows.length, ROW_LIMIT).toLocaleString(), total: rows.length.toLocaleString() })}
        {rows.length > ROW_LIMIT && ` · ${t('wbRowsLimited', { limit: ROW_LIMIT })}`}
      </p>
      <div className="wb-table-wrap">
        <table className="wb-table" data-testid="wb-table">
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.column === c;
                return (
                  <th key={c} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button
                      type="button"
                      aria-label={t('wbSortBy', { column: c })}
                      data-testid={`wb-sort-${c}`}
                      onClick={() => setSort(active && !sort.descending ? { column: c, descending: true } : { column: c, descending: false })}
                    >
                      {c}
                      <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">{t('wbGeometry')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ROW_LIMIT).map((f) => (
              <tr key={f.id} className={isSelected(f) ? 'selected' : undefined} aria-selected={isSelected(f)} data-testid="wb-row" data-id={f.id}>
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c} scope="row">
                      <button type="button" className="wb-row-button" onClick={() => choose(f)}>
                        {f.id}
                      </button>
                    </th>
                  ) : (
                    <td key={c}>{text(f.properties[c])}</td>
                  ),
                )}
                <td>{f.geometry.type}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
