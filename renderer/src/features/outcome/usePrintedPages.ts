import { useEffect, useState } from 'react';
import { renderHtml, type HtmlOptions } from '@shared/outcome/html';
import type { OutcomeLabels } from '@shared/outcome/labels';
import type { OutcomeDocument } from '@shared/outcome/model';
import { measurePrintedPages, type PrintedPages } from './measurePages';

/**
 * The printed page count of the document as it stands, re-measured a moment after each edit
 * (typing should not lay out a page per key). `pages` is undefined until the first measure, or
 * when the browser could not lay the page out (the caller then shows the estimate); `bodyPages`
 * leaves out a picture's annex page; `pending` says the count shown is for an earlier version
 * of the text or the layout.
 */
export function usePrintedPages(
  outcome: OutcomeDocument | undefined,
  labels: OutcomeLabels,
  options: Omit<HtmlOptions, 'roadmapPng'>,
): { pages: number | undefined; bodyPages: number | undefined; pending: boolean } {
  const [measured, setMeasured] = useState<{ html: string; count: PrintedPages | undefined } | undefined>(undefined);
  // The same page the PDF prints, the picture's drawing included (it costs nothing to lay out).
  const html = outcome ? renderHtml(outcome, labels, options) : undefined;
  useEffect(() => {
    if (!html) return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      measurePrintedPages(html).then(
        (count) => current && setMeasured({ html, count }),
        () => current && setMeasured({ html, count: undefined }),
      );
    }, 400);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [html]);
  const count = html ? measured?.count : undefined;
  return { pages: count?.pages, bodyPages: count?.bodyPages, pending: html !== undefined && measured?.html !== html };
}
