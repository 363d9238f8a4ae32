import { outcomes, plan } from './draftDecisions';
import { keyIssues } from './draftIssues';
import { themes, type Leftover } from './draftThemes';
import { trends } from './draftTrends';
import type { OutcomeSources } from './inputs';
import type { OutcomeLabels } from './labels';
import { fillTemplate, formatLevel } from './labels';
import type { DraftLinks, SourceRef } from './links';
import type { OutcomeDocument, ParticipationFigures } from './model';
import { sectionLimits } from './model';
import { oneLine, shorten } from './text';

/**
 * The first draft of the outcome document, built from what the room produced. It is a start
 * for the organiser to edit, so it aims inside each section's limits and leaves room on the two
 * pages: every bullet is one template from the labels filled with the room's own words, and
 * every bullet knows where its words came from (`links`), so the organiser can check it.
 */
export type DraftOptions = {
  /** How many bullets to aim for per section (never above the section's maximum). */
  targets?: Partial<Record<'keyIssues' | 'trends' | 'outcomes' | 'plan', number>>;
  /** Longest bullet, in characters, before it is cut at a word. */
  maxBulletChars?: number;
  /** Turns the workshop's ISO date into the reader's format; the ISO date by default. */
  formatDate?: (isoDate: string) => string;
  /** Formats the mean self-assessed levels; one decimal in the labels' language by default. */
  formatLevel?: (value: number) => string;
  /** Quote cards the facilitator held back as well (they are left out by default). */
  includeHeld?: boolean;
};

export type LinkedDraft = { outcome: OutcomeDocument; links: DraftLinks };

const defaultTargets = { keyIssues: 6, trends: 6, outcomes: 5, plan: 5 };

export function generateDraft(sources: OutcomeSources, labels: OutcomeLabels, options: DraftOptions = {}): OutcomeDocument {
  return generateLinkedDraft(sources, labels, options).outcome;
}

export function generateLinkedDraft(sources: OutcomeSources, labels: OutcomeLabels, options: DraftOptions = {}): LinkedDraft {
  const targets = { ...defaultTargets, ...options.targets };
  for (const key of Object.keys(targets) as (keyof typeof targets)[]) targets[key] = Math.min(targets[key], sectionLimits[key].max);
  const maxChars = options.maxBulletChars ?? 240;
  const cut = (text: string): string => shorten(text, maxChars, labels.draft.ellipsis);

  const cards = sources.cards.filter((card) => !card.deleted && (options.includeHeld || !card.held) && oneLine(card.text) !== '');
  const issues = keyIssues(sources.clusters, cards, labels, targets.keyIssues);
  const trendPick = trends(sources.competencyPriorities, labels, targets.trends, options.formatLevel ?? ((value) => formatLevel(value, labels)));
  const planPick = plan(sources.roadmapItems, labels, targets.plan);
  const participation = figures(sources);
  const decisions = outcomes(sources, cards, participation, labels, targets.outcomes);

  const leftovers: Leftover[] = [
    ...issues.unused,
    ...trendPick.unused.map((priority) => ({ text: priority.name, ref: { kind: 'competency', id: priority.id ?? '' } as SourceRef })),
    ...planPick.unused.map((item) => ({ text: item.title, ref: { kind: 'roadmap', id: item.id } as SourceRef })),
  ];
  const themePick = themes(sources.questions ?? [], leftovers, labels);

  const outcome: OutcomeDocument = {
    title: sources.meta.title,
    organiser: sources.meta.organiser,
    dateTime: dateLine(sources, labels, options.formatDate ?? ((iso) => iso)),
    venue: sources.meta.venue,
    keyIssues: issues.bullets.map(cut),
    trends: trendPick.bullets.map(cut),
    outcomes: decisions.bullets.map(cut),
    plan: planPick.bullets.map(cut),
    themes: themePick.text,
    participation,
    sdgTags: [...sources.meta.sdgTags],
  };
  const known = (refs: SourceRef[]) => refs.filter((ref) => ref.id !== '');
  const links: DraftLinks = {
    keyIssues: issues.links,
    trends: trendPick.links,
    outcomes: decisions.links,
    plan: planPick.links,
    themes: known(themePick.links),
  };
  return { outcome, links };
}

function dateLine(sources: OutcomeSources, labels: OutcomeLabels, formatDate: (iso: string) => string): string {
  const { date, startTime, endTime } = sources.meta;
  if (date === '') return '';
  const shown = formatDate(date);
  if (startTime === '' || endTime === '') return fillTemplate(labels.draft.dateOnly, { date: shown });
  return fillTemplate(labels.draft.dateTime, { date: shown, start: startTime, end: endTime });
}

function figures(sources: OutcomeSources): ParticipationFigures {
  const { onsite, online, notRecorded, byGender, byGroup } = sources.attendance;
  return { onsite, online, ...(notRecorded ? { notRecorded } : {}), byGender: { ...byGender }, byGroup: { ...byGroup } };
}
