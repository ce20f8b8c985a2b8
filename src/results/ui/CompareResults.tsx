/** Under the comparison: each compared park's 2025 target with its result beside it. */
import { parkById } from '../../data/plan';
import { pick } from '../../data/names';
import type { ParkId } from '../../data/types';
import { formatYi } from '../../format/figures';
import { useT } from '../../i18n/useT';
import { ResultsBeside, ResultsNotice } from './common';

export function CompareResults({ parkIds }: { parkIds: readonly ParkId[] }) {
  const { t, language } = useT();
  return (
    <section className="compare-results" data-testid="compare-results">
      <h3>{t('resResult')}</h3>
      <ResultsNotice where="compare" />
      <table className="review-table">
        <tbody>
          {parkIds.map((id) => {
            const park = parkById(id);
            if (!park) return null;
            return (
              <tr key={id}>
                <th scope="row">{pick(park.name, language)}</th>
                <td>
                  {t('resTargetFor', { year: park.target.year })}
                  {t('colon')}
                  {formatYi(park.target.valueYi, language)}
                </td>
                <td>
                  <ResultsBeside measureKey={`park:${id}`} compact />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
