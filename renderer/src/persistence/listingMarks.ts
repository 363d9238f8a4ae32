/**
 * Which home-screen rows may be behind their workshop's document.
 *
 * A row is rewritten after every edit, but asynchronously, and a window closed at that moment
 * loses the write (the edit itself is safe: the document is journaled until stored). So a mark
 * goes into localStorage, synchronously, when a row falls behind, and comes out once the row is
 * written; the home screen brings marked rows up to date when it opens.
 */
const prefix = 'baraza.listingBehind.';

export type ListingBehind = { id: string; touchedAt?: number };

/** Marks a row as behind; `touchedAt` is when the workshop was last edited here, if it was. */
export function markListingBehind(id: string, touchedAt?: number): void {
  const earlier = readMark(localStorage.getItem(prefix + id));
  const latest = touchedAt ?? earlier?.touchedAt;
  try {
    localStorage.setItem(prefix + id, JSON.stringify(latest === undefined ? {} : { touchedAt: latest }));
  } catch {
    // Storage full: the row is still written as usual; only a crash at this moment would show.
  }
}

export function clearListingBehind(id: string): void {
  localStorage.removeItem(prefix + id);
}

export function listingsBehind(): ListingBehind[] {
  const marks: ListingBehind[] = [];
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (!key?.startsWith(prefix)) continue;
    const mark = readMark(localStorage.getItem(key));
    marks.push({ id: key.slice(prefix.length), ...(mark?.touchedAt === undefined ? {} : { touchedAt: mark.touchedAt }) });
  }
  return marks;
}

function readMark(text: string | null): { touchedAt?: number } | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { touchedAt?: unknown };
    return typeof value.touchedAt === 'number' ? { touchedAt: value.touchedAt } : {};
  } catch {
    return {};
  }
}
