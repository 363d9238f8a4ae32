import { z } from 'zod';

/**
 * The coalition register: people who said, in a workshop, that they want to join the coalition
 * a programme is building, or one of its working groups.
 *
 * - The organiser's side lives in the facilitator-only root `coalition`, under the key
 *   `settings`: whether participants are asked at all, the consent text they agree to (empty
 *   means the app's default, shown in each participant's language) and the working groups.
 * - The participant's side is one field, `coalition`, of their own attendance register entry
 *   (root `participants`), which only they (and the facilitator) may write. It records either a
 *   live interest with what was consented to (which text, by hash and version, in which language,
 *   when), or a withdrawal with its time. A withdrawal keeps nothing of the interest, so no export
 *   can reveal it; its time lets a programme tell which decision came last.
 */
export const coalitionRoot = 'coalition';
export const coalitionSettingsKey = 'settings';

export const coalitionLimits = { consentText: 2000, workingGroups: 20, workingGroupLabel: 120, id: 64 } as const;

const idSchema = z.string().min(1).max(coalitionLimits.id);
/** A time a Date can hold, so an export never meets a crafted one it cannot print. */
const timeSchema = z.number().int().min(0).max(8_640_000_000_000_000);

export const workingGroupSchema = z.object({
  id: idSchema,
  label: z.string().min(1).max(coalitionLimits.workingGroupLabel),
});
export type WorkingGroup = z.infer<typeof workingGroupSchema>;

export const coalitionSettingsSchema = z.looseObject({
  /** Participants see the question only when the organiser asks it. */
  open: z.boolean(),
  consentText: z.string().max(coalitionLimits.consentText),
  workingGroups: z.array(workingGroupSchema).max(coalitionLimits.workingGroups),
  /** Counts every change of the consent text, so a consent can name the version it was given to. */
  version: z.number().int().min(0),
  updatedAt: z.number(),
});
export type CoalitionSettings = z.infer<typeof coalitionSettingsSchema>;

export const noCoalitionSettings: CoalitionSettings = { open: false, consentText: '', workingGroups: [], version: 0, updatedAt: 0 };

/** What was agreed to: the SHA-256 of the exact text shown, its version, its language, when. */
export const consentRecordSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  version: z.number().int().min(0),
  language: z.string().min(1).max(16),
  at: timeSchema,
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const coalitionInterestSchema = z.discriminatedUnion('state', [
  z
    .object({
      state: z.literal('interested'),
      joinCoalition: z.boolean(),
      workingGroups: z.array(idSchema).max(coalitionLimits.workingGroups),
      consent: consentRecordSchema,
    })
    .refine((interest) => interest.joinCoalition || interest.workingGroups.length > 0, { message: 'an interest in nothing' })
    .refine((interest) => new Set(interest.workingGroups).size === interest.workingGroups.length, { message: 'a working group twice' }),
  z.object({
    state: z.literal('withdrawn'),
    at: timeSchema,
    /** The person themself, or the facilitator at their request. */
    by: z.enum(['self', 'facilitator']),
  }),
]);
export type CoalitionInterest = z.infer<typeof coalitionInterestSchema>;
export type LiveInterest = Extract<CoalitionInterest, { state: 'interested' }>;
