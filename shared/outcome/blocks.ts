import type { HackathonData } from '../hackathon/reportData';
import type { FollowUpData } from '../commitments/followUp';
import { followUpBlocks } from './followUpBlocks';
import { hackathonBlocks } from './hackathonBlocks';
import { igfBlocks, type IgfDetails } from './igf';
import { insightBlocks, type ReportInsights } from '../insights/reportBlocks';
import type { OutcomeLabels } from './labels';
import { fillTemplate, genderName, groupName } from './labels';
import type { OutcomeDocument, ParticipationFigures } from './model';
import { totalParticipants } from './model';
import type { ReportLayout } from './layout';
import { oneLine } from './text';

/**
 * The outcome document laid out as a flat list of blocks, in the template's order. Every
 * renderer (Markdown, HTML, DOCX) and the two-page estimate walk this one list, so they agree
 * on what the report contains and in which order.
 */
export type OutcomeBlock =
  | { type: 'title'; text: string }
  | { type: 'field'; label: string; value: string }
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'bullets'; items: string[] }
  | { type: 'paragraph'; text: string }
  /** `compact`: the organiser chose the smaller print of the table to keep the report on two pages. */
  | { type: 'table'; caption: string; header: [string, string]; rows: TableRow[]; compact?: boolean }
  /** The picture, with a caption that says what it draws; `annex`: on a page of its own at the end. */
  | { type: 'image'; caption: string; annex?: boolean }
  /** A table of several columns (a hackathon's teams); `numeric` columns align to the end;
   *  `compact`: smaller print, for a table of short figures (the ten insights profile). */
  | { type: 'grid'; caption: string; header: string[]; rows: string[][]; numeric: boolean[]; compact?: boolean };

/** A row of the participation table; `group` rows head the gender and stakeholder lists. */
export type TableRow = { label: string; count: number | null; group?: boolean };

export type BlockOptions = {
  /** Leave room for the roadmap timeline picture after the plan. */
  withRoadmapImage?: boolean;
  /** What the picture draws ("The 9 roadmap actions the room agreed, by horizon"). */
  imageCaption?: string | undefined;
  /** A hackathon's challenges, teams and results, drawn after the tangible outcomes. */
  hackathon?: HackathonData | undefined;
  /** The commitments of earlier workshops this one followed up, after the action plan. */
  followUp?: FollowUpData | undefined;
  /** The ten insights profile, when the workshop ran the check; after the participation table. */
  insights?: ReportInsights | undefined;
  /** The cuts the organiser applied to keep the report on two pages (see layout.ts). */
  layout?: ReportLayout | undefined;
  /** Lay the document out as the IGF-style session report instead (./igf.ts). */
  igf?: IgfDetails | undefined;
};

export function outcomeBlocks(outcome: OutcomeDocument, labels: OutcomeLabels, options: BlockOptions = {}): OutcomeBlock[] {
  if (options.igf) return igfBlocks(outcome, labels, options.igf);
  const blocks: OutcomeBlock[] = [{ type: 'title', text: fillTemplate(labels.documentTitle, { title: oneLine(outcome.title) }) }];
  const fields: [string, string][] = [
    [labels.fields.organiser, outcome.organiser],
    [labels.fields.dateTime, outcome.dateTime],
    [labels.fields.venue, outcome.venue],
  ];
  for (const [label, value] of fields) if (value.trim() !== '') blocks.push({ type: 'field', label, value: oneLine(value) });

  const bullets = (items: readonly string[]): OutcomeBlock => ({ type: 'bullets', items: items.map(oneLine).filter((item) => item !== '') });
  blocks.push({ type: 'heading', text: labels.sections.keyIssues }, bullets(outcome.keyIssues));
  blocks.push({ type: 'heading', text: labels.sections.trends }, bullets(outcome.trends));
  blocks.push({ type: 'heading', text: labels.sections.outcomes }, bullets(outcome.outcomes));
  if (totalParticipants(outcome.participation) > 0) {
    blocks.push({
      type: 'table',
      caption: labels.sections.participation,
      header: [labels.participation.figure, labels.participation.count],
      rows: participationRows(outcome.participation, labels),
      ...(options.layout?.table === 'compact' ? { compact: true } : {}),
    });
  }
  if (options.insights) blocks.push(...insightBlocks(options.insights, labels));
  if (options.hackathon) blocks.push(...hackathonBlocks(options.hackathon, labels));
  blocks.push({ type: 'heading', text: labels.sections.plan }, bullets(outcome.plan));
  const annex = options.layout?.picture === 'annex';
  const image: OutcomeBlock = { type: 'image', caption: options.imageCaption ?? labels.pictures.agenda, ...(annex ? { annex } : {}) };
  if (options.withRoadmapImage && !annex) blocks.push(image);
  // After the picture, so the picture keeps its place on the page the plan ends on.
  if (options.followUp) blocks.push(...followUpBlocks(options.followUp, labels));
  blocks.push({ type: 'heading', text: labels.sections.themes });
  // The template asks for one paragraph; extra paragraphs the organiser wrote are still shown.
  for (const paragraph of outcome.themes.split(/\n\s*\n/)) if (paragraph.trim() !== '') blocks.push({ type: 'paragraph', text: oneLine(paragraph) });
  if (outcome.sdgTags.length > 0) {
    blocks.push({ type: 'heading', text: labels.sections.sdgTags });
    blocks.push({ type: 'paragraph', text: outcome.sdgTags.map((tag) => fillTemplate(labels.sdgTag, { tag })).join(labels.list.separator) });
  }
  // An annex picture comes after everything, on a page of its own.
  if (options.withRoadmapImage && annex) blocks.push(image);
  return blocks;
}

export function participationRows(figures: ParticipationFigures, labels: OutcomeLabels): TableRow[] {
  const rows: TableRow[] = [
    { label: labels.participation.onsite, count: figures.onsite },
    { label: labels.participation.online, count: figures.online },
    ...(figures.notRecorded ? [{ label: labels.participation.notRecorded, count: figures.notRecorded }] : []),
    { label: labels.participation.total, count: totalParticipants(figures) },
  ];
  const listed = (counts: Record<string, number>, heading: string, name: (key: string) => string): void => {
    const entries = Object.entries(counts).filter(([, count]) => count > 0);
    if (entries.length === 0) return;
    rows.push({ label: heading, count: null, group: true });
    for (const [key, count] of entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) rows.push({ label: name(key), count });
  };
  listed(figures.byGender, labels.participation.byGender, (key) => genderName(key, labels));
  listed(figures.byGroup, labels.participation.byGroup, (key) => groupName(key, labels));
  return rows;
}
