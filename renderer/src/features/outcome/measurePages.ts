/**
 * How many A4 pages the print page really takes, measured by laying it out in the browser, not
 * estimated from a line budget. The print HTML is placed in an unseen frame whose article is
 * turned into columns exactly one page's text block in size (170 × 257 mm): Chromium fragments
 * columns with the same engine and the same rules (break-inside, break-after, repeated table
 * headers) as printed pages, so the number of columns is the number of pages. The picture is not
 * drawn for this (that takes seconds); its box is given the largest size the print page allows.
 */
const measureCss = `@media screen {
  html, body { margin: 0; padding: 0; max-width: none; }
  body { width: 170mm; }
  article { height: 257mm; column-width: 170mm; column-gap: 0; column-fill: auto; }
  figure img { width: 170mm; height: 60mm; max-height: none; object-fit: contain; }
}`;

/** A 1×1 PNG standing in for the picture, whose box the style above sizes. */
export const placeholderPng = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (char) => char.charCodeAt(0));

export function measurePrintedPages(html: string): Promise<number> {
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
      frame.remove();
      resolve(pages);
    });
    frame.srcdoc = html.replace('</head>', `<style>${measureCss}</style>\n</head>`);
    document.body.append(frame);
  });
}
