import { useEffect, useState } from 'react';
import { renderHtml, type HtmlOptions } from '@shared/outcome/html';
import type { OutcomeLabels } from '@shared/outcome/labels';
import type { OutcomeDocument } from '@shared/outcome/model';
import { measurePrintedPages, placeholderPng } from './measurePages';

/**
 * The printed page count of the document as it stands, re-measured a moment after each edit
 * (typing should not lay out a page per key). `pages` is undefined until the first measure, or
 * when the browser could not lay the page out (the caller then shows the estimate); `pending`
 * says the count shown is for an earlier version of the text.
 */
export function usePrintedPages(
  outcome: OutcomeDocument | undefined,
  labels: OutcomeLabels,
  options: Omit<HtmlOptions, 'roadmapPng'> & { withPicture: boolean },
): { pages: number | undefined; pending: boolean } {
  const [measured, setMeasured] = useState<{ html: string; pages: number | undefined } | undefined>(undefined);
  const html = outcome
    ? renderHtml(outcome, labels, { ...(options.withPicture ? { roadmapPng: placeholderPng } : {}), imageCaption: options.imageCaption, hackathon: options.hackathon })
    : undefined;
  useEffect(() => {
    if (!html) return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      measurePrintedPages(html).then(
        (count) => current && setMeasured({ html, pages: count }),
        () => current && setMeasured({ html, pages: undefined }),
      );
    }, 400);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [html]);
  return { pages: html ? measured?.pages : undefined, pending: html !== undefined && measured?.html !== html };
}
