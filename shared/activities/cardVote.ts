import type * as Y from 'yjs';
import type { RunState } from '../run/state';
import { isPollClosed } from '../run/state';
import type { DotsActivity } from './activitySchema';
import type { Viewer } from './board';
import { cardVisibleTo } from './board';
import type { Card } from './cards';
import { readCards, resolveCard } from './cards';
import type { Outcome } from './outcome';
import type { PollView, VoteContext, VoteRefusalCode } from './votes';
import { placeDot, pollView, readBallots, removeDot } from './votes';

/**
 * A dot vote on the cards of a brainstorm: ties the vote rules to the cards (merged cards count
 * for the card they joined; deleted and held cards cannot be voted on) and to the run (whether
 * the facilitator has closed the vote). The poll id is the voting part's id.
 */
export type CardVoteInput = {
  pollId: string;
  /** The part whose cards are voted on (see voteSourcePart). */
  sourcePartId: string;
  config: Pick<DotsActivity, 'dots' | 'maxPerOption' | 'hiddenUntilClosed'>;
  run: RunState;
};

export type CardVoteSetup = { context: VoteContext & Pick<DotsActivity, 'hiddenUntilClosed'>; options: string[]; cards: Map<string, Card> };

/** Everyone votes on what everyone can see: held cards are not on offer until revealed. */
const anyParticipant: Viewer = { deviceId: '', role: 'participant' };

export function cardVoteSetup(doc: Y.Doc, input: CardVoteInput): CardVoteSetup {
  const { cards } = readCards(doc);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const options = cards
    .filter((card) => card.partId === input.sourcePartId && resolveCard(byId, card.id) === card.id && cardVisibleTo(card, anyParticipant))
    .map((card) => card.id);
  const offered = new Set(options);
  return {
    context: {
      rules: input.config,
      hiddenUntilClosed: input.config.hiddenUntilClosed,
      closed: isPollClosed(input.run, input.pollId),
      resolve: (id) => resolveCard(byId, id),
      isOption: (id) => offered.has(id),
    },
    options,
    cards: byId,
  };
}

export function cardVoteView(doc: Y.Doc, input: CardVoteInput, viewer: Viewer): PollView & { cards: Map<string, Card> } {
  const setup = cardVoteSetup(doc, input);
  const { ballots } = readBallots(doc, input.pollId);
  return { ...pollView(ballots, viewer, setup.context, setup.options), cards: setup.cards };
}

export function dotCard(doc: Y.Doc, input: CardVoteInput, voterId: string, cardId: string, now: number): Outcome<{ left: number }, VoteRefusalCode> {
  return placeDot(doc, input.pollId, voterId, cardId, cardVoteSetup(doc, input).context, now);
}

export function undotCard(doc: Y.Doc, input: CardVoteInput, voterId: string, cardId: string, now: number): Outcome<undefined, VoteRefusalCode> {
  return removeDot(doc, input.pollId, voterId, cardId, cardVoteSetup(doc, input).context, now);
}
