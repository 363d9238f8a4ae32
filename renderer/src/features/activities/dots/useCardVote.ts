import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { DotsActivity } from '@shared/activities/activitySchema';
import type { Viewer } from '@shared/activities/board';
import { cardVoteSetup, type CardVoteInput } from '@shared/activities/cardVote';
import { cardsRoot } from '@shared/activities/cards';
import { pollView, readBallots, votesRoot } from '@shared/activities/votes';
import { isPollClosed, type RunState } from '@shared/run/state';
import { useDocValue } from '../useDocValue';

/**
 * Everything a dot-vote panel shows: the cards on offer (in board order, so a participant's list
 * does not jump as dots land), the viewer's dots and what results they may see; `input` is what
 * dotCard and undotCard need to write. The cards are read and checked only when cards change,
 * the ballots only when votes change: a dot must reach the ranking fast in a room of 2,000 cards.
 */
export function useCardVote(doc: Y.Doc, pollId: string, sourcePartId: string, config: DotsActivity, run: RunState, viewer: Viewer) {
  const closed = isPollClosed(run, pollId);
  const { dots, maxPerOption, hiddenUntilClosed } = config;
  const input: CardVoteInput = useMemo(() => ({ pollId, sourcePartId, config: { dots, maxPerOption, hiddenUntilClosed }, run }), [pollId, sourcePartId, dots, maxPerOption, hiddenUntilClosed, run]);
  const setup = useDocValue(doc, [cardsRoot], (current) => cardVoteSetup(current, input), [pollId, sourcePartId, dots, maxPerOption, hiddenUntilClosed, closed]);
  const ballots = useDocValue(doc, [votesRoot], (current) => readBallots(current, pollId).ballots, [pollId]);
  return useMemo(() => {
    const view = pollView(ballots, viewer, setup.context, setup.options);
    const textOf = (id: string) => setup.cards.get(id)?.text ?? '';
    return { input, context: setup.context, options: setup.options, view, textOf };
  }, [ballots, setup, input, viewer]);
}
