import type { Page } from '@playwright/test';
import { shortCodeAlphabet } from '../../electron/hub/access/secrets';

/**
 * Finds text on screen that bypassed translation while the pseudo language (./pseudoLocale.ts) is
 * showing. Everything translated arrives bracketed and accented, "⟦Šţàŕţ⟧"; what the tour types is
 * written in Greek letters; the host language's own Intl output (dates, digits) is Chinese. So a
 * run of two or more plain Latin letters outside the brackets can only be English the app wrote
 * without going through i18next.
 */

/** A visible string and where it was found (a CSS-ish path), for a readable failure. */
export type ScreenText = { text: string; where: string };

/** A join code as people see it, in groups of four from the hub's alphabet, whether or not it
 *  happens to hold a digit (about one code in ten has none). */
const joinCode = new RegExp(`\\b[${shortCodeAlphabet}]{4}(?:-[${shortCodeAlphabet}]{4})+\\b`, 'g');

/** Fixed data, not prose: web addresses, hub addresses, join codes, other codes mixing capitals
 *  and digits, and key combinations named as the keys are printed (Alt+N). */
const fixedData = [/\b(?:Alt|Ctrl|Shift|Cmd)\+\S+/g, /\b[a-z]+:\/\/\S+/g, /#\/\S+/g, /\b[\w.-]+:\d+\b/g, joinCode, /\b(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)*\b/g];

/** Removes every bracketed (translated) stretch, innermost first, so nesting is handled. */
function withoutTranslated(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

/** The English words left in one string once translated text and fixed data are taken out. */
export function untranslatedWords(text: string, allowed: readonly string[] = []): string[] {
  let rest = withoutTranslated(text);
  for (const pattern of fixedData) rest = rest.replace(pattern, ' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !allowed.includes(word));
}

/** The strings that carry untranslated words, each with those words and where it stood. */
export function untranslated(texts: readonly ScreenText[], allowed: readonly string[] = []): string[] {
  return texts.flatMap(({ text, where }) => {
    const words = untranslatedWords(text, allowed);
    return words.length ? [`${words.join(' ')}  ←  "${text.trim()}" in ${where}`] : [];
  });
}

/**
 * Every string a person can see or hear on the page: visible text nodes, placeholders, button
 * values, accessible names and tooltips. Skips what is hidden, and elements marked as content or
 * fixed data by a selector the caller passes (the language menu lists each language in itself).
 */
export function screenTexts(page: Page, skip: string): Promise<ScreenText[]> {
  return page.evaluate((skipSelector) => {
    const found: { text: string; where: string }[] = [];
    const describe = (element: Element) => {
      const path: string[] = [];
      for (let node: Element | null = element; node && path.length < 4; node = node.parentElement) {
        path.unshift(node.tagName.toLowerCase() + (node.getAttribute('data-testid') ? `[${node.getAttribute('data-testid')}]` : node.classList[0] ? `.${node.classList[0]}` : ''));
      }
      return path.join(' > ');
    };
    const shown = (element: Element) => !element.closest(skipSelector) && (element as HTMLElement).checkVisibility?.({ visibilityProperty: true, opacityProperty: false }) !== false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent || !text.trim() || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      // An option has no box of its own: it is seen when its menu is.
      if (!shown(parent.closest('select') ?? parent)) continue;
      found.push({ text, where: describe(parent) });
    }
    for (const element of Array.from(document.body.querySelectorAll('[placeholder], [aria-label], [title], input[type="button"], input[type="submit"], img[alt]'))) {
      if (!shown(element)) continue;
      for (const attribute of ['placeholder', 'aria-label', 'title', 'alt']) {
        const value = element.getAttribute(attribute);
        if (value?.trim()) found.push({ text: value, where: `${describe(element)} @${attribute}` });
      }
      if (element instanceof HTMLInputElement && (element.type === 'button' || element.type === 'submit')) found.push({ text: element.value, where: describe(element) });
    }
    return found;
  }, skip);
}
