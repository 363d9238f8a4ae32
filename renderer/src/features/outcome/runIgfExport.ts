import type * as Y from 'yjs';
import { renderHtml } from '@shared/outcome/html';
import { igfDetailsOf } from '@shared/outcome/igf';
import type { OutcomeLabels } from '@shared/outcome/labels';
import { renderMarkdown } from '@shared/outcome/markdown';
import type { OutcomeDocument } from '@shared/outcome/model';
import { readWorkshop } from '@shared/workshop/doc';
import { barazaFileName } from '../exchange/fileName';
import { formatReportDate } from './labels';
import { printExport, saveExport } from './saveExport';

/**
 * The IGF-style session report (shared/outcome/igf.ts) in the forum report's formats: Word, PDF
 * (the print page), Markdown and HTML. It is laid out from the same outcome document, with the
 * speakers, moderators, rapporteur and WSIS Action Lines from the workshop's details. It has no
 * picture: the IGF form takes text.
 */
export const igfExports = ['igfDocx', 'igfPdf', 'igfMarkdown', 'igfHtml'] as const;
export type IgfExportKind = (typeof igfExports)[number];

export type IgfExportRequest = { doc: Y.Doc; outcome: OutcomeDocument; labels: OutcomeLabels; workshopTitle: string };

export async function runIgfExport(kind: IgfExportKind, { doc, outcome, labels, workshopTitle }: IgfExportRequest): Promise<'saved' | 'cancelled' | 'dialog' | 'noDocument'> {
  const meta = readWorkshop(doc).meta;
  if (!meta) return 'noDocument';
  const igf = igfDetailsOf(meta, (iso) => formatReportDate(iso, labels.language));
  const base = `${barazaFileName(workshopTitle).replace(/\.baraza$/, '')}-session-report`;
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (kind) {
    case 'igfDocx': {
      const { renderDocx } = await import('@shared/outcome/docx');
      const bytes = await renderDocx(outcome, labels, { igf });
      return (await saveExport(`${base}.docx`, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')) ? 'saved' : 'cancelled';
    }
    case 'igfPdf':
      return printExport(renderHtml(outcome, labels, { igf }), `${base}.pdf`);
    case 'igfMarkdown':
      return (await saveExport(`${base}.md`, encode(renderMarkdown(outcome, labels, { igf })), 'text/markdown;charset=utf-8')) ? 'saved' : 'cancelled';
    case 'igfHtml':
      return (await saveExport(`${base}.html`, encode(renderHtml(outcome, labels, { igf })), 'text/html;charset=utf-8')) ? 'saved' : 'cancelled';
  }
}
