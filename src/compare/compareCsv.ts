import { formatPlanRef } from '../data/planRef';
import type { PlanRef } from '../data/types';
import { registerMessages, translate, type Language, type StringKey } from '../i18n/strings';
import { areaKindTerms, term } from '../i18n/terms';
import type { CompareRow, Comparison } from './compareTable';
import type { DerivedId } from './derived';
import { toCsv } from '../workbench/formats/csvWrite';
import { compareMessages } from '../i18n/messages/compare';

registerMessages(compareMessages);

export const derivedLabelKey: Record<DerivedId, StringKey> = {
  'target-per-planned-construction': 'derivedTargetPerPlanned',
  'target-per-approved': 'derivedTargetPerApproved',
  'target-per-total-planned': 'derivedTargetPerTotal',
  'built-share-of-approved': 'derivedBuiltShare',
};

function refsText(refs: readonly PlanRef[], language: Language): string {
  return [...new Set(refs.map((ref) => formatPlanRef(ref, language)).filter(Boolean))].join('; ');
}

function rowCells(row: CompareRow, comparison: Comparison, language: Language): (string | number | null)[] {
  const t = (key: StringKey) => translate(language, key);
  const tableRefs = comparison.parks.map((park): PlanRef => ({ section: '', table: park.role === 'zone' ? 3 : 2 }));
  switch (row.kind) {
    case 'positioning':
      return [t('positioning'), '', ...row.cells.map((cell) => cell[language]), refsText(tableRefs, language)];
    case 'lead':
      return [
        t('leadIndustries'),
        '',
        ...row.cells.map((cell) =>
          [
            ...cell.industries.map((industry) =>
              industry.shared ? `${industry.name[language]} ★${t('compareShared')}` : industry.name[language],
            ),
            ...cell.other.map((other) => other[language]),
          ].join(language === 'zh' ? '、' : '; '),
        ),
        refsText(tableRefs, language),
      ];
    case 'area':
      return [
        term(areaKindTerms, row.area, language),
        t('km2'),
        ...row.cells.map((cell) => cell.value),
        refsText(
          row.cells.flatMap((cell) => cell.statements.map((statement) => statement.ref)),
          language,
        ),
      ];
    case 'target':
      return [
        t('compareTargetRow'),
        t('yi'),
        ...row.cells.map((cell) => cell.valueYi),
        refsText(
          row.cells.map((cell) => cell.ref),
          language,
        ),
      ];
    case 'derived':
      return [
        `${t(derivedLabelKey[row.derived])}${t('compareDerivedTag')}`,
        row.derived === 'built-share-of-approved' ? t('unitPercent') : t('unitYiPerKm2'),
        ...row.cells.map((cell) => (cell ? cell.value : null)),
        `${t('derived')}${t('colon')}${t(derivedLabelKey[row.derived])}`,
      ];
  }
}

/** The comparison as CSV in the user's language: one column per place, the plan's figures as numbers. */
export function comparisonCsv(comparison: Comparison, language: Language): string {
  const t = (key: StringKey) => translate(language, key);
  const header = [
    t('compareItem'),
    t('compareUnit'),
    ...comparison.parks.map((park) => park.name[language]),
    t('compareSource'),
  ];
  const targetKinds = [
    t('compareTargetKind'),
    '',
    ...comparison.parks.map((park) =>
      park.target.kind === 'revenue' ? t('compareTargetRevenue') : t('compareTargetOutput'),
    ),
    '',
  ];
  const rows = comparison.rows.flatMap((row) =>
    row.kind === 'target' ? [rowCells(row, comparison, language), targetKinds] : [rowCells(row, comparison, language)],
  );
  return toCsv([header, ...rows]);
}
