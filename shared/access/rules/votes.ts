import { ballotSchema } from '../../activities/votes';
import { cardsRoot } from '../../activities/cards';
import { assessmentSchema } from '../../competencies/assessment';
import { isCompetencyId, isRatingLevel } from '../../competencies/framework';
import { resolveMergeChain } from '../../mergeChain';
import { roadmapRoot } from '../../roadmap/schema';
import type { Lookups } from '../lookups';
import type { RefusalReason, Rule } from './rule';
import { contentKinds, parsedAfter, splitKey } from './rule';

/**
 * Ballots (root `votes`, key `<pollId>/<voterId>`): only one's own, only while the vote is
 * open, and a dot may be added only on an option that is on offer and only within the budget
 * and the cap per option. Dots already placed may always be taken back; dots that a merge or a
 * withdrawn option no longer counts stay as they are (counting skips them).
 */
export const votesRule: Rule = (change, context) => {
  const parts = splitKey(change.key);
  if (!parts) return 'schema';
  const [pollId, voterId] = parts;
  if (voterId !== context.writer.id) return 'not-yours';
  if (context.lookups.pollClosed(pollId)) return 'closed';
  if (change.removedExisting && !change.set) return 'removal';
  const kinds = contentKinds(change, { entry: 'json', field: [] });
  if (kinds) return kinds;
  const parsed = parsedAfter(context, ballotSchema);
  if (!parsed.ok) return parsed.reason;
  const poll = pollOf(context.lookups, pollId);
  if (!poll) return 'schema';
  const previous = previousDots(change.touches);
  return checkAddedDots(parsed.value.dots, previous, poll);
};

type Poll = { dots: number; maxPerOption: number; isLive: (option: string) => boolean };

/** The rules and the live options of the poll a part runs, or undefined when it runs none. */
function pollOf(lookups: Lookups, pollId: string): Poll | undefined {
  const activity = lookups.activity(pollId);
  if (!activity) return undefined;
  if (activity.kind === 'competencies') return activity.prioritise ? { ...activity, isLive: isCompetencyId } : undefined;
  if (activity.kind === 'dots') {
    const source = lookups.voteSourcePartId(pollId);
    return source ? { ...activity, isLive: onceEach((option) => liveRecord(lookups, cardsRoot, option, source, true)) } : undefined;
  }
  if (activity.kind === 'roadmap') return { ...activity, isLive: onceEach((option) => liveRecord(lookups, roadmapRoot, option, pollId, false)) };
  return undefined;
}

/** Asks about each option once per ballot (checkAddedDots asks about every dot, twice). */
function onceEach(isLive: (option: string) => boolean): (option: string) => boolean {
  const known = new Map<string, boolean>();
  return (option) => {
    let live = known.get(option);
    if (live === undefined) known.set(option, (live = isLive(option)));
    return live;
  };
}

/** A card or roadmap item that can take a dot: in the right part, not withdrawn, not merged away
 *  (and, for cards, not held back from the room). */
function liveRecord(lookups: Lookups, root: typeof cardsRoot | typeof roadmapRoot, id: string, partId: string, visible: boolean): boolean {
  const fields = lookups.record(root, id);
  if (!fields || fields.partId !== partId || fields.deletedAt !== undefined) return false;
  if (visible && fields.held === true) return false;
  return resolveMergeChain(lookups.mergeView(root), id) === id;
}

function previousDots(touches: readonly { path: readonly string[]; kind: string; previous?: unknown }[]): string[] {
  const replaced = touches.find((touch) => touch.path.length === 0 && touch.kind === 'delete' && touch.previous !== undefined);
  // A first ballot replaces nothing: the schema would only refuse `undefined`, the costly way.
  if (!replaced) return [];
  const parsed = ballotSchema.safeParse(replaced.previous);
  return parsed.success ? parsed.data.dots : [];
}

function checkAddedDots(dots: readonly string[], previous: readonly string[], poll: Poll): RefusalReason | undefined {
  const left = new Map<string, number>();
  for (const dot of previous) left.set(dot, (left.get(dot) ?? 0) + 1);
  let added = false;
  for (const dot of dots) {
    const earlier = left.get(dot) ?? 0;
    if (earlier > 0) left.set(dot, earlier - 1);
    else if (!poll.isLive(dot)) return 'schema';
    else added = true;
  }
  if (!added) return undefined;
  // Counted as placeDot counts before it adds: live options only, each up to its cap.
  const perOption = new Map<string, number>();
  let total = 0;
  for (const dot of dots) {
    if (!poll.isLive(dot)) continue;
    const count = (perOption.get(dot) ?? 0) + 1;
    if (count > poll.maxPerOption) return 'budget';
    perOption.set(dot, count);
    total += 1;
  }
  return total > poll.dots ? 'budget' : undefined;
}

/** Self-assessments (root `ratings`, key `<round>/<id>`): one's own only, levels 1 to 5 on the
 *  framework's competencies. */
export const ratingsRule: Rule = (change, context) => {
  const parts = splitKey(change.key);
  if (!parts) return 'schema';
  const [round, personId] = parts;
  if (personId !== context.writer.id) return 'not-yours';
  if (change.removedExisting && !change.set) return 'removal';
  const kinds = contentKinds(change, { entry: 'json', field: [] });
  if (kinds) return kinds;
  const parsed = parsedAfter(context, assessmentSchema);
  if (!parsed.ok) return parsed.reason;
  if (parsed.value.round !== round) return 'schema';
  for (const [id, level] of Object.entries(parsed.value.levels)) if (!isCompetencyId(id) || !isRatingLevel(level)) return 'schema';
  return undefined;
};
