import { z } from 'zod';
import { coalitionInterestSchema } from '../coalition/schema';

/**
 * The attendance register (root `participants`): a Y.Map from participant id to a Y.Map of the
 * fields below. Values of group, gender and mode are ids; their labels are the i18n keys
 * `attendance.groups.<id>`, `attendance.genders.<id>`, `attendance.modes.<id>`. A field left
 * out means "not recorded", which the counts keep apart from any answer (a person who preferred
 * not to say answered; a sign-up sheet with no gender column did not ask).
 */
export const participantsRoot = 'participants';

export const stakeholderGroups = ['government', 'civilSociety', 'intergovernmental', 'academia', 'privateSector', 'technicalCommunity', 'media', 'other'] as const;
export type StakeholderGroup = (typeof stakeholderGroups)[number];

export const genders = ['woman', 'man', 'anotherIdentity', 'preferNotToSay'] as const;
export type Gender = (typeof genders)[number];

export const attendanceModes = ['onsite', 'online'] as const;
export type AttendanceMode = (typeof attendanceModes)[number];

export const participantLimits = { name: 200, organisation: 200, country: 100, email: 254 } as const;

/** Deliberately loose: it catches typos such as a missing @ or domain, not every RFC corner. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const participantSchema = z
  .looseObject({
    id: z.string().min(1),
    name: z.string().min(1).max(participantLimits.name),
    organisation: z.string().max(participantLimits.organisation),
    group: z.enum(stakeholderGroups).optional(),
    gender: z.enum(genders).optional(),
    country: z.string().max(participantLimits.country),
    mode: z.enum(attendanceModes).optional(),
    /** Present only with consent: a record holding one without it is refused on reading. */
    email: z.string().max(participantLimits.email).optional(),
    emailConsent: z.boolean(),
    createdAt: z.number(),
    source: z.enum(['quickAdd', 'import', 'self']),
    deletedAt: z.number().optional(),
    /** Interest in the programme's coalition and its working groups (shared/coalition/). */
    coalition: coalitionInterestSchema.optional(),
  })
  .refine((p) => p.email === undefined || p.emailConsent, { message: 'email stored without consent', path: ['email'] });
export type Participant = z.infer<typeof participantSchema>;

/** Labels for counts and pickers. */
export const groupKey = (group: StakeholderGroup) => `attendance.groups.${group}`;
export const genderKey = (gender: Gender) => `attendance.genders.${gender}`;
export const modeKey = (mode: AttendanceMode) => `attendance.modes.${mode}`;
export const notRecordedKey = 'attendance.notRecorded';
