import type * as Y from 'yjs';
import { cardsCsv, competencyCsv, participantsCsv, questionsCsv, roadmapCsv } from '@shared/exchange/datasets';
import { jsonDataFromDoc, withoutIdentities } from '@shared/exchange/jsonData';
import { workshopJsonText } from '@shared/exchange/jsonExport';
import { followUpData } from '@shared/commitments/followUp';
import { insightProfilesJson, insightsCsv } from '@shared/insights/exportData';
import { workshopInsightProfiles } from '@shared/insights/reportData';
import { hackathonAppendix, hackathonCanvasesCsv, hackathonResultsCsv } from '@shared/hackathon/exportData';
import { canvasFields } from '@shared/hackathon/schema';
import { datasetFromDoc } from '@shared/outcome/adapter';
import { renderHtml } from '@shared/outcome/html';
import type { OutcomeLabels } from '@shared/outcome/labels';
import { fillCounted } from '@shared/outcome/labels';
import { renderMarkdown } from '@shared/outcome/markdown';
import type { OutcomeDocument } from '@shared/outcome/model';
import { readWorkshop } from '@shared/workshop/doc';
import { i18next } from '../../i18n';
import { appVersion } from '../../app/version';
import { defaultLayout, type ReportLayout } from '@shared/outcome/layout';
import { barazaFileName } from '../exchange/fileName';
import { reportHackathon } from './reportHackathon';
import { drawingPng, reportDrawing } from './reportPicture';
import { reportInsights } from './reportInsights';
import type { TimelinePicture } from './timelineSource';
import { printExport, saveExport } from './saveExport';
import type { DiagramPicture } from '../diagram/diagramPicture';

export const documentExports = ['docx', 'pdf', 'markdown', 'html'] as const;
export const dataExports = ['participants', 'cards', 'competencies', 'questions', 'roadmap', 'insights', 'hackathonResults', 'canvases', 'json'] as const;
export type ExportKind = (typeof documentExports)[number] | (typeof dataExports)[number];

export type ExportRequest = {
  doc: Y.Doc;
  outcome: OutcomeDocument | undefined;
  labels: OutcomeLabels;
  workshopTitle: string;
  chathamHouse: boolean;
  /** The picture in the report and what it draws (see timelineSource.ts). */
  timeline?: TimelinePicture | undefined;
  /** Told when the report goes out without its timeline picture, so the panel can say so. */
  onPictureFailed?: (message: string) => void;
  /** The cuts the organiser applied to keep the report on two pages. */
  layout?: ReportLayout | undefined;
};

export type ExportResult = 'saved' | 'cancelled' | 'dialog' | 'noDocument';

const csvType = 'text/csv;charset=utf-8';
const encoder = new TextEncoder();

/** The workshop's title as a file-name stem, in any script: "kisumu-forum". */
function stem(title: string): string {
  return barazaFileName(title).replace(/\.baraza$/, '');
}

/**
 * The picture as a PNG for Word, or undefined when there is none or drawing it failed: a report
 * without its picture is still worth having, so a failure is reported and the export goes on.
 */
async function wordPicture(request: ExportRequest): Promise<DiagramPicture | undefined> {
  const drawing = reportDrawing(request.timeline, request.layout ?? defaultLayout, request.labels);
  if (!drawing) return undefined;
  try {
    return await drawingPng(drawing);
  } catch (error) {
    request.onPictureFailed?.(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** Builds one export and hands it to the save dialog, the download, or the print dialog. */
export async function runExport(kind: ExportKind, request: ExportRequest): Promise<ExportResult> {
  const base = stem(request.workshopTitle);
  const { outcome, labels } = request;
  if ((documentExports as readonly string[]).includes(kind) && !outcome) return 'noDocument';
  const save = async (suffix: string, text: string, type: string) => ((await saveExport(`${base}-${suffix}`, encoder.encode(text), type)) ? 'saved' : 'cancelled');
  const t = i18next.t.bind(i18next);
  // Stable keys get their words in the app's language beside them (the "(label)" columns).
  const translate = (key: string): string => t(key);
  const data = () => datasetFromDoc(request.doc, { now: Date.now(), translate });
  switch (kind) {
    case 'docx': {
      // Loaded on first use: the docx package is large, and most visits never export Word.
      const { renderDocx } = await import('@shared/outcome/docx');
      const picture = await wordPicture(request);
      const appendix = wordAppendix(request.doc, request.labels.language);
      const hackathon = reportHackathon(request.doc);
      const bytes = await renderDocx(outcome as OutcomeDocument, labels, {
        ...(picture ? { roadmapImage: { ...picture, fullWidth: true }, imageCaption: pictureCaption(request) } : {}),
        ...(appendix ? { appendix } : {}),
        hackathon,
        followUp: followUpData(request.doc),
        insights: reportInsights(request.doc, labels.language),
        layout: request.layout,
      });
      return (await saveExport(`${base}-outcome.docx`, bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')) ? 'saved' : 'cancelled';
    }
    case 'pdf':
      return printExport(htmlWithPicture(outcome as OutcomeDocument, labels, request), `${base}-outcome.pdf`);
    case 'markdown':
      return save('outcome.md', renderMarkdown(outcome as OutcomeDocument, labels, { hackathon: reportHackathon(request.doc), followUp: followUpData(request.doc), insights: reportInsights(request.doc, labels.language) }), 'text/markdown;charset=utf-8');
    case 'html':
      return save('outcome.html', htmlWithPicture(outcome as OutcomeDocument, labels, request), 'text/html;charset=utf-8');
    case 'participants': {
      const chathamHouse = request.chathamHouse;
      return save(chathamHouse ? 'participants-chatham-house.csv' : 'participants.csv', participantsCsv(data().participants, { chathamHouse, translate }), csvType);
    }
    case 'cards': {
      const { cards, clusters } = data();
      return save('cards.csv', cardsCsv(cards, clusters, { translate }), csvType);
    }
    case 'competencies':
      return save('competencies.csv', competencyCsv(data().competencyResults, { translate }), csvType);
    case 'questions':
      // Under Chatham House a question keeps its words but not the name of who asked it.
      return save('questions.csv', questionsCsv(data().questions, { chathamHouse: request.chathamHouse, translate }), csvType);
    case 'roadmap':
      return save('roadmap.csv', roadmapCsv(data().roadmapItems, { translate }), csvType);
    case 'insights':
      return save('ten-insights.csv', insightsCsv(insightProfilesJson(workshopInsightProfiles(request.doc)), { translate }), csvType);
    case 'hackathonResults':
      return save('hackathon-results.csv', hackathonResultsCsv(request.doc), csvType);
    case 'canvases':
      return save('team-canvases.csv', hackathonCanvasesCsv(request.doc), csvType);
    case 'json': {
      const full = jsonDataFromDoc(request.doc, { now: Date.now(), translate });
      const shared = request.chathamHouse ? withoutIdentities(full) : full;
      return save(request.chathamHouse ? 'workshop-chatham-house.json' : 'workshop.json', workshopJsonText(request.doc, { appVersion, data: shared }), 'application/json');
    }
  }
}

/**
 * The teams' canvases, for the Word report only: the sponsors who edit the DOCX asked for them
 * there. The results table is in the report's own hackathon section, so it is not repeated.
 */
function wordAppendix(doc: Y.Doc, language: string) {
  const format = readWorkshop(doc).meta?.format;
  if (format !== 'hackathon1' && format !== 'hackathon2') return undefined;
  // In the report's language, like the rest of the Word file.
  const t = i18next.getFixedT(language);
  const { table: _inBody, ...appendix } = hackathonAppendix(doc, {
    heading: t('hackathon.docx.heading'),
    resultsCaption: t('hackathon.docx.results'),
    rank: t('hackathon.results.rank'),
    team: t('hackathon.results.team'),
    challenge: t('hackathon.teams.challenge'),
    score: t('hackathon.results.score'),
    tie: t('hackathon.results.tie'),
    unscored: t('hackathon.results.unscored'),
    summary: t('hackathon.submit.summary'),
    fields: Object.fromEntries(canvasFields.map((field) => [field, t(`hackathon.canvas.${field}`)])) as Record<(typeof canvasFields)[number], string>,
  });
  return appendix;
}

/** The print page with the picture as the SVG drawing itself: nothing to rasterise, sharp on paper. */
function htmlWithPicture(outcome: OutcomeDocument, labels: OutcomeLabels, request: ExportRequest): string {
  const drawing = reportDrawing(request.timeline, request.layout ?? defaultLayout, labels);
  return renderHtml(outcome, labels, {
    ...(drawing ? { pictureSvg: drawing.svg, imageCaption: pictureCaption(request), pictureSize: drawing } : {}),
    hackathon: reportHackathon(request.doc),
    followUp: followUpData(request.doc),
    insights: reportInsights(request.doc, labels.language),
    layout: request.layout,
  });
}

/** The picture's caption in the report's language, saying what is drawn. */
export function pictureCaption({ timeline, labels }: Pick<ExportRequest, 'timeline' | 'labels'>): string {
  if (timeline?.drawn.kind === 'agreedRoadmap') return fillCounted(labels.pictures.agreedRoadmap, timeline.drawn.count, { count: timeline.drawn.count }, labels);
  return labels.pictures.agenda;
}
