import { outcomes, plan } from './draftDecisions';
import { keyIssues } from './draftIssues';
import type { CompetencyPriorityInput, OutcomeSources } from './inputs';
import type { OutcomeLabels } from './labels';
import { fillLocal, fillTemplate, formatLevel, joinList } from './labels';
import type { OutcomeDocument, ParticipationFigures } from './model';
import { sectionLimits } from './model';
import { oneLine, shorten } from './text';

/**
 * The first draft of the outcome document, built from what the room produced. It is a start
 * for the organiser to edit, so it aims inside each section's limits and leaves room on the two
 * pages: every bullet is one template from the labels filled with the room's own words.
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

const defaultTargets = { keyIssues: 6, trends: 6, outcomes: 5, plan: 5 };

export function generateDraft(sources: OutcomeSources, labels: OutcomeLabels, options: DraftOptions = {}): OutcomeDocument {
  const targets = { ...defaultTargets, ...options.targets };
  for (const key of Object.keys(targets) as (keyof typeof targets)[]) targets[key] = Math.min(targets[key], sectionLimits[key].max);
  const maxChars = options.maxBulletChars ?? 240;
  const cut = (text: string): string => shorten(text, maxChars, labels.draft.ellipsis);

  const cards = sources.cards.filter((card) => !card.deleted && (options.includeHeld || !card.held) && oneLine(card.text) !== '');
  const issues = keyIssues(sources.clusters, cards, labels, targets.keyIssues);
  const trendPick = trends(sources.competencyPriorities, labels, targets.trends, options.formatLevel ?? ((value) => formatLevel(value, labels)));
  const planPick = plan(sources.roadmapItems, labels, targets.plan);
  const participation = figures(sources);

  const leftovers = [
    ...issues.unusedClusters,
    ...trendPick.unused.map((priority) => priority.name),
    ...planPick.unused.map((item) => item.title),
  ].map((text) => shorten(text, 80, labels.draft.ellipsis));
  const themes = leftovers.length > 0 ? fillTemplate(labels.draft.themesFromLeftovers, { list: joinList(leftovers.slice(0, 6), labels) }) : labels.draft.themesEmpty;

  return {
    title: sources.meta.title,
    organiser: sources.meta.organiser,
    dateTime: dateLine(sources, labels, options.formatDate ?? ((iso) => iso)),
    venue: sources.meta.venue,
    keyIssues: issues.bullets.map(cut),
    trends: trendPick.bullets.map(cut),
    outcomes: outcomes(sources, cards, participation, labels, targets.outcomes).map(cut),
    plan: planPick.bullets.map(cut),
    themes,
    participation,
    sdgTags: [...sources.meta.sdgTags],
  };
}

function dateLine(sources: OutcomeSources, labels: OutcomeLabels, formatDate: (iso: string) => string): string {
  const { date, startTime, endTime } = sources.meta;
  if (date === '') return '';
  const shown = formatDate(date);
  if (startTime === '' || endTime === '') return fillTemplate(labels.draft.dateOnly, { date: shown });
  return fillTemplate(labels.draft.dateTime, { date: shown, start: startTime, end: endTime });
}

/** The most chosen competencies, then the largest before/after gains among the rest. */
function trends(priorities: readonly CompetencyPriorityInput[], labels: OutcomeLabels, target: number, formatLevel: (value: number) => string) {
  const ranked = priorities.filter((priority) => oneLine(priority.name) !== '').sort((a, b) => b.share - a.share || a.name.localeCompare(b.name));
  const growthSlots = Math.floor(target / 3);
  const top = ranked.filter((priority) => priority.share > 0).slice(0, target - Math.min(growthSlots, countGrowth(ranked)));
  const bullets = top.map((priority) => fillLocal(labels.draft.trendPriority, { name: oneLine(priority.name), percent: Math.round(priority.share * 100) }, labels));
  const used = new Set(top);
  const grown = ranked
    .filter((priority) => !used.has(priority) && gain(priority) > 0)
    .sort((a, b) => gain(b) - gain(a))
    .slice(0, target - bullets.length);
  for (const priority of grown) {
    used.add(priority);
    bullets.push(
      fillTemplate(labels.draft.trendGrowth, { name: oneLine(priority.name), before: formatLevel(priority.before as number), after: formatLevel(priority.after as number) }),
    );
  }
  return { bullets, unused: ranked.filter((priority) => !used.has(priority) && priority.share > 0) };
}

function gain(priority: CompetencyPriorityInput): number {
  return priority.before !== undefined && priority.after !== undefined ? priority.after - priority.before : 0;
}

function countGrowth(ranked: readonly CompetencyPriorityInput[]): number {
  return ranked.filter((priority) => gain(priority) > 0).length;
}

function figures(sources: OutcomeSources): ParticipationFigures {
  const { onsite, online, notRecorded, byGender, byGroup } = sources.attendance;
  return { onsite, online, ...(notRecorded ? { notRecorded } : {}), byGender: { ...byGender }, byGroup: { ...byGroup } };
}
