/**
 * Who is writing, as the hub knows it. The hub issues every participant and judge an identity
 * when they join (a token their device keeps) and every facilitator connection presents the
 * facilitator secret, so `id` cannot be chosen by the writer. Entries people own are keyed by
 * this id: ballots `<pollId>/<id>`, ratings `<round>/<id>`, score sheets `<id>/<submissionId>`,
 * register rows `<id>`, and records carry it as their author.
 */
export const writerRoles = ['facilitator', 'participant', 'judge'] as const;
export type WriterRole = (typeof writerRoles)[number];

export type Writer = { role: WriterRole; id: string };

/** The identity every facilitator connection writes as. */
export const facilitatorIdentity = 'facilitator';
