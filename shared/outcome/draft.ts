import type { CardInput, CompetencyPriorityInput, OutcomeSources, RoadmapItemInput } from './inputs';
import type { OutcomeLabels } from './labels';
import { fillCounted, fillLocal, fillTemplate, formatLevel, genderCount, groupName, joinList } from './labels';
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
};

const defaultTargets = { keyIssues: 6, trends: 6, outcomes: 5, plan: 5 };

export function generateDraft(sources: OutcomeSources, labels: OutcomeLabels, options: DraftOptions = {}): OutcomeDocument {
  const targets = { ...defaultTargets, ...options.targets };
  for (const key of Object.keys(targets) as (keyof typeof targets)[]) targets[key] = Math.min(targets[key], sectionLimits[key].max);
  const maxChars = options.maxBulletChars ?? 240;
  const cut = (text: string): string => shorten(text, maxChars, labels.draft.ellipsis);

  const cards = sources.cards.filter((card) => !card.deleted && oneLine(card.text) !== '');
  const issues = keyIssues(sources, cards, labels, targets.keyIssues);
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

const byVotesThenText = (a: CardInput, b: CardInput): number => b.votes - a.votes || a.text.localeCompare(b.text);

/** Clusters first (the room's own grouping), ranked by their votes; then the best single cards. */
function keyIssues(sources: OutcomeSources, cards: CardInput[], labels: OutcomeLabels, target: number) {
  const members = new Map<string, CardInput[]>();
  for (const card of cards) {
    if (card.cluster === undefined) continue;
    const list = members.get(card.cluster) ?? [];
    list.push(card);
    members.set(card.cluster, list);
  }
  const ranked = sources.clusters
    .filter((cluster) => (members.get(cluster.id)?.length ?? 0) > 0 && oneLine(cluster.label) !== '')
    .map((cluster) => {
      const list = (members.get(cluster.id) ?? []).sort(byVotesThenText);
      return { cluster, list, votes: list.reduce((sum, card) => sum + card.votes, 0) };
    })
    .sort((a, b) => b.votes - a.votes || b.list.length - a.list.length || a.cluster.label.localeCompare(b.cluster.label));

  // Leave at least a third of the section to single cards, so a strong idea outside any cluster still shows.
  const clusterSlots = Math.max(1, Math.ceil((target * 2) / 3));
  const chosen = ranked.slice(0, clusterSlots);
  const bullets = chosen.map(({ cluster, list, votes }) =>
    fillCounted(
      labels.draft.keyIssueCluster,
      list.length,
      { label: oneLine(cluster.label), cards: list.length, votes, example: shorten((list[0] as CardInput).text, 120, labels.draft.ellipsis) },
      labels,
    ),
  );
  const covered = new Set(chosen.map(({ cluster }) => cluster.id));
  const singles = cards.filter((card) => card.cluster === undefined || !covered.has(card.cluster)).sort(byVotesThenText);
  for (const card of singles) {
    if (bullets.length >= target) break;
    bullets.push(fillCounted(labels.draft.keyIssueCard, card.votes, { text: oneLine(card.text), votes: card.votes }, labels));
  }
  const unusedClusters = ranked.slice(chosen.length).map(({ cluster }) => oneLine(cluster.label));
  return { bullets, unusedClusters };
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

/** Figures first (sponsors ask for them), then what the room produced and agreed. */
function outcomes(sources: OutcomeSources, cards: CardInput[], participation: ParticipationFigures, labels: OutcomeLabels, target: number): string[] {
  const bullets: string[] = [];
  const { onsite, online } = participation;
  const notRecorded = participation.notRecorded ?? 0;
  const total = onsite + online + notRecorded;
  const template = notRecorded > 0 ? labels.draft.attendanceWithUnrecorded : online > 0 ? labels.draft.attendance : labels.draft.attendanceOnsiteOnly;
  if (total > 0) bullets.push(fillCounted(template, total, { total, onsite, online, notRecorded }, labels));
  const genders = countList(participation.byGender, (key, count) => genderCount(key, count, labels), labels);
  if (genders !== '') bullets.push(fillTemplate(labels.draft.byGender, { list: genders }));
  const groups = countList(participation.byGroup, (key, count) => fillLocal(labels.groupCount, { name: groupName(key, labels), count }, labels), labels);
  if (groups !== '') bullets.push(fillTemplate(labels.draft.byGroup, { list: groups }));
  const agreed = sources.roadmapItems.filter((item) => !item.deleted && item.status === 'agreed').length;
  if (agreed > 0) bullets.push(fillCounted(labels.draft.agreedItems, agreed, { count: agreed }, labels));
  const votes = cards.reduce((sum, card) => sum + card.votes, 0);
  if (cards.length > 0) bullets.push(fillLocal(labels.draft.contributions, { cards: cards.length, votes }, labels));
  const ran = sources.runLog.filter((entry) => Number.isFinite(entry.startedAt));
  if (ran.length > 0) {
    const first = Math.min(...ran.map((entry) => entry.startedAt));
    const last = Math.max(...ran.map((entry) => entry.endedAt ?? entry.startedAt));
    bullets.push(fillCounted(labels.draft.runLog, ran.length, { parts: ran.length, minutes: Math.max(0, Math.round((last - first) / 60_000)) }, labels));
  }
  return bullets.slice(0, target);
}

/** "52 women, 45 men and 1 who preferred not to say": largest first, zero counts left out. */
function countList(counts: Record<string, number>, entry: (key: string, count: number) => string, labels: OutcomeLabels): string {
  const entries = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return joinList(
    entries.map(([key, count]) => entry(key, count)),
    labels,
  );
}

/** Agreed roadmap items by votes; the best proposed ones fill up to the section's minimum. */
function plan(items: readonly RoadmapItemInput[], labels: OutcomeLabels, target: number) {
  const live = items.filter((item) => !item.deleted && oneLine(item.title) !== '');
  const byVotes = (a: RoadmapItemInput, b: RoadmapItemInput): number => b.votes - a.votes || a.title.localeCompare(b.title);
  const agreed = live.filter((item) => item.status === 'agreed').sort(byVotes).slice(0, target);
  const proposed = live.filter((item) => item.status === 'proposed').sort(byVotes);
  const filler = proposed.slice(0, Math.max(0, sectionLimits.plan.min - agreed.length));
  const line = (template: string, item: RoadmapItemInput): string =>
    oneLine(item.horizon) === '' ? oneLine(item.title) : fillTemplate(template, { title: oneLine(item.title), horizon: oneLine(item.horizon) });
  return {
    bullets: [...agreed.map((item) => line(labels.draft.planAgreed, item)), ...filler.map((item) => line(labels.draft.planProposed, item))],
    unused: proposed.slice(filler.length, filler.length + 3),
  };
}

function figures(sources: OutcomeSources): ParticipationFigures {
  const { onsite, online, notRecorded, byGender, byGroup } = sources.attendance;
  return { onsite, online, ...(notRecorded ? { notRecorded } : {}), byGender: { ...byGender }, byGroup: { ...byGroup } };
}
