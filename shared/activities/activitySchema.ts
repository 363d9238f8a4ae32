import { z } from 'zod';

/**
 * What participants do during a part, stored on the part itself (field `activity`) so it
 * travels with the agenda and is set while planning. A part without one gets the default for its
 * kind (defaultActivity), so agendas written before activities existed still run.
 */
// The hackathon's kinds carry no settings of their own: team size, deadline and judges apply
// across parts, so they live in the `hackathon` root (shared/hackathon/settings.ts).
export const activityKinds = ['cards', 'dots', 'competencies', 'qna', 'teams', 'sprint', 'submissions', 'judging', 'roadmap', 'insights', 'commitments', 'none'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** A card category: `key` is an i18n key (the built-in barriers), `label` the facilitator's own
 *  words; a category has one or the other. */
export const categorySchema = z.looseObject({
  id: z.string().min(1).max(64),
  key: z.string().max(120).optional(),
  label: z.string().max(80).optional(),
});
export type CardCategory = z.infer<typeof categorySchema>;

export const cardLengthBounds = { min: 20, max: 1000, default: 280 } as const;

export const cardsActivitySchema = z.looseObject({
  kind: z.literal('cards'),
  maxLength: z.number().int().min(cardLengthBounds.min).max(cardLengthBounds.max),
  categories: z.array(categorySchema).max(12),
  /** Anonymous: the author's name is not stored (their device id still is, so they can edit). */
  anonymous: z.boolean(),
  /** New cards arrive held back, seen only by the facilitator and their author until revealed. */
  holdNew: z.boolean(),
  /** Participants see the facilitator's groups of cards only once this is set (absent: not yet). */
  groupsShown: z.boolean().optional(),
});

/** Shared by plain dot votes and the competency priorities. */
const dotRules = {
  /** Dots each voter may place. */
  dots: z.number().int().min(1).max(20),
  /** Dots one voter may place on one option: 1 means "spread your dots". */
  maxPerOption: z.number().int().min(1).max(20),
  /** Results stay hidden from participants until the facilitator closes the vote. */
  hiddenUntilClosed: z.boolean(),
};

export const dotsActivitySchema = z.looseObject({
  kind: z.literal('dots'),
  ...dotRules,
  /** The part whose cards are voted on; empty means the nearest cards part before this one. */
  sourcePartId: z.string().max(64),
});

export const assessmentRounds = ['before', 'after'] as const;
export type AssessmentRound = (typeof assessmentRounds)[number];

export const competenciesActivitySchema = z.looseObject({
  kind: z.literal('competencies'),
  ...dotRules,
  /** Pick the competencies that matter most (a dot vote). */
  prioritise: z.boolean(),
  /** Rate one's own level on each competency. */
  selfAssess: z.boolean(),
  /** Which assessment this part collects; a training repeats it as "after". */
  round: z.enum(assessmentRounds),
});

export const qnaActivitySchema = z.looseObject({
  kind: z.literal('qna'),
  maxLength: z.number().int().min(cardLengthBounds.min).max(cardLengthBounds.max),
  anonymous: z.boolean(),
});

/** The roadmap part: items on a board by horizon, with priority votes under the dot rules. */
export const roadmapActivitySchema = z.looseObject({
  kind: z.literal('roadmap'),
  ...dotRules,
  /** Board columns in quarters or in half-years of the first two years (both always end in "later"). */
  granularity: z.enum(['quarters', 'halves']),
  /** The part whose challenge cards items can link to; empty means the nearest cards part before. */
  challengePartId: z.string().max(64),
});

/** The ten insights check: each person rates their organisation on the ten insights (seed 004). */
export const insightsActivitySchema = z.looseObject({
  kind: z.literal('insights'),
  /** Anonymous: the facilitator sees only how many answered, not who (only the room's profile is
   *  ever shown either way). */
  anonymous: z.boolean(),
});

/** Reviewing earlier workshops' commitments: the facilitator sets each one's status (root
 *  `commitments`); the room sees the list. No settings of its own. */
export const commitmentsActivitySchema = z.looseObject({ kind: z.literal('commitments') });

export const noActivitySchema = z.looseObject({ kind: z.literal('none') });
/** Forming teams; working in the team space; submitting pitches; scoring and the reveal. */
export const teamsActivitySchema = z.looseObject({ kind: z.literal('teams') });
export const sprintActivitySchema = z.looseObject({ kind: z.literal('sprint') });
export const submissionsActivitySchema = z.looseObject({ kind: z.literal('submissions') });
export const judgingActivitySchema = z.looseObject({ kind: z.literal('judging') });

export const activityConfigSchema = z.discriminatedUnion('kind', [cardsActivitySchema, dotsActivitySchema, competenciesActivitySchema, qnaActivitySchema, teamsActivitySchema, sprintActivitySchema, submissionsActivitySchema, judgingActivitySchema, roadmapActivitySchema, insightsActivitySchema, commitmentsActivitySchema, noActivitySchema]);

export type CardsActivity = z.infer<typeof cardsActivitySchema>;
export type DotsActivity = z.infer<typeof dotsActivitySchema>;
export type CompetenciesActivity = z.infer<typeof competenciesActivitySchema>;
export type QnaActivity = z.infer<typeof qnaActivitySchema>;
export type RoadmapActivity = z.infer<typeof roadmapActivitySchema>;
export type InsightsActivity = z.infer<typeof insightsActivitySchema>;
export type ActivityConfig = z.infer<typeof activityConfigSchema>;
/** The vote rules a dots or competencies activity carries. */
export type DotRules = Pick<DotsActivity, 'dots' | 'maxPerOption' | 'hiddenUntilClosed'>;
