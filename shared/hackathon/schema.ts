import { z } from 'zod';
import { genders, stakeholderGroups } from '../attendance/schema';

/**
 * The stored shapes of a policy hackathon, one zod definition each. Roots (see
 * ../workshop/roots.ts): `challenges`, `teams`, `submissions` and `scores` are written from
 * participants' devices; `rubric` and `hackathon` (judges, team size, deadline, reveal) only from
 * the facilitator's. Readers validate every record and skip what fails, never throwing.
 */
export const challengesRoot = 'challenges';
export const teamsRoot = 'teams';
export const submissionsRoot = 'submissions';
export const scoresRoot = 'scores';
export const rubricRoot = 'rubric';
export const settingsRoot = 'hackathon';

export const hackathonRoots = [challengesRoot, teamsRoot, submissionsRoot, scoresRoot, rubricRoot, settingsRoot] as const;

export const limits = {
  title: 120,
  field: 2000,
  summary: 1500,
  teamName: 60,
  minTeamSize: 2,
  maxTeamSize: 12,
  defaultTeamSize: 5,
  criteria: 10,
  criterionLabel: 80,
  judges: 20,
} as const;

export const challengeFields = ['problem', 'affected', 'data', 'constraints', 'owner'] as const;
export type ChallengeField = (typeof challengeFields)[number];

export const challengeSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string().min(1).max(limits.title),
  problem: z.string().max(limits.field),
  /** Who the problem affects. */
  affected: z.string().max(limits.field),
  /** Data a team could use. */
  data: z.string().max(limits.field),
  constraints: z.string().max(limits.field),
  /** The public body that owns the challenge. */
  owner: z.string().max(limits.title),
  createdAt: z.number(),
  deletedAt: z.number().optional(),
});
export type Challenge = z.infer<typeof challengeSchema>;

/** The team canvas, in the order a team fills it in; each field is a Y.Text so members co-edit. */
export const canvasFields = ['problem', 'users', 'idea', 'howItWorks', 'dataNeeded', 'risks', 'nextSteps'] as const;
export type CanvasField = (typeof canvasFields)[number];

/** What a team should have ready before it pitches. */
export const deliverables = ['canvasComplete', 'summaryWritten', 'dataChecked', 'ownerConsulted', 'pitchRehearsed'] as const;
export type Deliverable = (typeof deliverables)[number];

export const memberSchema = z.looseObject({
  name: z.string().max(200),
  joinedAt: z.number(),
  /** Self-declared, used only for the balance hint when the name is not in the register. */
  group: z.enum(stakeholderGroups).optional(),
  gender: z.enum(genders).optional(),
});
export type Member = z.infer<typeof memberSchema>;

export const teamSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1).max(limits.teamName),
  challengeId: z.string().max(64),
  createdAt: z.number(),
  createdBy: z.string().min(1),
  /** Device id → member. A device belongs to at most one team (joining another leaves the old). */
  members: z.record(z.string(), memberSchema),
  canvas: z.record(z.string(), z.string().max(limits.field * 2)).optional(),
  checklist: z.record(z.string(), z.boolean()).optional(),
  deletedAt: z.number().optional(),
});
export type Team = z.infer<typeof teamSchema>;

export const submissionSchema = z.looseObject({
  /** The team's id: one submission per team, replaced by a later one (which keeps firstSubmittedAt). */
  teamId: z.string().min(1),
  summary: z.string().max(limits.summary),
  /** The canvas as it stood when submitted, so later edits do not change what judges score. */
  canvas: z.record(z.string(), z.string()),
  submittedAt: z.number(),
  firstSubmittedAt: z.number(),
  submittedBy: z.string().min(1),
  /** The deadline in force at the time, or null when none was set; `late` compares the two. */
  deadlineAt: z.number().nullable(),
  late: z.boolean(),
});
export type Submission = z.infer<typeof submissionSchema>;

export const criterionSchema = z.looseObject({
  id: z.string().min(1).max(64),
  label: z.string().min(1).max(limits.criterionLabel),
  /** Whole percent; the rubric's weights add up to exactly 100. */
  weight: z.number().int().min(1).max(100),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const scaleSchema = z
  .looseObject({ min: z.number().int().min(0).max(10), max: z.number().int().min(1).max(100) })
  .refine((scale) => scale.max > scale.min, { message: 'max must be above min' });
export type Scale = z.infer<typeof scaleSchema>;

export const rubricSchema = z.looseObject({
  criteria: z.array(criterionSchema).min(1).max(limits.criteria),
  scale: scaleSchema,
});
export type Rubric = z.infer<typeof rubricSchema>;

export const judgeSchema = z.looseObject({ deviceId: z.string().min(1).max(64), name: z.string().max(200) });
export type Judge = z.infer<typeof judgeSchema>;

export const settingsSchema = z.looseObject({
  maxTeamSize: z.number().int().min(limits.minTeamSize).max(limits.maxTeamSize),
  /** A fixed deadline (ms); null means the end of the pitches part's timer. */
  deadlineAt: z.number().nullable(),
  judges: z.array(judgeSchema).max(limits.judges),
  /** Judging closed: scores become readable and results are computed. */
  closed: z.boolean(),
  /** How many rank groups the projector has revealed, last place first. */
  revealStep: z.number().int().min(0),
});
export type HackathonSettings = z.infer<typeof settingsSchema>;

/** One judge's marks for one submission, stored whole under `<judgeId>/<submissionId>`. */
export const scoreSheetSchema = z.looseObject({
  judgeId: z.string().min(1),
  submissionId: z.string().min(1),
  marks: z.record(z.string(), z.number()),
  updatedAt: z.number(),
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;
