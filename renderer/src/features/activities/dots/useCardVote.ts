import type * as Y from 'yjs';
import type { DotsActivity } from '@shared/activities/activitySchema';
import type { Viewer } from '@shared/activities/board';
import { cardVoteSetup, type CardVoteInput } from '@shared/activities/cardVote';
import { pollView, readBallots } from '@shared/activities/votes';
import type { RunState } from '@shared/run/state';
import { useDocValue } from '../useDocValue';

/**
 * Everything a dot-vote panel shows, read in one pass: the cards on offer (in board order, so
 * a participant's list does not jump as dots land), the viewer's dots and what results they may
 * see. `input` is what dotCard and undotCard need to write.
 */
export function useCardVote(doc: Y.Doc, pollId: string, sourcePartId: string, config: DotsActivity, run: RunState, viewer: Viewer) {
  return useDocValue(
    doc,
    (current) => {
      const input: CardVoteInput = { pollId, sourcePartId, config, run };
      const setup = cardVoteSetup(current, input);
      const view = pollView(readBallots(current, pollId).ballots, viewer, setup.context, setup.options);
      const textOf = (id: string) => setup.cards.get(id)?.text ?? '';
      return { input, options: setup.options, view, textOf };
    },
    [pollId, sourcePartId, config, run, viewer.deviceId, viewer.role],
  );
}
