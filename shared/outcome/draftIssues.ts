import type { CardInput, ClusterInput } from './inputs';
import type { OutcomeLabels } from './labels';
import type { SourceRef } from './links';
import { fillCounted, fillLocal, joinList } from './labels';
import { oneLine, shorten } from './text';

/**
 * The key issues of a first draft: the room's own clusters first, ranked by the votes their
 * cards received, each with the barriers its cards were filed under and one card quoted; then
 * the best single cards. Cards the facilitator held back are never quoted or counted unless the
 * caller includes them: holding a card back is a decision that it is not for the room's record.
 */
const byVotesThenText = (a: CardInput, b: CardInput): number => b.votes - a.votes || a.text.localeCompare(b.text);

export function keyIssues(clusters: readonly ClusterInput[], cards: readonly CardInput[], labels: OutcomeLabels, target: number) {
  const members = new Map<string, CardInput[]>();
  for (const card of cards) {
    if (card.cluster === undefined) continue;
    members.set(card.cluster, [...(members.get(card.cluster) ?? []), card]);
  }
  const ranked = clusters
    .filter((cluster) => (members.get(cluster.id)?.length ?? 0) > 0 && oneLine(cluster.label) !== '')
    .map((cluster) => {
      const list = (members.get(cluster.id) ?? []).sort(byVotesThenText);
      return { cluster, list, votes: list.reduce((sum, card) => sum + card.votes, 0) };
    })
    .sort((a, b) => b.votes - a.votes || b.list.length - a.list.length || a.cluster.label.localeCompare(b.cluster.label));

  // Leave at least a third of the section to single cards, so a strong idea outside any cluster still shows.
  const clusterSlots = Math.max(1, Math.ceil((target * 2) / 3));
  const chosen = ranked.slice(0, clusterSlots);
  const votesText = (count: number) => fillCounted(labels.draft.votes, count, { count }, labels);
  // Each line names its cluster and the card it quotes, or the single card, for the organiser to check.
  const links: SourceRef[][] = chosen.map(({ cluster, list }) => [
    { kind: 'cluster', id: cluster.id },
    { kind: 'card', id: (list[0] as CardInput).id },
  ]);
  const bullets = chosen.map(({ cluster, list, votes }) =>
    fillCounted(
      labels.draft.keyIssueCluster,
      list.length,
      { label: withBarriers(oneLine(cluster.label), barriersOf(list), labels), cards: list.length, votes: votesText(votes), example: shorten((list[0] as CardInput).text, 120, labels.draft.ellipsis) },
      labels,
    ),
  );
  const covered = new Set(chosen.map(({ cluster }) => cluster.id));
  const singles = cards.filter((card) => card.cluster === undefined || !covered.has(card.cluster)).sort(byVotesThenText);
  for (const card of singles) {
    if (bullets.length >= target) break;
    const barriers = barriersOf([card]);
    const template = barriers.length > 0 ? labels.draft.keyIssueCardWithBarriers : labels.draft.keyIssueCard;
    bullets.push(fillLocal(template, { text: oneLine(card.text), barriers: joinList(barriers, labels), votes: votesText(card.votes) }, labels));
    links.push([{ kind: 'card', id: card.id }]);
  }
  const unused = ranked.slice(chosen.length).map(({ cluster }) => ({ text: oneLine(cluster.label), ref: { kind: 'cluster', id: cluster.id } as SourceRef }));
  return { bullets, links, unused };
}

/** The categories (barriers) a group of cards was filed under, most used first, at most two. */
function barriersOf(cards: readonly CardInput[]): string[] {
  const counts = new Map<string, number>();
  for (const card of cards) {
    const name = oneLine(card.categoryLabel ?? '');
    if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([name]) => name);
}

function withBarriers(label: string, barriers: readonly string[], labels: OutcomeLabels): string {
  return barriers.length === 0 ? label : fillLocal(labels.draft.withBarriers, { label, barriers: joinList(barriers, labels) }, labels);
}
