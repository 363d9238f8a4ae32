import type { CardInput, OutcomeSources, RoadmapItemInput } from './inputs';
import type { OutcomeLabels } from './labels';
import { fillCounted, fillLocal, genderCount, joinList } from './labels';
import type { ParticipationFigures } from './model';
import { sectionLimits } from './model';
import { oneLine } from './text';

/**
 * The tangible outcomes and the action plan of a first draft, both from the roadmap the room
 * accepted. Outcomes are the decisions (agreed items, with the support they had) and a single
 * line on attendance, as the template's own example has: the participants table already gives
 * the figures, so the draft does not repeat them as five more bullets. The plan says who does
 * what by when; proposals fill in only up to the template's minimum, marked as unconfirmed.
 */
const byVotes = (a: RoadmapItemInput, b: RoadmapItemInput): number => b.votes - a.votes || a.title.localeCompare(b.title);

function live(items: readonly RoadmapItemInput[]): RoadmapItemInput[] {
  return items.filter((item) => !item.deleted && oneLine(item.title) !== '');
}

export function outcomes(sources: OutcomeSources, cards: readonly CardInput[], participation: ParticipationFigures, labels: OutcomeLabels, target: number): string[] {
  const attendance = attendanceLine(participation, labels);
  const room = Math.max(0, target - (attendance ? 1 : 0));
  const agreed = live(sources.roadmapItems).filter((item) => item.status === 'agreed').sort(byVotes).slice(0, room);
  const bullets = agreed.map((item) => fillLocal(labels.draft.outcomeAgreed, { title: oneLine(item.title), votes: fillCounted(labels.draft.votes, item.votes, { count: item.votes }, labels) }, labels));
  // Too few decisions for the template's minimum: say what the room produced, once.
  if (bullets.length + (attendance ? 1 : 0) < sectionLimits.outcomes.min && cards.length > 0) {
    const votes = cards.reduce((sum, card) => sum + card.votes, 0);
    bullets.push(fillLocal(labels.draft.contributions, { cards: cards.length, votes }, labels));
  }
  if (attendance) bullets.push(attendance);
  return bullets.slice(0, target);
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
  return {
    bullets: [...agreed.map((item) => line(item, true)), ...filler.map((item) => line(item, false))],
    unused: proposed.slice(filler.length, filler.length + 3),
  };
}
