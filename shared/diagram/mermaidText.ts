/**
 * Makes user text safe to place inside Mermaid source. Mermaid reads `:` `;` `#` `%%` and quotes
 * as syntax and would pass `<` `>` on as markup, so those characters are swapped for look-alikes
 * that Mermaid treats as plain text; line breaks become spaces. Callers also never start a line
 * with user text (a part's label is prefixed with its number), so a title such as
 * "section x" or "click p0 call f()" cannot become a directive.
 */
const lookAlikes: Record<string, string> = {
  ':': '∶',
  ';': '；',
  '#': '＃',
  '%': '％',
  '<': '‹',
  '>': '›',
  '"': '”',
  "'": '’',
  '`': 'ˋ',
  '{': '｛',
  '}': '｝',
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '|': '│',
  '\\': '＼',
  '&': '＆',
  '=': '＝',
};

const unsafe = /[:;#%<>"'`{}[\]()|\\&=]/g;
// Control characters (line breaks included) and bidirectional overrides.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const invisible = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

export function mermaidLabel(text: string, maxLength = 80): string {
  const cleaned = text.replace(invisible, ' ').replace(unsafe, (character) => lookAlikes[character] ?? ' ').replace(/\s+/g, ' ').trim();
  const clipped = cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
  return clipped === '' ? '—' : clipped;
}
