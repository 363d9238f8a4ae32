import * as Y from 'yjs';
import type { RoadmapActivity } from '../activities/activitySchema';
import { activityOf } from '../activities/config';
import { readBallots, tally } from '../activities/votes';
import type { RoadmapItemInput, RoadmapStatus } from '../outcome/inputs';
import type { RunState } from '../run/state';
import type { AgendaPart, FormatId } from '../workshop/schema';
import { readCards } from '../activities/cards';
import { readComments, threadsByItem } from './comments';
import { itemMap } from './history';
import { horizonKey } from './horizons';
import { readItems, resolveItem } from './items';
import { prioritySetup } from './priorities';
import { fragmentToJson, plainText } from './richText';
import type { ItemStatus } from './schema';

/**
 * Roadmap items as the outcome report and the CSV export take them: every item of every roadmap
 * part with its votes and comments. Merged items are left out (their votes and comments count
 * for the item they joined); deleted ones are kept and flagged, as cards are.
 */
const statusForReport: Readonly<Record<ItemStatus, RoadmapStatus>> = {
  proposal: 'draft',
  needsWork: 'draft',
  proposed: 'proposed',
  agreed: 'agreed',
};

export function roadmapItemsFromDoc(doc: Y.Doc, parts: readonly AgendaPart[], format: FormatId | undefined, run: RunState, translate: (key: string) => string): RoadmapItemInput[] {
  const { items } = readItems(doc);
  const byId = new Map(items.map((item) => [item.id, item]));
  const votes = new Map<string, number>();
  const roadmapParts = new Set<string>();
  for (const part of parts) {
    const activity = activityOf(part, { format });
    if (activity.kind !== 'roadmap') continue;
    roadmapParts.add(part.id);
    const setup = prioritySetup(doc, { partId: part.id, config: activity as RoadmapActivity, run });
    for (const row of tally(readBallots(doc, part.id).ballots, setup.context, setup.options)) votes.set(row.optionId, row.dots);
  }
  const threads = threadsByItem(readComments(doc).comments, byId);
  const cardWords = new Map(readCards(doc).cards.map((card) => [card.id, card.text]));
  return items
    .filter((item) => roadmapParts.has(item.partId) && resolveItem(byId, item.id) === item.id)
    .map((item) => {
      const input: RoadmapItemInput = {
        id: item.id,
        title: item.title,
        status: statusForReport[item.status],
        horizon: translate(horizonKey(item.horizon)),
        horizonKey: item.horizon,
        votes: votes.get(item.id) ?? 0,
      };
      if (item.owner !== '') input.owner = item.owner;
      // Read without descriptionOf, which creates a missing description: an export never writes.
      const fragment = itemMap(doc, item.id)?.get('description');
      const description = fragment instanceof Y.XmlFragment ? plainText(fragmentToJson(fragment)) : '';
      if (description.trim() !== '') input.description = description;
      if (item.challengeIds.length > 0) {
        input.challengeIds = [...item.challengeIds];
        // A linked card deleted since keeps its id; its words are gone, so it gives no text.
        input.challenges = item.challengeIds.flatMap((id) => (cardWords.has(id) ? [cardWords.get(id) as string] : []));
      }
      const comments = (threads.get(item.id) ?? []).flatMap((thread) => [thread.first, ...thread.replies].map((comment) => comment.text));
      if (comments.length > 0) input.comments = comments;
      if (item.deletedAt !== undefined) input.deleted = true;
      return input;
    })
    .sort((a, b) => b.votes - a.votes);
}
