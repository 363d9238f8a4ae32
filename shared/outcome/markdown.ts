import type { BlockOptions } from './blocks';
import { outcomeBlocks } from './blocks';
import type { OutcomeLabels } from './labels';
import type { OutcomeDocument } from './model';

/**
 * The outcome document as Markdown, for pasting into a wiki, a coalition blog post or an email.
 * The room's words are escaped so that a card starting with "#" or holding "*" stays text.
 */
export function renderMarkdown(document: OutcomeDocument, labels: OutcomeLabels, options: BlockOptions = {}): string {
  const out: string[] = [];
  let inFields = false;
  for (const block of outcomeBlocks(document, labels, options)) {
    if (block.type !== 'field' && inFields) {
      out.push('');
      inFields = false;
    }
    switch (block.type) {
      case 'title':
        out.push(`# ${escapeMarkdown(block.text)}`, '');
        break;
      case 'field':
        // Two trailing spaces: a line break that keeps the fields in one paragraph.
        out.push(`**${escapeMarkdown(block.label)}:** ${escapeMarkdown(block.value)}  `);
        inFields = true;
        break;
      case 'heading':
        out.push(`## ${escapeMarkdown(block.text)}`, '');
        break;
      case 'subheading':
        out.push(`### ${escapeMarkdown(block.text)}`, '');
        break;
      case 'grid':
        out.push(`### ${escapeMarkdown(block.caption)}`, '');
        out.push(`| ${block.header.map(escapeCell).join(' | ')} |`, `| ${block.numeric.map((numeric) => (numeric ? '---:' : '---')).join(' | ')} |`);
        for (const row of block.rows) out.push(`| ${row.map(escapeCell).join(' | ')} |`);
        out.push('');
        break;
      case 'bullets':
        if (block.items.length > 0) out.push(...block.items.map((item) => `- ${escapeMarkdown(item)}`), '');
        break;
      case 'paragraph':
        out.push(escapeMarkdown(block.text), '');
        break;
      case 'table':
        out.push(`### ${escapeMarkdown(block.caption)}`, '');
        out.push(`| ${escapeMarkdown(block.header[0])} | ${escapeMarkdown(block.header[1])} |`, '| --- | ---: |');
        for (const row of block.rows) {
          const label = row.group ? `**${escapeMarkdown(row.label)}**` : escapeMarkdown(row.label);
          out.push(`| ${label} | ${row.count ?? ''} |`);
        }
        out.push('');
        break;
      case 'image':
        // Markdown carries no picture bytes; the DOCX and HTML exports embed the timeline.
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * Escapes what Markdown would read as formatting. Brackets are escaped, so parentheses and "!"
 * can never form a link or an image and stay as typed; "-", "+" and "1." matter only first.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Inside a table cell a leading "-" or "1." is not a list, so only inline formatting is escaped. */
function escapeCell(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (char) => `\\${char}`);
}
