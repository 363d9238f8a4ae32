import type { BlockOptions, OutcomeBlock } from './blocks';
import { outcomeBlocks } from './blocks';
import type { OutcomeLabels } from './labels';
import type { OutcomeDocument } from './model';

/**
 * Does the report fit on two A4 pages? An estimate from a line budget, close enough to warn
 * while editing without laying out the page:
 *
 * - Page: A4 (210 × 297 mm) with 20 mm margins, leaving a 170 × 257 mm text block.
 * - Body text: 11 pt with 1.2 line spacing, i.e. 13.2 pt ≈ 4.66 mm a line: 55 lines a page.
 * - Width: an average glyph of a proportional 11 pt font is about half an em (≈ 1.94 mm), so
 *   about 88 characters fit on a line. East Asian and other wide characters count double.
 * - Text is wrapped word by word at that width (a word longer than a line is split), bullets
 *   4 characters narrower for their indent. Larger text (title 16 pt, headings 13 pt) holds
 *   proportionally fewer characters a line and costs proportionally more height.
 * - Spacing: a heading adds a line above it, each bullet or paragraph a third of a line after.
 * - Participation table: each row a line and a third (cell padding), plus its caption.
 * - Roadmap picture: a fixed 60 mm high (about 13 lines).
 * Real output differs by font and by renderer; the model errs towards more lines.
 */
export type FitOptions = {
  charsPerLine?: number;
  linesPerPage?: number;
  maxPages?: number;
  imageLines?: number;
};

export type FitEstimate = {
  fits: boolean;
  /** Pages the document would take, rounded up. */
  estimatedPages: number;
  /** Body-text lines used and available on `maxPages` pages. */
  lines: number;
  budget: number;
};

export const defaultFit = { charsPerLine: 88, linesPerPage: 55, maxPages: 2, imageLines: 13 };
const bulletIndent = 4;
const afterItem = 1 / 3;

export function estimateFit(blocks: readonly OutcomeBlock[], options: FitOptions = {}): FitEstimate {
  const { charsPerLine, linesPerPage, maxPages, imageLines } = { ...defaultFit, ...options };
  const scaled = (text: string, points: number): number => {
    const ratio = points / 11;
    return wrapLines(text, Math.max(10, Math.floor(charsPerLine / ratio))) * ratio;
  };
  let lines = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        lines += scaled(block.text, 16) + afterItem * 2;
        break;
      case 'field':
        lines += wrapLines(`${block.label}: ${block.value}`, charsPerLine);
        break;
      case 'heading':
        lines += 1 + scaled(block.text, 13);
        break;
      case 'subheading':
        lines += 0.5 + scaled(block.text, 11);
        break;
      case 'grid': {
        // Each row as tall as its longest cell wrapped at that column's share of the width.
        // A compact grid prints at 9 pt with thin padding: more characters a line, shorter rows.
        const ratio = block.compact ? 9 / 11 : 1;
        // Its number columns are narrow (about six characters), leaving the rest to the text columns.
        const numbers = block.compact ? block.numeric.filter(Boolean).length : 0;
        const texts = Math.max(1, block.header.length - numbers);
        const width = Math.max(8, Math.floor((charsPerLine / ratio - numbers * 6) / texts) - 2);
        const rowLines = (row: readonly string[]) => (Math.max(1, ...row.map((cell, index) => (block.compact && block.numeric[index] ? 1 : wrapLines(cell, width)))) + (block.compact ? 1 / 10 : 1 / 3)) * ratio;
        lines += 1 + scaled(block.caption, 11) + rowLines(block.header) + block.rows.reduce((sum, row) => sum + rowLines(row), 0);
        break;
      }
      case 'bullets':
        for (const item of block.items) lines += wrapLines(item, charsPerLine - bulletIndent) + afterItem;
        break;
      case 'paragraph':
        lines += wrapLines(block.text, charsPerLine) + afterItem;
        break;
      case 'table':
        lines += 1 + scaled(block.caption, 13) + (block.rows.length + 1) * (4 / 3);
        break;
      case 'image':
        // The picture, then its caption in 9 pt.
        lines += imageLines + afterItem + wrapLines(block.caption, Math.floor((charsPerLine * 11) / 9)) * (9 / 11);
        break;
    }
  }
  const budget = linesPerPage * maxPages;
  return { fits: lines <= budget, estimatedPages: Math.max(1, Math.ceil(lines / linesPerPage)), lines: Math.round(lines * 10) / 10, budget };
}

/** Lines a text takes when wrapped greedily at `width` character units. */
export function wrapLines(text: string, width: number): number {
  const words = text.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return 1;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    let size = units(word);
    const needed = used === 0 ? size : used + 1 + size;
    if (needed <= width) {
      used = needed;
      continue;
    }
    if (used > 0) {
      lines++;
      used = 0;
    }
    // A word wider than a line runs onto the next ones.
    while (size > width) {
      lines++;
      size -= width;
    }
    used = size;
  }
  return lines;
}

// Wide scripts (CJK ideographs, kana, hangul, full-width forms) take about two Latin widths.
const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function units(word: string): number {
  let total = 0;
  for (const char of word) total += wide.test(char) ? 2 : 1;
  return total;
}

/** The estimate for a document as the renderers would lay it out. */
export function estimateDocumentFit(document: OutcomeDocument, labels: OutcomeLabels, options: FitOptions & BlockOptions = {}): FitEstimate {
  return estimateFit(outcomeBlocks(document, labels, options), options);
}
