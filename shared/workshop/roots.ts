/**
 * The top-level shared types of a workshop's Y.Doc, and who may write each. The hub reads this
 * list to refuse a participant's write to a facilitator-owned root (see docs/SECURITY.md).
 * A feature that adds a root adds it here first.
 */
// `outcome` is the organiser's report (shared/outcome/store.ts): written from the facilitator's side only.
// `rubric` (criteria, weights, scale) and `hackathon` (team size, deadline, judges, reveal) are
// the hackathon's rules (shared/hackathon/settings.ts): the facilitator's alone.
export const facilitatorRoots = ['meta', 'parts', 'run', 'outcome', 'rubric', 'hackathon'] as const;
// Hackathon roots written from participants' devices (shared/hackathon/): `challenges` (statements;
// the write functions still ask for the facilitator role), `teams` (members, co-edited canvases),
// `submissions` (one per team, under the team id) and `scores` (a judge writes only keys
// `<judgeId>/<submissionId>` starting with their own device id).
// `roadmap` holds roadmap items: the facilitator adds, moves, accepts and merges them; participants
// add proposals and co-edit descriptions (the rich text is shared by everyone in the room).
// `roadmapComments` holds comment threads on items: everyone writes, authors and the facilitator resolve.
export const participantRoots = [
  'cards',
  'clusters',
  'votes',
  'ratings',
  'questions',
  'participants',
  'challenges',
  'teams',
  'submissions',
  'scores',
  'roadmap',
  'roadmapComments',
] as const;

export type RootName = (typeof facilitatorRoots)[number] | (typeof participantRoots)[number];

export function isFacilitatorRoot(name: string): boolean {
  return (facilitatorRoots as readonly string[]).includes(name);
}
