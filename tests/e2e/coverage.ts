import type { Page } from '@playwright/test';

/** The projector sizes every layout check covers: the common beamer and TV resolutions. */
export const projectorSizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Elements a person must be able to read or use (headings, links, buttons, fields; with
 * `content`, also the text a wall shows: paragraphs, list items, table cells, images) whose
 * centre lies under a fixed, absolute or sticky element that is not part of them. Checked with
 * elementFromPoint at each centre, so it sees what the screen shows after layout, whatever the
 * CSS that put it there. Each finding reads "<covered> under <covering>".
 */
export function coveredElements(page: Page, options: { content?: boolean } = {}): Promise<string[]> {
  return page.evaluate((content) => {
    const describe = (element: Element): string => {
      const id = element.id ? `#${element.id}` : '';
      const test = element.getAttribute('data-testid');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${id}${test ? `[data-testid=${test}]` : ''} "${text}"`;
    };
    const positioned = (element: Element | null): Element | null => {
      for (let node = element; node && node !== document.body; node = node.parentElement) {
        const position = getComputedStyle(node).position;
        if (position === 'fixed' || position === 'absolute' || position === 'sticky') return node;
      }
      return null;
    };
    const usable = 'h1, h2, h3, h4, h5, h6, a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const targets = document.querySelectorAll(content ? `${usable}, p, li, td, th, caption, dt, dd, label, [role="img"], svg` : usable);
    const findings: string[] = [];
    for (const target of Array.from(targets)) {
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      // Hidden or visually hidden (a 1 px radio inside a styled label): nothing to cover.
      if (box.width < 4 || box.height < 4 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const top = document.elementFromPoint(x, y);
      if (!top || target.contains(top) || top.contains(target)) continue;
      const cover = positioned(top);
      if (cover && !cover.contains(target)) findings.push(`${describe(target)} under ${describe(cover)}`);
    }
    return findings;
  }, options.content === true);
}
