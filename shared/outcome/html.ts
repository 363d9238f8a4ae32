import { toBase64 } from 'lib0/buffer';
import type { BlockOptions, OutcomeBlock, TableRow } from './blocks';
import { outcomeBlocks } from './blocks';
import type { OutcomeLabels } from './labels';
import type { ReportLayout } from './layout';
import type { OutcomeDocument } from './model';

/**
 * The outcome document as one self-contained HTML page: the print layout behind the PDF export
 * (Electron's printToPDF, or the browser's print) and a file to open anywhere. Nothing is
 * fetched: styles are inline, the roadmap picture is a data URL, and a Content-Security-Policy
 * forbids everything else, so the page is the same offline as online. Every piece of text from
 * the workshop is escaped.
 */
export type HtmlOptions = {
  /** The picture as an SVG drawing (roadmapPicture.ts, agendaPicture.ts): printed as vectors. */
  pictureSvg?: string | undefined;
  /** Or the picture as PNG bytes. */
  roadmapPng?: Uint8Array;
  /** What the picture draws, shown under it and read out by screen readers. */
  imageCaption?: string | undefined;
  /** A hackathon's challenges, teams and results. */
  hackathon?: BlockOptions['hackathon'];
  /** Follow-up of earlier commitments. */
  followUp?: BlockOptions['followUp'];
  /** The ten insights profile, when the workshop ran the check. */
  insights?: BlockOptions['insights'];
  /**
   * The picture's drawn size when it was drawn to print at the text block's full width (our own
   * drawings, whose text is sized for that): it then prints exactly that wide, never shrunk.
   * Without it the picture is fitted into 170 × 60 mm.
   */
  pictureSize?: { width: number; height: number } | undefined;
  /** The cuts the organiser applied (see layout.ts). */
  layout?: ReportLayout | undefined;
  /** The IGF-style session report's details, to lay the page out as that template. */
  igf?: BlockOptions['igf'];
  /** Style added after the report's own, for a page that must be tighter (a one-page summary). */
  extraCss?: string;
};

const printCss = `
@page { size: A4; margin: 20mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #555; } }
* { box-sizing: border-box; }
html { font-size: 11pt; }
body { margin: 0; font-family: Calibri, Carlito, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Arial, sans-serif; line-height: 1.2; color: #111; }
@media screen { body { max-width: 170mm; margin: 12mm auto; } }
h1 { font-size: 16pt; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 8pt 0 3pt; break-after: avoid; }
p { margin: 0 0 4pt; }
p.field { margin: 0; }
ul { margin: 0 0 4pt; padding-inline-start: 18pt; }
li { margin: 0 0 3pt; break-inside: avoid; page-break-inside: avoid; }
/* Tables may run onto the next page, with their header row repeated there, rather than jump
   whole to it and leave a quarter page blank; a single row never splits. Page numbers sit in
   the bottom margin ("1 / 2"), which the text block never reaches. */
table { border-collapse: collapse; margin: 2pt 0 6pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #888; padding: 2pt 8pt; text-align: start; }
td.count, th.count { text-align: end; font-variant-numeric: tabular-nums; }
table.grid { width: 100%; }
tr.group td { font-weight: bold; background: #f2f2f2; }
/* A compact grid: short figures (the ten insights profile) in smaller print and tighter cells. */
table.grid.compact { font-size: 9pt; }
table.grid.compact th, table.grid.compact td { padding: 0.5pt 4pt; }
figure { margin: 4pt 0 8pt; break-inside: avoid; }
figure img { max-width: 100%; max-height: 60mm; }
figure.full-width img { width: 100%; height: auto; max-height: none; }
figure.annex { break-before: page; page-break-before: always; }
/* The compact participation table: smaller print, its two halves side by side. */
.compact-table { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; align-items: start; }
.compact-table table { width: 100%; font-size: 9pt; margin: 0; }
.compact-table th, .compact-table td { padding: 0.5pt 4pt; }
figcaption { font-size: 9pt; font-style: italic; color: #333; margin-top: 2pt; }
`;

export function renderHtml(document: OutcomeDocument, labels: OutcomeLabels, options: HtmlOptions = {}): string {
  const blocks = outcomeBlocks(document, labels, { withRoadmapImage: options.pictureSvg !== undefined || options.roadmapPng !== undefined, imageCaption: options.imageCaption, hackathon: options.hackathon, followUp: options.followUp, insights: options.insights, layout: options.layout, igf: options.igf });
  return renderBlocksHtml(blocks, labels, options);
}

/** Any list of blocks as a print page in the report's style (a programme's one-page summary too). */
export function renderBlocksHtml(blocks: readonly OutcomeBlock[], labels: Pick<OutcomeLabels, 'language' | 'direction'>, options: HtmlOptions = {}): string {
  const title = blocks.find((block) => block.type === 'title');
  const body = blocks.map((block) => blockHtml(block, options)).join('\n');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(labels.language)}" dir="${labels.direction === 'rtl' ? 'rtl' : 'ltr'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title?.type === 'title' ? title.text : '')}</title>`,
    `<style>${printCss}${options.extraCss ?? ''}</style>`,
    '</head>',
    '<body>',
    '<article>',
    body,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: OutcomeBlock, options: HtmlOptions): string {
  switch (block.type) {
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'field':
      return `<p class="field"><strong>${escapeHtml(block.label)}:</strong> ${escapeHtml(block.value)}</p>`;
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'subheading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'grid': {
      const cell = (text: string, index: number, tag: 'td' | 'th') => `<${tag}${tag === 'th' ? ' scope="col"' : ''}${block.numeric[index] ? ' class="count"' : ''}>${escapeHtml(text)}</${tag}>`;
      return [
        `<h3>${escapeHtml(block.caption)}</h3>`,
        `<table class="grid${block.compact ? ' compact' : ''}">`,
        `<thead><tr>${block.header.map((text, index) => cell(text, index, 'th')).join('')}</tr></thead>`,
        `<tbody>\n${block.rows.map((row) => `<tr>${row.map((text, index) => cell(text, index, 'td')).join('')}</tr>`).join('\n')}\n</tbody>`,
        '</table>',
      ].join('\n');
    }
    case 'bullets':
      return block.items.length === 0 ? '' : `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table': {
      const table = (rows: TableRow[]) =>
        [
          '<table>',
          `<thead><tr><th scope="col">${escapeHtml(block.header[0])}</th><th scope="col">${escapeHtml(block.header[1])}</th></tr></thead>`,
          `<tbody>\n${rows.map(tableRowHtml).join('\n')}\n</tbody>`,
          '</table>',
        ].join('\n');
      // Compact: the attendance and gender rows beside the stakeholder groups, each with its header.
      const split = block.rows.findLastIndex((row) => row.group);
      const halves = block.compact && split > 0 ? [block.rows.slice(0, split), block.rows.slice(split)] : undefined;
      return [`<h3>${escapeHtml(block.caption)}</h3>`, halves ? `<div class="compact-table">\n${halves.map(table).join('\n')}\n</div>` : table(block.rows)].join('\n');
    }
    case 'image': {
      const source = pictureSource(options);
      if (!source) return '';
      const classes = [options.pictureSize ? 'full-width' : '', block.annex ? 'annex' : ''].filter(Boolean).join(' ');
      // The aspect ratio sizes the box before the picture loads, and for the page count.
      const ratio = options.pictureSize ? ` style="aspect-ratio: ${options.pictureSize.width} / ${options.pictureSize.height}"` : '';
      return `<figure${classes ? ` class="${classes}"` : ''}><img alt="${escapeHtml(block.caption)}"${ratio} src="${source}"><figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
    }
  }
}

/** The picture as a data URL (the page's policy allows no other), SVG text percent-encoded. */
function pictureSource({ pictureSvg, roadmapPng }: HtmlOptions): string | undefined {
  if (pictureSvg !== undefined) return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(pictureSvg)}`;
  return roadmapPng ? `data:image/png;base64,${toBase64(roadmapPng)}` : undefined;
}

function tableRowHtml(row: TableRow): string {
  return row.group ? `<tr class="group"><td colspan="2">${escapeHtml(row.label)}</td></tr>` : `<tr><td>${escapeHtml(row.label)}</td><td class="count">${row.count ?? ''}</td></tr>`;
}

/** Escapes the five characters that can change the meaning of HTML text or attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);
}
