/**
 * How many A4 pages the print page really takes, measured by laying it out in the browser, not
 * estimated from a line budget. The print HTML is placed in an unseen frame whose article is
 * turned into columns exactly one page's text block in size (170 × 257 mm): Chromium fragments
 * columns with the same engine and the same rules (break-inside, break-after, repeated table
 * headers) as printed pages, so the number of columns is the number of pages. The picture is the
 * very SVG drawing the PDF prints, its box sized by its known aspect ratio at full width (a
 * picture without a known size gets the largest box the print page allows). A picture on an
 * annex page starts a column of its own; the columns before it are the report's body.
 */
export type PrintedPages = { pages: number; bodyPages: number };

const measureCss = `@media screen {
  html, body { margin: 0; padding: 0; max-width: none; }
  body { width: 170mm; }
  article { height: 257mm; column-width: 170mm; column-gap: 0; column-fill: auto; }
  figure:not(.full-width) img { width: 170mm; height: 60mm; max-height: none; object-fit: contain; }
}`;

export function measurePrintedPages(html: string): Promise<PrintedPages> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.className = 'measure-frame';
    frame.title = 'measure';
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    frame.addEventListener('load', () => {
      const article = frame.contentDocument?.querySelector('article');
      if (!article || article.clientWidth === 0) {
        frame.remove();
        reject(new Error('the print page could not be laid out'));
        return;
      }
      const pages = Math.max(1, Math.round(article.scrollWidth / article.clientWidth));
      const annex = article.querySelector('figure.annex');
      const bodyPages = annex ? Math.min(pages, columnOf(annex, article)) : pages;
      frame.remove();
      resolve({ pages, bodyPages });
    });
    frame.srcdoc = html.replace('</head>', `<style>${measureCss}</style>\n</head>`);
    document.body.append(frame);
  });
}

/** How many whole columns (pages) come before an element, in either writing direction. */
function columnOf(element: Element, article: HTMLElement): number {
  const box = element.getBoundingClientRect();
  const page = article.getBoundingClientRect();
  const rtl = getComputedStyle(article).direction === 'rtl';
  const offset = rtl ? page.right - box.right : box.left - page.left;
  return Math.max(0, Math.round(offset / article.clientWidth));
}
