import { z } from 'zod';
import { isClock } from '../agenda/clock';
import { activityConfigSchema } from '../activities/activitySchema';
import { maxPartMinutes, minPartMinutes, partKinds } from './partKinds';

/**
 * The one definition of what a workshop document holds. Every shape kept in the Y.Doc is
 * declared here with its validator; UI code reads and writes through ./doc.ts, never through
 * raw Y.Map keys.
 *
 * Schema versions: 1 is the first. A document written by a newer Baraza (a higher version) opens
 * read-only, so that nothing this version does not understand is rewritten.
 */
export const schemaVersion = 1;

export const formatIds = ['forum3', 'dialogue', 'lightning', 'hackathon1', 'hackathon2', 'blank'] as const;
export type FormatId = (typeof formatIds)[number];

const clockOrEmpty = z.string().refine((value) => value === '' || isClock(value), { message: 'a time as HH:MM (24-hour), or empty' });
const isoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'a date as YYYY-MM-DD, or empty' });

/** SDG goals ("5") and targets ("16.7"). */
/** WSIS Action Lines C1 to C11. */
export const wsisLinePattern = /^C([1-9]|1[01])$/;
export const sdgTagPattern = /^(1[0-7]|[1-9])(\.([1-9]\d?|[a-c]))?$/;

const metaShape = {
  schemaVersion: z.number().int().positive(),
  id: z.string().min(1),
  title: z.string().max(200),
  format: z.enum(formatIds),
  date: isoDateOrEmpty,
  startTime: clockOrEmpty,
  endTime: clockOrEmpty,
  venue: z.string().max(300),
  organiser: z.string().max(300),
  language: z.string().max(35),
  sdgTags: z.array(z.string().regex(sdgTagPattern)).max(40),
  description: z.string().max(5000),
  createdAt: z.number(),
  archived: z.boolean(),
  // Who ran the session, for the IGF-style session report (shared/outcome/igf.ts): free text.
  speakers: z.string().max(1000).optional(),
  onsiteModerator: z.string().max(300).optional(),
  onlineModerator: z.string().max(300).optional(),
  rapporteur: z.string().max(300).optional(),
  /** WSIS Action Lines the session addresses ("C7"), beside the SDG tags. */
  wsisLines: z.array(z.string().regex(wsisLinePattern)).max(11).optional(),
};
/** Loose: fields added by a newer version are kept, not stripped. */
export const metaSchema = z.looseObject(metaShape);
export type WorkshopMeta = z.infer<z.ZodObject<typeof metaShape>>;

const partShape = {
  id: z.string().min(1),
  title: z.string().max(200),
  kind: z.enum(partKinds),
  minutes: z.number().int().min(minPartMinutes).max(maxPartMinutes),
  questions: z.array(z.string().max(1000)).max(30),
  fixedStart: clockOrEmpty,
  position: z.number().finite(),
  /** What participants do in this part (cards, dots, ...). Absent: the default for the kind.
   *  An activity this version cannot read (written by a newer one) also falls back to the
   *  default rather than hiding the whole part. */
  activity: activityConfigSchema.optional().catch(undefined),
};
export const partSchema = z.looseObject(partShape);
export type AgendaPart = z.infer<z.ZodObject<typeof partShape>>;

/** Fields a user may edit on the workshop's details screen. (The types come from the closed
 *  shapes: Omit<> over a loose object's index signature would erase every named key.) */
export type EditableMeta = Omit<WorkshopMeta, 'schemaVersion' | 'id' | 'createdAt'>;
export type EditablePart = Omit<AgendaPart, 'id' | 'position'>;

export function describeIssues(error: z.ZodError, where: string): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? `${where}.${issue.path.join('.')}` : where;
    return `${path}: ${issue.message}`;
  });
}
