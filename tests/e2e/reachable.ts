import type { Page } from '@playwright/test';

/*
 * A participant's phone at its hardest: the narrowest screen (320 px) with text at twice its
 * usual size, and the check that every control on it can be reached by a finger.
 */

// The root's size is 106.25 % of the browser's; a phone's "200 % text" setting doubles it.
const doubledText = '212.5%';

/** The participant's phone: 320 px wide, text at 200 %, set before the app's first paint. */
export async function smallPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript((size) => {
    const apply = () => document.documentElement.style.setProperty('font-size', size);
    if (document.documentElement) apply();
    else document.addEventListener('DOMContentLoaded', apply);
  }, doubledText);
}

/** Each visible interactive element that is off-screen sideways or covered at its centre. */
export async function unreachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element | null): string => {
      if (!element) return 'nothing';
      const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}> "${text}"`;
    };
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      // Name the innermost elements that stick out, which are the ones to fix.
      const wide = Array.from(document.body.querySelectorAll('*')).filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !Array.from(element.children).some((child) => child.getBoundingClientRect().right > window.innerWidth + 1));
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide, through ${wide.slice(0, 3).map(describe).join(', ')}`);
    }
    const selector = 'a[href], button, input, select, textarea, summary, [role="button"], [role="tab"], [role="radio"], [tabindex]:not([tabindex="-1"])';
    for (const found of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      // The skip link shows only while focused, at the top of the page.
      if (found.classList.contains('skip-link')) continue;
      let element: HTMLElement = found;
      let rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // not displayed
      // A radio or checkbox drawn by its label (segmented controls) is reached through the label.
      if ((rect.width <= 2 || rect.height <= 2 || getComputedStyle(element).opacity === '0') && element.closest('label')) element = element.closest('label')!;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
      rect = element.getBoundingClientRect();
      if (rect.left < -1 || rect.right > window.innerWidth + 1) {
        problems.push(`${describe(element)} is off-screen: ${Math.round(rect.left)}–${Math.round(rect.right)} of ${window.innerWidth} px`);
        continue;
      }
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (!hit || !(element === hit || element.contains(hit))) problems.push(`${describe(element)} is covered by ${describe(hit)}`);
    }
    return problems;
  });
}

