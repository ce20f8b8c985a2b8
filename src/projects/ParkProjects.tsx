/**
 * An area's key projects, grouped by what they build, each with where the plan prints it:
 * in the park detail (a section) and in the park's printed fact sheet (a table).
 */
import { Fragment } from 'react';
import { planRefOf } from '../data/packageRef';
import { boxesOf, projectsForArea, usePlanExtras } from '../data/planExtras';
import { RefLabel } from '../details/common';
import type { StringKey } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { groupOfKind, groupProjects } from './group';
import type { ProjectBox, ProjectItem } from './types';
import './projects.css';

const KIND_KEYS: Readonly<Record<string, StringKey>> = {
  site: 'projectKind_site',
  rail: 'projectKind_rail',
  sewage: 'projectKind_sewage',
  other: 'projectKind_other',
};

/** The item's own kind where it differs from its group's name ("site levelling" under Other). */
function KindTag({ item }: { item: ProjectItem }) {
  const { t } = useT();
  if (item.kind === groupOfKind(item.kind)) return null;
  const key = KIND_KEYS[item.kind];
  return <span className="project-kind">{key ? t(key) : item.kind}</span>;
}

/** The item's name: the plan's Chinese, and in English the translation first. */
function ItemName({ item }: { item: ProjectItem }) {
  const { language } = useT();
  if (language === 'zh') return <span className="project-name">{item.name.zh}</span>;
  return (
    <span className="project-name">
      {item.name.en} <span className="project-zh" lang="zh-CN">{item.name.zh}</span>
    </span>
  );
}

/** "(Box 10 · Sec. 四（三）)": where the listed projects are printed. */
function BoxRefs({ boxes }: { boxes: ProjectBox[] }) {
  return (
    <span className="project-refs">
      {boxes.map((box, index) => (
        <Fragment key={box.id}>
          {index > 0 && ' '}
          <RefLabel planRef={planRefOf(box.ref)} />
        </Fragment>
      ))}
    </span>
  );
}

function useAreaProjects(areaId: string) {
  const { state, extras, error } = usePlanExtras();
  const items = extras ? projectsForArea(extras, areaId) : [];
  const boxes = extras ? boxesOf(extras, items) : [];
  /** The box that holds most of the items: an item from another box carries its own reference. */
  const mainBox = boxes.map((box) => ({ box, count: items.filter((i) => i.boxId === box.id).length })).sort((a, b) => b.count - a.count)[0]?.box;
  return { state, error, items, boxes, mainBox };
}

/** The section in the park detail. */
export function ParkProjects({ areaId }: { areaId: string }) {
  const { t } = useT();
  const { state, error, items, boxes, mainBox } = useAreaProjects(areaId);
  const headingId = `projects-title-${areaId}`;
  return (
    <section className="park-projects" data-testid={`projects-${areaId}`} aria-labelledby={headingId} data-state={state} data-count={items.length}>
      <h3 id={headingId}>
        {t('projectsTitle')} <BoxRefs boxes={boxes} />
      </h3>
      {state === 'error' && (
        <p className="status-error" role="alert">
          {t('projectsFailed', { message: error ?? '' })}
        </p>
      )}
      {(state === 'loading' || state === 'idle') && <p className="projects-note">{t('projectsLoading')}</p>}
      {state === 'ready' && items.length === 0 && <p className="projects-note">{t('projectsNone')}</p>}
      {items.length > 0 && (
        <>
          <p className="projects-note">
            {t('projectsCount', { count: items.length })} · {t('projectsNote')}
          </p>
          {groupProjects(items).map(({ group, items: groupItems }) => (
            <details key={group} className="project-group" data-testid={`projects-${areaId}-${group}`} open={group !== 'road' || groupItems.length <= 8}>
              <summary>
                {t(`projectGroup_${group}`)} <span className="project-count">({groupItems.length})</span>
              </summary>
              <ul className="project-list">
                {groupItems.map((item) => (
                  <li key={item.id} data-testid={`project-${item.id}`}>
                    <ItemName item={item} /> <KindTag item={item} />
                    {item.boxId !== mainBox?.id && (
                      <>
                        {' '}
                        <RefLabel planRef={planRefOf(item.ref)} />
                      </>
                    )}
                    {item.text && (
                      <span className="project-text" lang="zh-CN">
                        “{item.text}”
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </section>
  );
}

/** The same projects as a compact table on the printed fact sheet. */
export function ParkProjectsSheet({ areaId }: { areaId: string }) {
  const { t, language } = useT();
  const { items, boxes } = useAreaProjects(areaId);
  if (items.length === 0) return null;
  return (
    <section className="sheet-projects" data-testid={`sheet-projects-${areaId}`}>
      <h2>
        {t('projectsTitle')} <BoxRefs boxes={boxes} />
      </h2>
      <table className="sheet-table compact">
        <tbody>
          {groupProjects(items).map(({ group, items: groupItems }) => (
            <tr key={group}>
              <th scope="row">
                {t(`projectGroup_${group}`)} ({groupItems.length})
              </th>
              <td>{groupItems.map((item) => (language === 'zh' ? item.name.zh : item.name.en)).join(language === 'zh' ? '、' : '; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sheet-note">{t('projectsNote')}</p>
    </section>
  );
}
