import { escapeHtml } from './html';

/**
 * The report's roadmap picture, drawn by us rather than by Mermaid so its text size is known:
 * one card per horizon, in time order, four to a row, each listing the items filed there. The
 * drawing is 1700 units wide and prints 170 mm wide (the page's text block), so 10 units are a
 * millimetre and every text is at least 30 units: 3 mm, 8.5 pt on paper (the report's floor is 8).
 * Its height follows from the wrapped text, so the print layout can size the picture's box
 * before it is drawn. All text is escaped; nothing is fetched.
 */
export type PictureGroup = { label: string; items: string[] };

export type PictureOptions = {
  direction?: 'ltr' | 'rtl';
  /** Draw at most this many items a horizon, then a "+3 more" line: the shorter picture. */
  maxPerGroup?: number | undefined;
  /** "+{count} more", in the report's language. */
  more: (count: number) => string;
};

export type RoadmapPicture = { svg: string; width: number; height: number; shown: number; total: number };

/** Printed width of the drawing, in millimetres, and its units per millimetre. */
export const picturePrintMm = 170;
export const pictureWidth = 1700;
/** Font sizes in drawing units; 28.2 units print at 8 pt. */
export const pictureFonts = { heading: 34, item: 32, more: 30 } as const;

const perRow = 4;
const gap = 20;
const pad = 16;
const lineHeight = 1.25;
/** An average glyph is about 0.55 em in a sans-serif font; 0.6 errs towards wrapping early. */
const glyphEm = 0.6;
const maxLinesPerItem = 4;

export function roadmapPicture(groups: readonly PictureGroup[], options: PictureOptions): RoadmapPicture {
  const filled = groups.filter((group) => group.items.length > 0);
  const columns = Math.max(1, Math.min(perRow, filled.length));
  const cardWidth = (pictureWidth - gap * (columns - 1)) / columns;
  const textWidth = cardWidth - pad * 2 - pictureFonts.item;
  const rtl = options.direction === 'rtl';
  const parts: string[] = [];
  let top = 0;
  let shown = 0;
  let total = 0;
  for (let start = 0; start < filled.length; start += columns) {
    const row = filled.slice(start, start + columns).map((group) => cardContent(group, textWidth, options));
    const rowHeight = Math.max(...row.map((card) => card.height));
    row.forEach((card, index) => {
      const left = rtl ? pictureWidth - (index + 1) * cardWidth - index * gap : index * (cardWidth + gap);
      parts.push(drawCard(card, left, top, cardWidth, rowHeight, rtl));
      shown += card.shown;
      total += card.total;
    });
    top += rowHeight + gap;
  }
  const height = Math.max(1, Math.ceil(top - gap));
  return { svg: pictureSvg(height, rtl, parts), width: pictureWidth, height, shown, total };
}

/**
 * The drawing's frame, shared with the agenda picture: white, in the report's fonts. Its
 * `direction` makes every text's "start" its right end in a right-to-left report, so texts are
 * anchored at "start" and only their x is mirrored.
 */
export function pictureSvg(height: number, rtl: boolean, body: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pictureWidth}" height="${height}" viewBox="0 0 ${pictureWidth} ${height}" direction="${rtl ? 'rtl' : 'ltr'}">`,
    `<rect width="${pictureWidth}" height="${height}" fill="#ffffff"/>`,
    `<g font-family="Calibri, Carlito, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif" fill="#111111">`,
    ...body,
    '</g>',
    '</svg>',
  ].join('\n');
}

type Line = { text: string; size: number; bold?: boolean; bullet?: boolean; gapBefore: number };
type Card = { lines: Line[]; height: number; shown: number; total: number };

function cardContent(group: PictureGroup, textWidth: number, options: PictureOptions): Card {
  const limit = options.maxPerGroup ?? Number.POSITIVE_INFINITY;
  const drawn = group.items.slice(0, limit);
  const lines: Line[] = wrapText(group.label, textWidth + pictureFonts.item, pictureFonts.heading, 2).map((text) => ({ text, size: pictureFonts.heading, bold: true, gapBefore: 0 }));
  for (const item of drawn) {
    wrapText(item, textWidth, pictureFonts.item, maxLinesPerItem).forEach((text, index) => lines.push({ text, size: pictureFonts.item, bullet: index === 0, gapBefore: index === 0 ? 10 : 0 }));
  }
  const hidden = group.items.length - drawn.length;
  if (hidden > 0) lines.push({ text: options.more(hidden), size: pictureFonts.more, gapBefore: 10 });
  const height = pad * 2 + lines.reduce((sum, line) => sum + line.gapBefore + line.size * lineHeight, 0) + 8;
  return { lines, height, shown: drawn.length, total: group.items.length };
}

function drawCard(card: Card, left: number, top: number, width: number, height: number, rtl: boolean): string {
  // Inset by half the stroke, so the outer cards' borders are not cut at the picture's edge.
  const out = [`<rect x="${left + 1.5}" y="${top + 1.5}" width="${width - 3}" height="${height - 3}" rx="12" fill="#f6f8fb" stroke="#7a8699" stroke-width="3"/>`];
  let y = top + pad;
  const edge = rtl ? left + width - pad : left + pad;
  for (const line of card.lines) {
    y += line.gapBefore + line.size * lineHeight;
    const baseline = y - line.size * (lineHeight - 1) - 4;
    const indent = line.bold || line.bullet === undefined ? 0 : pictureFonts.item;
    const x = rtl ? edge - indent : edge + indent;
    if (line.bullet) out.push(`<circle cx="${rtl ? edge - 10 : edge + 10}" cy="${baseline - line.size * 0.32}" r="6" fill="#3b5b8c"/>`);
    out.push(`<text x="${x}" y="${baseline}" font-size="${line.size}"${line.bold ? ' font-weight="bold"' : ''} text-anchor="start">${escapeHtml(line.text)}</text>`);
  }
  return out.join('\n');
}

// Wide scripts (CJK ideographs, kana, hangul, full-width forms) take about two Latin widths.
const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const widthOf = (text: string): number => [...text].reduce((sum, char) => sum + (wide.test(char) ? 2 : 1), 0);

/**
 * Greedy word wrap at `width` drawing units for text of `size`; a word wider than a line is cut,
 * and text beyond `maxLines` ends in an ellipsis (the full titles are in the roadmap CSV).
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * glyphEm)));
  const lines: string[] = [];
  let current = '';
  const pieces = text.trim().split(/\s+/).filter(Boolean).flatMap((word) => cut(word, perLine));
  for (const word of pieces) {
    const next = current === '' ? word : `${current} ${word}`;
    if (widthOf(next) <= perLine) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...(kept[maxLines - 1] ?? '')];
  while (widthOf(last.join('')) > perLine - 1) last.pop();
  kept[maxLines - 1] = `${last.join('').trimEnd()}…`;
  return kept;
}

function cut(word: string, perLine: number): string[] {
  const chars = [...word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of chars) {
    if (widthOf(piece + char) > perLine) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
