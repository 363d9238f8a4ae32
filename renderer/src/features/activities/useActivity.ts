import type * as Y from 'yjs';
import { activityOf, voteSourcePart, type ActivityConfig } from '@shared/activities/config';
import { readRun, type RunState } from '@shared/run/state';
import type { AgendaPart } from '@shared/workshop/schema';
import { readWorkshop } from '@shared/workshop/doc';
import { watched } from './watchedRoots';
import { useDocValue } from './useDocValue';

export type ActivitySetup = { config: ActivityConfig; run: RunState; sourcePart: AgendaPart | undefined };

/**
 * The activity a part runs, with what every panel needs around it: the run state (is the vote
 * closed?) and, for a dot vote, the brainstorm whose cards it votes on. Read from the document,
 * so a facilitator changing the set-up mid-session reaches every screen.
 */
export function useActivity(doc: Y.Doc, part: AgendaPart): ActivitySetup {
  return useDocValue(
    doc,
    watched.agenda,
    (current) => {
      const snapshot = readWorkshop(current);
      const context = { format: snapshot.meta?.format };
      const fresh = snapshot.parts.find((item) => item.id === part.id) ?? part;
      const config = activityOf(fresh, context);
      const sourcePart = config.kind === 'dots' ? voteSourcePart(snapshot.parts, part.id, context) : undefined;
      return { config, run: readRun(current), sourcePart };
    },
    [part],
  );
}
