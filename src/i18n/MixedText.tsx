import { Fragment } from 'react';
import { useT } from './useT';

/** A run of Chinese: Han characters with the punctuation and digits between them (e.g. 四（一）3, 《规划》). */
const HAN_RUN = /(\p{Script=Han}(?:[\p{Script=Han}\p{P}\d·]*\p{Script=Han}[）)》”]?)?)/u;

/**
 * English text that quotes the plan's Chinese words: each Chinese run is marked
 * lang="zh-CN", so screen readers switch voice and the page's language stays honest.
 */
export function MixedText({ text }: { text: string }) {
  const { language } = useT();
  const parts = text.split(HAN_RUN);
  // In the Chinese UI the whole page is already marked zh-CN.
  if (language === 'zh' || parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="zh-CN">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
