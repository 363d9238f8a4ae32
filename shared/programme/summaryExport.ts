import { renderBlocksHtml } from '../outcome/html';
import type { ProgrammeSummary } from './summary';
import { summaryBlocks, type SummaryWords } from './summaryBlocks';

/**
 * The one-page summary's print page (for the PDF), in the outcome report's style made tighter:
 * smaller print and closer rows, so twenty workshops, the fourteen competencies, the groups and
 * the ten insights share one A4 page. The Word file is built from the same blocks by
 * renderBlocksDocx, loaded on demand like the report's.
 */
const onePageCss = `
html { font-size: 10pt; }
h1 { font-size: 14pt; margin: 0 0 3pt; }
h3 { font-size: 10pt; margin: 5pt 0 2pt; }
p { margin: 0 0 2pt; }
table { margin: 1pt 0 3pt; }
table.grid.compact { font-size: 8pt; line-height: 1.1; }
table.grid.compact th, table.grid.compact td { padding: 0.3pt 3pt; }
`;

export function summaryHtml(name: string, summary: ProgrammeSummary, words: SummaryWords): string {
  return renderBlocksHtml(summaryBlocks(name, summary, words), words, { extraCss: onePageCss });
}
