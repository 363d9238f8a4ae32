/**
 * English for the words the data exports put beside their stable keys (the `(label)` columns).
 * Flat keys, merged into the renderer's English resources like ../attendance/strings.en.ts.
 */
export const exchangeEnglish: Readonly<Record<string, string>> = {
  'exchange.roadmapStatus.draft': 'Draft',
  'exchange.roadmapStatus.proposed': 'Proposed',
  'exchange.roadmapStatus.agreed': 'Agreed',
  'exchange.roadmapStatus.rejected': 'Rejected',
  'exchange.roadmapStatus.done': 'Done',
};
