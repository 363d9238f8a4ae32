import { cardsCsv, competencyCsv, participantsCsv, questionsCsv } from '@shared/exchange/datasets';
import { generateDraft } from '@shared/outcome/draft';
import { renderMarkdown } from '@shared/outcome/markdown';
import { formatReportDate, reportLabels } from '../outcome/labels';
import { saveExport } from '../outcome/saveExport';
import type { CombinedWorkshops } from './combineWorkshops';

export const combinedExports = ['participants', 'cards', 'competencies', 'questions', 'markdown', 'docx'] as const;
export type CombinedExport = (typeof combinedExports)[number];

const csvType = 'text/csv;charset=utf-8';
const encoder = new TextEncoder();
const stem = 'combined-workshops';

/** Builds one combined file and saves it; false when the save dialog was closed. */
export async function runCombined(kind: CombinedExport, combined: CombinedWorkshops, options: { chathamHouse: boolean; language: string }): Promise<boolean> {
  const { data } = combined;
  const chathamHouse = options.chathamHouse;
  const save = (suffix: string, text: string, type: string) => saveExport(`${stem}-${suffix}`, encoder.encode(text), type);
  const draft = () => {
    const labels = reportLabels();
    return { labels, document: generateDraft(combined.sources, labels, { formatDate: (iso) => formatReportDate(iso, options.language) }) };
  };
  switch (kind) {
    case 'participants':
      return save(chathamHouse ? 'participants-chatham-house.csv' : 'participants.csv', participantsCsv(data.participants, { chathamHouse }), csvType);
    case 'cards':
      return save('cards.csv', cardsCsv(data.cards, data.clusters), csvType);
    case 'competencies':
      return save('competencies.csv', competencyCsv(data.competencyResults), csvType);
    case 'questions':
      return save('questions.csv', questionsCsv(data.questions, { chathamHouse }), csvType);
    case 'markdown': {
      const { labels, document } = draft();
      return save('report.md', renderMarkdown(document, labels), 'text/markdown;charset=utf-8');
    }
    case 'docx': {
      // Loaded on first use, as in the outcome tab: the docx package is large.
      const { renderDocx } = await import('@shared/outcome/docx');
      const { labels, document } = draft();
      return saveExport(`${stem}-report.docx`, await renderDocx(document, labels), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    }
  }
}
