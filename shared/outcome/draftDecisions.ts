import type { CardInput, OutcomeSources, QuestionInput, RoadmapItemInput } from './inputs';
import type { OutcomeLabels } from './labels';
import { fillCounted, fillLocal, genderCount, joinList } from './labels';
import type { SourceRef } from './links';
import type { OutcomeMark } from './marks';
import type { ParticipationFigures } from './model';
import { sectionLimits } from './model';
import { oneLine } from './text';

/**
 * The tangible outcomes and the action plan of a first draft. Outcomes are decisions: first what
 * the facilitator marked "outcome" during the run (a commitment on a card, a launch announced in
 * the Q&A, a roadmap item), in the order marked; then the roadmap items the room agreed, by
 * votes; then a single line on attendance, as the template's own example has: the participants
 * table already gives the figures, so the draft does not repeat them as five more bullets.
 * Marked lines are never dropped to fit: the organiser asked for them, and the section's count
 * warns when there are too many. The plan says who does what by when; proposals fill in only up
 * to the template's minimum, marked as unconfirmed.
 */
const byVotes = (a: RoadmapItemInput, b: RoadmapItemInput): number => b.votes - a.votes || a.title.localeCompare(b.title);

type Lines = { bullets: string[]; links: SourceRef[][] };

function live(items: readonly RoadmapItemInput[]): RoadmapItemInput[] {
  return items.filter((item) => !item.deleted && oneLine(item.title) !== '');
}

export function outcomes(sources: OutcomeSources, cards: readonly CardInput[], participation: ParticipationFigures, labels: OutcomeLabels, target: number): Lines {
  const attendance = attendanceLine(participation, labels);
  const lines: Lines = { bullets: [], links: [] };
  const add = (bullet: string, ref?: SourceRef) => {
    lines.bullets.push(bullet);
    lines.links.push(ref ? [ref] : []);
  };
  for (const marked of markedLines(sources, labels)) add(marked.bullet, marked.ref);
  const room = Math.max(0, target - (attendance ? 1 : 0) - lines.bullets.length);
  const markedIds = new Set((sources.marks ?? []).filter((mark) => mark.kind === 'roadmap').map((mark) => mark.id));
  const agreed = live(sources.roadmapItems).filter((item) => item.status === 'agreed' && !markedIds.has(item.id)).sort(byVotes).slice(0, room);
  for (const item of agreed) add(agreedLine(item, labels), { kind: 'roadmap', id: item.id });
  // Too few decisions for the template's minimum: say what the room produced, once.
  if (lines.bullets.length + (attendance ? 1 : 0) < sectionLimits.outcomes.min && cards.length > 0) {
    const votes = cards.reduce((sum, card) => sum + card.votes, 0);
    add(fillLocal(labels.draft.contributions, { cards: cards.length, votes }, labels));
  }
  if (attendance) add(attendance, { kind: 'attendance', id: 'register' });
  return lines;
}

function agreedLine(item: RoadmapItemInput, labels: OutcomeLabels): string {
  return fillLocal(labels.draft.outcomeAgreed, { title: oneLine(item.title), votes: fillCounted(labels.draft.votes, item.votes, { count: item.votes }, labels) }, labels);
}

/** One line per mark whose card, item or question still exists; a proposal is said to be one. */
function markedLines(sources: OutcomeSources, labels: OutcomeLabels): { bullet: string; ref: SourceRef }[] {
  const cards = new Map(sources.cards.filter((card) => !card.deleted).map((card) => [card.id, card]));
  const items = new Map(live(sources.roadmapItems).map((item) => [item.id, item]));
  const questions = new Map((sources.questions ?? []).map((question) => [question.id, question]));
  return (sources.marks ?? []).flatMap((mark: OutcomeMark) => {
    const ref: SourceRef = { kind: mark.kind, id: mark.id };
    if (mark.kind === 'card') {
      const card = cards.get(mark.id);
      return card && oneLine(card.text) !== '' ? [{ bullet: fillLocal(labels.draft.outcomeMarkedCard, { text: oneLine(card.text) }, labels), ref }] : [];
    }
    if (mark.kind === 'roadmap') {
      const item = items.get(mark.id);
      if (!item) return [];
      const votes = fillCounted(labels.draft.votes, item.votes, { count: item.votes }, labels);
      return [{ bullet: item.status === 'agreed' ? agreedLine(item, labels) : fillLocal(labels.draft.outcomeMarkedProposal, { title: oneLine(item.title), votes }, labels), ref }];
    }
    const question: QuestionInput | undefined = questions.get(mark.id);
    return question && oneLine(question.text) !== '' ? [{ bullet: fillLocal(labels.draft.outcomeMarkedQuestion, { text: oneLine(question.text) }, labels), ref }] : [];
  });
}

/** "120 people took part: 82 in the room, 34 online and 4 whose mode was not recorded; among them 50 women and 46 men". */
function attendanceLine(participation: ParticipationFigures, labels: OutcomeLabels): string | undefined {
  const { onsite, online } = participation;
  const notRecorded = participation.notRecorded ?? 0;
  const total = onsite + online + notRecorded;
  if (total === 0) return undefined;
  const template =
    onsite + online === 0
      ? labels.draft.attendanceModeUnknown
      : notRecorded > 0
        ? labels.draft.attendanceWithUnrecorded
        : online > 0
          ? labels.draft.attendance
          : labels.draft.attendanceOnsiteOnly;
  const line = fillCounted(template, total, { total, onsite, online, notRecorded }, labels);
  const genders = Object.entries(participation.byGender)
    .filter(([key, count]) => count > 0 && key !== 'notRecorded')
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (genders.length === 0) return line;
  return fillLocal(labels.draft.attendanceByGender, { attendance: line, list: joinList(genders.map(([key, count]) => genderCount(key, count, labels)), labels) }, labels);
}

/** Agreed items by votes, each with its owner and horizon; the best proposals fill up to the minimum. */
export function plan(items: readonly RoadmapItemInput[], labels: OutcomeLabels, target: number) {
  const all = live(items);
  const agreed = all.filter((item) => item.status === 'agreed').sort(byVotes).slice(0, target);
  const proposed = all.filter((item) => item.status === 'proposed').sort(byVotes);
  const filler = proposed.slice(0, Math.max(0, sectionLimits.plan.min - agreed.length));
  const line = (item: RoadmapItemInput, confirmed: boolean): string => {
    const values = { title: oneLine(item.title), horizon: oneLine(item.horizon), owner: oneLine(item.owner ?? '') };
    if (!confirmed) return values.horizon === '' ? values.title : fillLocal(labels.draft.planProposed, values, labels);
    if (values.owner !== '') return fillLocal(values.horizon === '' ? labels.draft.planOwnedNoHorizon : labels.draft.planOwned, values, labels);
    return values.horizon === '' ? fillLocal(labels.draft.planNoOwnerNoHorizon, values, labels) : fillLocal(labels.draft.planAgreed, values, labels);
  };
  const chosen = [...agreed.map((item) => ({ item, confirmed: true })), ...filler.map((item) => ({ item, confirmed: false }))];
  return {
    bullets: chosen.map(({ item, confirmed }) => line(item, confirmed)),
    links: chosen.map(({ item }): SourceRef[] => [{ kind: 'roadmap', id: item.id }]),
    unused: proposed.slice(filler.length, filler.length + 3),
  };
}
