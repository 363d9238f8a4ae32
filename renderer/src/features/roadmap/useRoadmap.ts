import { useCallback, useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { RoadmapActivity } from '@shared/activities/activitySchema';
import type { Actor } from '@shared/activities/outcome';
import { readCards, resolveCard, type Card } from '@shared/activities/cards';
import { activityOf } from '@shared/activities/config';
import type { PollView } from '@shared/activities/votes';
import { votesRoot } from '@shared/activities/votes';
import { readComments, threadsByItem, type Thread } from '@shared/roadmap/comments';
import { liveItems, readItems } from '@shared/roadmap/items';
import { priorityView, type PriorityInput } from '@shared/roadmap/priorities';
import { commentsRoot, roadmapRoot, type RoadmapItem } from '@shared/roadmap/schema';
import type { RunState } from '@shared/run/state';
import { readWorkshop } from '@shared/workshop/doc';
import { useDocValue, useRootsVersion } from '../activities/useDocValue';
import { watched } from '../activities/watchedRoots';

type Watch = { version: number; listeners: Set<() => void> };
const fieldWatches = new WeakMap<Y.Doc, Watch>();

/**
 * A version number that moves when an item's fields change, but not on a keystroke in a
 * description or a new history entry: someone typing must not make 200 cards re-render on
 * every screen in the room. Description text is read by the editor itself.
 */
function fieldWatch(doc: Y.Doc): Watch {
  let watch = fieldWatches.get(doc);
  if (watch) return watch;
  const created: Watch = { version: 0, listeners: new Set() };
  const root = doc.getMap<unknown>(roadmapRoot);
  root.observeDeep((events) => {
    if (!events.some((event) => event.target === root || (event.target instanceof Y.Map && event.target.parent === root))) return;
    created.version += 1;
    for (const listener of created.listeners) listener();
  });
  fieldWatches.set(doc, (watch = created));
  return watch;
}

export function useItemFields(doc: Y.Doc): RoadmapItem[] {
  const subscribe = useCallback(
    (notify: () => void) => {
      const watch = fieldWatch(doc);
      watch.listeners.add(notify);
      return () => void watch.listeners.delete(notify);
    },
    [doc],
  );
  const version = useSyncExternalStore(subscribe, () => fieldWatch(doc).version);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is how the document says its item fields changed.
  return useMemo(() => readItems(doc).items, [doc, version]);
}

export type Roadmap = {
  all: Map<string, RoadmapItem>;
  /** Items on the board now, in board order (proposals included). */
  items: RoadmapItem[];
  threads: Map<string, Thread[]>;
  view: PollView;
  input: PriorityInput;
  titleOf: (id: string) => string;
};

export function useRoadmap(doc: Y.Doc, partId: string, config: RoadmapActivity, run: RunState, actor: Actor): Roadmap {
  const allItems = useItemFields(doc);
  const comments = useDocValue(doc, [commentsRoot], (current) => readComments(current).comments);
  const votesVersion = useRootsVersion(doc, [votesRoot]);
  return useMemo(() => {
    const all = new Map(allItems.map((item) => [item.id, item]));
    const input: PriorityInput = { partId, config, run };
    return {
      all,
      items: liveItems(allItems, partId),
      threads: threadsByItem(comments, all),
      view: priorityView(doc, input, { deviceId: actor.deviceId, role: actor.role }),
      input,
      titleOf: (id: string) => all.get(id)?.title ?? '',
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `votesVersion` says the ballots changed; priorityView reads them from the doc.
  }, [allItems, comments, votesVersion, doc, partId, config, run, actor.deviceId, actor.role]);
}

/** The challenge cards items can link to: those of the configured part, else the nearest cards
 *  part before the roadmap part, as the room left them (merged and withdrawn cards left out). */
export function useChallengeCards(doc: Y.Doc, partId: string, config: RoadmapActivity): Card[] {
  return useDocValue(
    doc,
    [...watched.agenda, ...watched.board],
    (current) => {
      const { parts, meta } = readWorkshop(current);
      const index = parts.findIndex((part) => part.id === partId);
      const source = config.challengePartId ? parts.find((part) => part.id === config.challengePartId) : parts.slice(0, Math.max(0, index)).reverse().find((part) => activityOf(part, { format: meta?.format }).kind === 'cards');
      if (!source) return [];
      const { cards } = readCards(current);
      const byId = new Map(cards.map((card) => [card.id, card]));
      return cards.filter((card) => card.partId === source.id && !card.held && card.deletedAt === undefined && resolveCard(byId, card.id) === card.id);
    },
    [partId, config.challengePartId],
  );
}
