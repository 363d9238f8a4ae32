import type { Board, BoardCard } from '@shared/activities/board';

export type CardGroup = { id: string; name: string; cards: BoardCard[] };

/**
 * The board as the room reads it: each of the facilitator's groups that holds cards, then the
 * cards not grouped yet (named only when there are groups to tell them apart from).
 */
export function cardGroups(board: Board, ungroupedName: string): CardGroup[] {
  const named = board.clusters.filter((group) => group.cards.length > 0).map((group) => ({ id: group.cluster.id, name: group.cluster.name, cards: group.cards }));
  const rest = { id: '', name: board.clusters.length > 0 ? ungroupedName : '', cards: board.ungrouped };
  return [...named, rest].filter((group) => group.cards.length > 0);
}
