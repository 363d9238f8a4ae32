/**
 * The top-level shared types of a workshop's Y.Doc, and who may write each. The hub judges every
 * participant's update by what it changed (shared/access/policy.ts): a root not listed as a
 * participant root is refused to participants, and each participant root has its own rule about
 * whose entries may be written and how. A feature that adds a root adds it here first, and, for
 * a participant root, a rule in shared/access/rules/.
 */
// `outcome` is the organiser's report (shared/outcome/store.ts). `rubric` (criteria, weights,
// scale) and `hackathon` (team size, deadline, judges, reveal) are the hackathon's rules
// (shared/hackathon/settings.ts). `clusters` are the facilitator's groups of cards and
// `challenges` the hackathon's statements: both written from the facilitator's side only.
// `outcomeMarks` are the cards, roadmap items and questions the facilitator marked as outcomes
// (shared/outcome/marks.ts): kept apart from those roots so their authors cannot forge a mark.
// `coalition` holds the organiser's consent text and working groups (shared/coalition/), which
// each participant's own register entry refers to when they express interest.
// `commitments` are earlier workshops' actions carried forward and the facilitator's reviews of
// them (shared/commitments/): what the room says of them is the facilitator's to record.
export const facilitatorRoots = ['meta', 'parts', 'run', 'outcome', 'rubric', 'hackathon', 'clusters', 'challenges', 'outcomeMarks', 'coalition', 'commitments'] as const;
// Roots participants write, each entry owned by someone (shared/access/rules/):
// `cards` (the author's), `votes` and `ratings` (keyed by the voter's identity), `questions`
// (the asker's, plus each person's own upvote), `participants` (each person's own register row),
// `teams` (members' seats, canvas and checklist), `submissions` (a team's), `scores` (a judge's
// own sheets), `roadmap` (proposals, co-edited descriptions), `roadmapComments` and `insights`
// (each person's own answers to the ten insights check, keyed by their identity),
// `attachments` (files a team attaches to its pitch, each removable by its author).
export const participantRoots = ['cards', 'votes', 'ratings', 'questions', 'participants', 'teams', 'submissions', 'scores', 'roadmap', 'roadmapComments', 'insights', 'attachments'] as const;

export type RootName = (typeof facilitatorRoots)[number] | (typeof participantRoots)[number];

export function isFacilitatorRoot(name: string): boolean {
  return (facilitatorRoots as readonly string[]).includes(name);
}

export function isParticipantRoot(name: string): name is (typeof participantRoots)[number] {
  return (participantRoots as readonly string[]).includes(name);
}
