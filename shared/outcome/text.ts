/** Small text helpers shared by the draft generator and the renderers. */

/** Collapses runs of white space (including line breaks) so a card reads as one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts text to at most `max` characters at a word boundary and marks the cut. A long card
 * would otherwise push the report past its two pages on its own.
 */
export function shorten(text: string, max: number, ellipsis: string): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const room = Math.max(1, max - ellipsis.length);
  const cut = flat.slice(0, room);
  const lastSpace = cut.lastIndexOf(' ');
  // Keep at least half the room: a single very long word is cut mid-word instead.
  const end = lastSpace > room / 2 ? lastSpace : room;
  return `${cut.slice(0, end).trimEnd()}${ellipsis}`;
}
