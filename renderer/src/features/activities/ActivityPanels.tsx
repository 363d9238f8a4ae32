import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import type { AgendaPart } from '@shared/workshop/schema';

/**
 * The contract between the live screens (run, projector, participant view) and the activities
 * of a part (cards, dot voting, competencies, Q&A). Each live screen renders the panel for its
 * audience; the panels read and write the workshop document themselves.
 */
export type ActivityPanelProps = {
  doc: Y.Doc;
  part: AgendaPart;
  actor: Actor;
};

/** The facilitator's view of the current part's activity: moderation and results. */
export function FacilitatorActivity(_props: ActivityPanelProps) {
  return null;
}

/** What a participant does in the current part: add a card, place dots, rate, ask. */
export function ParticipantActivity(_props: ActivityPanelProps) {
  return null;
}

/** What the room sees on the projector: cards as they arrive, results as a ranked chart. */
export function ProjectorActivity(_props: ActivityPanelProps) {
  return null;
}
