import type { WorkshopMeta } from '../workshop/schema';
import type { OutcomeBlock } from './blocks';
import { participationRows } from './blocks';
import type { OutcomeLabels } from './labels';
import { fillTemplate } from './labels';
import type { OutcomeDocument } from './model';
import { totalParticipants } from './model';
import { oneLine } from './text';

/**
 * The second report template: the IGF-style session report (seed 004). It is drawn from the
 * same outcome document the organiser edited, so nothing is written twice: the first three key
 * issues are the key takeaways, the first two plan lines the call to action (both due at the
 * end of the session day, which the report says), and the session report holds the remaining
 * issues and the trends as key insights, the tangible outcomes, who took part, the next steps
 * and the suggested themes. Speakers, moderators and the rapporteur come from the workshop's
 * details; SDG targets and WSIS Action Lines are its tags.
 */
export type IgfDetails = Pick<WorkshopMeta, 'speakers' | 'onsiteModerator' | 'onlineModerator' | 'rapporteur' | 'wsisLines'> & {
  /** The session's date as the reader writes it, for the deadline; empty when not set. */
  sessionDate: string;
};

export const igfTakeaways = 3;
export const igfCallsToAction = 2;

export function igfDetailsOf(meta: WorkshopMeta, formatDate: (iso: string) => string): IgfDetails {
  const details: IgfDetails = { sessionDate: meta.date === '' ? '' : formatDate(meta.date) };
  for (const key of ['speakers', 'onsiteModerator', 'onlineModerator', 'rapporteur'] as const) if (meta[key]) details[key] = meta[key];
  if (meta.wsisLines && meta.wsisLines.length > 0) details.wsisLines = [...meta.wsisLines];
  return details;
}

export function igfBlocks(outcome: OutcomeDocument, labels: OutcomeLabels, details: IgfDetails): OutcomeBlock[] {
  const { igf } = labels;
  const lines = (items: readonly string[]) => items.map(oneLine).filter((item) => item !== '');
  const bullets = (items: readonly string[]): OutcomeBlock => ({ type: 'bullets', items: lines(items) });
  const deadline: OutcomeBlock = { type: 'paragraph', text: details.sessionDate === '' ? igf.dueSessionDay : fillTemplate(igf.dueSessionDayOn, { date: details.sessionDate }) };
  const issues = lines(outcome.keyIssues);
  const plan = lines(outcome.plan);

  const blocks: OutcomeBlock[] = [{ type: 'title', text: fillTemplate(igf.title, { title: oneLine(outcome.title) }) }];
  const fields: [string, string | undefined][] = [
    [labels.fields.organiser, outcome.organiser],
    [labels.fields.dateTime, outcome.dateTime],
    [labels.fields.venue, outcome.venue],
    [igf.speakers, details.speakers],
    [igf.onsiteModerator, details.onsiteModerator],
    [igf.onlineModerator, details.onlineModerator],
    [igf.rapporteur, details.rapporteur],
  ];
  for (const [label, value] of fields) if (value && value.trim() !== '') blocks.push({ type: 'field', label, value: oneLine(value) });

  blocks.push({ type: 'heading', text: igf.keyTakeaways }, deadline, bullets(issues.slice(0, igfTakeaways)));
  blocks.push({ type: 'heading', text: igf.callToAction }, deadline, bullets(plan.slice(0, igfCallsToAction)));

  blocks.push({ type: 'heading', text: igf.sessionReport });
  const insights = [...issues.slice(igfTakeaways), ...lines(outcome.trends)];
  if (insights.length > 0) blocks.push({ type: 'subheading', text: igf.keyInsights }, bullets(insights));
  if (lines(outcome.outcomes).length > 0) blocks.push({ type: 'subheading', text: labels.sections.outcomes }, bullets(outcome.outcomes));
  if (totalParticipants(outcome.participation) > 0) {
    blocks.push({ type: 'table', caption: labels.sections.participation, header: [labels.participation.figure, labels.participation.count], rows: participationRows(outcome.participation, labels) });
  }
  if (plan.length > igfCallsToAction) blocks.push({ type: 'subheading', text: igf.nextSteps }, bullets(plan.slice(igfCallsToAction)));
  const themes = outcome.themes.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  if (themes.length > 0) blocks.push({ type: 'subheading', text: labels.sections.themes }, ...themes.map((paragraph): OutcomeBlock => ({ type: 'paragraph', text: oneLine(paragraph) })));

  const wsis = details.wsisLines ?? [];
  if (outcome.sdgTags.length > 0 || wsis.length > 0) {
    blocks.push({ type: 'heading', text: igf.tags });
    if (outcome.sdgTags.length > 0) blocks.push({ type: 'field', label: igf.sdgTargets, value: outcome.sdgTags.map((tag) => fillTemplate(labels.sdgTag, { tag })).join(labels.list.separator) });
    if (wsis.length > 0) blocks.push({ type: 'field', label: igf.wsisLines, value: wsis.map((line) => fillTemplate(igf.wsisLine, { line })).join(labels.list.separator) });
  }
  return blocks;
}
