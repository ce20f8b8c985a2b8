import type { ClusterIndustryLine } from '../data/types';
import { mentionTerms, term } from '../i18n/terms';
import { useT } from '../i18n/useT';

/** The detailed industries of a town, sentence by sentence as the plan prints them. */
export function IndustryLines({ lines }: { lines: ClusterIndustryLine[] }) {
  const { language } = useT();
  return (
    <ul className="industry-lines">
      {lines.map((line) => (
        <li key={line.text}>
          <strong>{term(mentionTerms, line.industry, language)}</strong>
          {line.activities.length > 0 && (
            <ul className="chips small" lang="zh-CN">
              {line.activities.map((activity) => (
                <li key={activity}>{activity}</li>
              ))}
            </ul>
          )}
          <p className="verbatim" lang="zh-CN">
            {line.text}
          </p>
        </li>
      ))}
    </ul>
  );
}
