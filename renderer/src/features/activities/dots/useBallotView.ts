import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { matchesWords, searchWords } from '@shared/activities/textSearch';

const compactKey = 'baraza.ballot.compact';

/** Ballots with more cards than this offer search and compact cards; a short one needs neither. */
export const ballotToolsFrom = 12;

/** Cards drawn at first, and added by each "Show more": a few screens' worth on a phone. Drawing
 *  all 1,000 cards of a big room at once took a slow phone most of its join (docs/BENCHMARKS.md). */
export const ballotPage = 40;

/**
 * What a participant has chosen to see of a long ballot: a search (kept only while the ballot is
 * open on screen) and compact cards (remembered on this device, since it suits the phone, not
 * the vote). The search is deferred, so typing stays quick on a slow phone with 1,000 cards.
 * Only the first pages of what matches are drawn (`visible`); `more` draws the next one, and a
 * new search starts again from the first.
 */
export function useBallotView(options: readonly string[], textOf: (id: string) => string) {
  const [query, setQuery] = useState('');
  const [compact, setCompactState] = useState(() => readCompact());
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => {
    const words = searchWords(deferredQuery);
    return words.length === 0 ? options : options.filter((id) => matchesWords(textOf(id), words));
  }, [options, textOf, deferredQuery]);
  const [pages, setPages] = useState({ query: deferredQuery, count: 1 });
  const pageCount = pages.query === deferredQuery ? pages.count : 1;
  const more = useCallback(() => setPages((current) => ({ query: deferredQuery, count: (current.query === deferredQuery ? current.count : 1) + 1 })), [deferredQuery]);
  const visible = useMemo(() => shown.slice(0, pageCount * ballotPage), [shown, pageCount]);
  const setCompact = useCallback((next: boolean) => {
    setCompactState(next);
    try {
      localStorage.setItem(compactKey, next ? '1' : '0');
    } catch {
      // Storage refused (private mode, full): the choice lasts this visit.
    }
  }, []);
  return { query, setQuery, compact, setCompact, shown, visible, more: visible.length < shown.length ? more : undefined, tools: options.length > ballotToolsFrom };
}

function readCompact(): boolean {
  try {
    return localStorage.getItem(compactKey) === '1';
  } catch {
    return false;
  }
}
