import { otherTowns } from '../data/plan';
import { useT } from '../i18n/useT';
import { InconsistencyFlags, RefLabel } from './common';
import { IndustryLines } from './IndustryLines';

export function OtherTownsDetail() {
  const { t } = useT();
  return (
    <div className="detail" data-testid="other-towns-detail">
      <p>{t('otherTownsNote')}</p>
      <IndustryLines lines={otherTowns.details} />
      <p className="verbatim" lang="zh-CN">
        {otherTowns.text} <RefLabel planRef={otherTowns.ref} />
      </p>
      <InconsistencyFlags id="other-towns" />
    </div>
  );
}
