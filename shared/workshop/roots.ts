/**
 * The top-level shared types of a workshop's Y.Doc, and who may write each. The hub reads this
 * list to refuse a participant's write to a facilitator-owned root (see docs/SECURITY.md).
 * A feature that adds a root adds it here first.
 */
// `outcome` is the organiser's report (shared/outcome/store.ts): written from the facilitator's side only.
export const facilitatorRoots = ['meta', 'parts', 'run', 'outcome'] as const;
// `roadmap` holds roadmap items: the facilitator adds, moves, accepts and merges them; participants
// add proposals and co-edit descriptions (the rich text is shared by everyone in the room).
// `roadmapComments` holds comment threads on items: everyone writes, authors and the facilitator resolve.
export const participantRoots = ['cards', 'clusters', 'votes', 'ratings', 'questions', 'participants', 'roadmap', 'roadmapComments'] as const;

export type RootName = (typeof facilitatorRoots)[number] | (typeof participantRoots)[number];

export function isFacilitatorRoot(name: string): boolean {
  return (facilitatorRoots as readonly string[]).includes(name);
}
