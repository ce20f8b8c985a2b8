import type { ReactNode } from 'react';
import { formatPlanRef } from '../data/planRef';
import { inconsistencies } from '../data/plan';
import type { Accuracy, Inconsistency, PlanRef } from '../data/types';
import { pick } from '../data/names';
import { accuracyTerms, term } from '../i18n/terms';
import { MixedText } from '../i18n/MixedText';
import { useT } from '../i18n/useT';

export function RefLabel({ planRef }: { planRef: PlanRef }) {
  const { language } = useT();
  if (language === 'en' && planRef.section) {
    // The section path stays in the plan's own numbering (四（一）2), so readers can find it in the Chinese text.
    const rest = formatPlanRef({ ...planRef, section: '' }, 'en');
    return (
      <cite className="ref">
        Sec. <span lang="zh-CN">{planRef.section}</span>
        {rest && ` · ${rest}`}
      </cite>
    );
  }
  return <cite className="ref">{formatPlanRef(planRef, language)}</cite>;
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The plain notice shown wherever a schematic shape is selected. */
export function SchematicNotice() {
  const { t } = useT();
  return (
    <p className="schematic-notice" role="note" data-testid="schematic-notice">
      {t('schematicLong')}
    </p>
  );
}

/** Where a shape or point came from; `placedByZh` is the Chinese of `placedBy`, used when the UI is in Chinese. */
export function AccuracyLine({
  accuracy,
  placedBy: placedByEn,
  placedByZh,
  source,
}: {
  accuracy: Accuracy;
  placedBy?: string[];
  placedByZh?: string[];
  source: string;
}) {
  const { t, language } = useT();
  const placedBy = language === 'zh' && placedByZh ? placedByZh : placedByEn;
  return (
    <details className="accuracy">
      <summary>
        {t('shapeAccuracy')}
        {t('colon')}
        {term(accuracyTerms, accuracy, language)}
      </summary>
      {placedBy && placedBy.length > 0 && (
        <>
          <p className="accuracy-heading">{t('placedBy')}</p>
          <ul>
            {placedBy.map((fact) => (
              <li key={fact}>
                <MixedText text={fact} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="accuracy-source">
        {t('source')}
        {t('colon')}
        <MixedText text={source} />
      </p>
    </details>
  );
}

/** Flags every place where the plan contradicts itself about this item. */
export function InconsistencyFlags({ id }: { id: string }) {
  const { t, language } = useT();
  const relevant = inconsistencies.filter((item) => item.affects.includes(id));
  if (relevant.length === 0) return null;
  return (
    <div className="inconsistencies" data-testid="inconsistency-flag">
      {relevant.map((item) => (
        <details key={item.id} className="inconsistency">
          <summary>
            <span aria-hidden="true">⚠ </span>
            {t('inconsistencyFlag')}
            {t('colon')}
            <MixedText text={pick(item.title, language)} />
          </summary>
          <InconsistencyBody item={item} />
        </details>
      ))}
    </div>
  );
}

/** What the plan says, each statement with where, and why it matters. */
export function InconsistencyBody({ item }: { item: Inconsistency }) {
  const { language } = useT();
  return (
    <>
      <ul>
        {item.statements.map((statement) => (
          <li key={statement.text}>
            <span className="plan-words" lang="zh-CN">
              {statement.text}
            </span>{' '}
            <RefLabel planRef={statement.ref} />
          </li>
        ))}
      </ul>
      <p>
        <MixedText text={pick(item.explanation, language)} />
      </p>
    </>
  );
}
