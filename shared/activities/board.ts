import type * as Y from 'yjs';
import type { Card } from './cards';
import { readCards, resolveCard } from './cards';
import type { Cluster } from './clusters';
import { readClusters } from './clusters';
import type { Actor, RecordProblem } from './outcome';

/**
 * What one viewer sees of a part's cards. Held cards are left out for participants (except
 * their own, marked held, so an author does not think their card was lost); deleted and merged
 * cards never appear on the board itself: merged ones ride along on the card they joined, and
 * deleted ones are listed for the facilitator's bin.
 *
 * This filters what the UI shows. It is not access control: every peer holds the whole
 * document, so nothing secret should ever be written to a card.
 */
export type Viewer = Pick<Actor, 'deviceId' | 'role'>;

export type BoardCard = Card & {
  /** Cards merged into this one, oldest first: the trace of the merge. */
  merged: Card[];
  mine: boolean;
};

export type BoardCluster = { cluster: Cluster; cards: BoardCard[] };

export type Board = {
  /** Visible cards, oldest first. */
  cards: BoardCard[];
  clusters: BoardCluster[];
  /** Visible cards in no (living) cluster. */
  ungrouped: BoardCard[];
  /** Count of cards waiting for a reveal (shown to the facilitator as "3 held"). */
  heldCount: number;
  /** Deleted cards, for the facilitator's bin; empty for participants. */
  deleted: Card[];
  problems: RecordProblem[];
};

export function cardVisibleTo(card: Card, viewer: Viewer): boolean {
  if (card.deletedAt !== undefined) return false;
  if (card.held && viewer.role !== 'facilitator' && card.authorDevice !== viewer.deviceId) return false;
  return true;
}

export function readBoard(doc: Y.Doc, partId: string, viewer: Viewer): Board {
  const { cards: all, problems } = readCards(doc);
  const { clusters, problems: clusterProblems } = readClusters(doc, partId);
  return buildBoard(all, clusters, partId, viewer, [...problems, ...clusterProblems]);
}

/** The pure half of readBoard, for callers that already hold the records. */
export function buildBoard(all: readonly Card[], clusters: readonly Cluster[], partId: string, viewer: Viewer, problems: RecordProblem[] = []): Board {
  const byId = new Map(all.map((card) => [card.id, card]));
  const ofPart = all.filter((card) => card.partId === partId);
  const merged = new Map<string, Card[]>();
  const tops: Card[] = [];
  for (const card of ofPart) {
    const root = resolveCard(byId, card.id);
    if (root === card.id) tops.push(card);
    else if (card.deletedAt === undefined) merged.set(root, [...(merged.get(root) ?? []), card]);
  }
  const visible: BoardCard[] = tops
    .filter((card) => cardVisibleTo(card, viewer))
    .map((card) => ({ ...card, merged: merged.get(card.id) ?? [], mine: card.authorDevice === viewer.deviceId }));
  const living = new Set(clusters.map((cluster) => cluster.id));
  return {
    cards: visible,
    clusters: clusters.map((cluster) => ({ cluster, cards: visible.filter((card) => card.clusterId === cluster.id) })),
    ungrouped: visible.filter((card) => card.clusterId === undefined || !living.has(card.clusterId)),
    heldCount: tops.filter((card) => card.held && card.deletedAt === undefined).length,
    deleted: viewer.role === 'facilitator' ? ofPart.filter((card) => card.deletedAt !== undefined) : [],
    problems,
  };
}
