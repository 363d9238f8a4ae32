/**
 * Search over what people typed (cards on a ballot), forgiving the way people search on a
 * phone: case and accents do not matter ("reseau" finds "Réseau"), and every word of the query
 * must appear somewhere, in any order ("data open" finds "Open a shared data platform").
 */
export function searchWords(query: string): string[] {
  return fold(query).split(/\s+/u).filter((word) => word !== '');
}

/** True when `text` holds every one of `words` (from searchWords); no words matches everything. */
export function matchesWords(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const folded = fold(text);
  return words.every((word) => folded.includes(word));
}

/** Lower case without accents or other combining marks; scripts without case pass unchanged. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
