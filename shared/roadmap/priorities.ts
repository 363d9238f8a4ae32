import type * as Y from 'yjs';
import type { Outcome } from '../activities/outcome';
import type { PollView, PollViewer, VoteContext, VoteRefusalCode } from '../activities/votes';
import { placeDot, pollView, readBallots, removeDot } from '../activities/votes';
import type { RunState } from '../run/state';
import { isPollClosed } from '../run/state';
import type { RoadmapActivity } from '../activities/activitySchema';
import { liveItems, readItems, resolveItem } from './items';

/**
 * Priority votes on roadmap items, with the same dot rules as every other vote (budget, dots per
 * option, hidden until closed, closed by the run). The poll is the roadmap part's id; options
 * are the part's live items, proposals included so the room can show the facilitator which
 * suggestions matter; a dot on an item that was merged counts for the item it joined.
 */
export type PriorityInput = { partId: string; config: Pick<RoadmapActivity, 'dots' | 'maxPerOption' | 'hiddenUntilClosed'>; run: RunState };

export function prioritySetup(doc: Y.Doc, input: PriorityInput): { context: VoteContext & { hiddenUntilClosed: boolean }; options: string[] } {
  const { items } = readItems(doc);
  const byId = new Map(items.map((item) => [item.id, item]));
  const options = liveItems(items, input.partId).map((item) => item.id);
  const offered = new Set(options);
  return {
    context: {
      rules: input.config,
      hiddenUntilClosed: input.config.hiddenUntilClosed,
      closed: isPollClosed(input.run, input.partId),
      resolve: (id) => resolveItem(byId, id),
      isOption: (id) => offered.has(id),
    },
    options,
  };
}

export function priorityView(doc: Y.Doc, input: PriorityInput, viewer: PollViewer): PollView {
  const setup = prioritySetup(doc, input);
  return pollView(readBallots(doc, input.partId).ballots, viewer, setup.context, setup.options);
}

export function voteForItem(doc: Y.Doc, input: PriorityInput, voterId: string, itemId: string, now: number): Outcome<{ left: number }, VoteRefusalCode> {
  return placeDot(doc, input.partId, voterId, itemId, prioritySetup(doc, input).context, now);
}

export function unvoteItem(doc: Y.Doc, input: PriorityInput, voterId: string, itemId: string, now: number): Outcome<undefined, VoteRefusalCode> {
  return removeDot(doc, input.partId, voterId, itemId, prioritySetup(doc, input).context, now);
}
