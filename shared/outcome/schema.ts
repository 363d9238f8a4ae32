import { z } from 'zod';
import { sdgTagPattern } from '../workshop/schema';
import type { OutcomeDocument } from './model';

/**
 * The validator of the outcome document as read from the Y.Doc. Its caps are hard limits
 * against runaway or hostile input (a peer pasting a book into a bullet); the template's
 * section sizes are softer and live in ./model.ts as warnings.
 */
export const maxBulletChars = 4000;
export const maxBulletsPerSection = 50;

const count = z.number().int().min(0).max(1_000_000);
const bullets = z.array(z.string().max(maxBulletChars)).max(maxBulletsPerSection);
const counts = z.record(z.string().max(100), count);

export const participationSchema = z.looseObject({
  onsite: count,
  online: count,
  notRecorded: count.optional(),
  byGender: counts,
  byGroup: counts,
});

export const outcomeSchema = z.looseObject({
  title: z.string().max(300),
  organiser: z.string().max(300),
  dateTime: z.string().max(200),
  venue: z.string().max(500),
  keyIssues: bullets,
  trends: bullets,
  outcomes: bullets,
  plan: bullets,
  themes: z.string().max(maxBulletChars * 3),
  participation: participationSchema,
  sdgTags: z.array(z.string().regex(sdgTagPattern)).max(40),
});

/** Validates a plain outcome document (from the doc or from a JSON file); never throws. */
export function parseOutcome(value: unknown): { ok: true; outcome: OutcomeDocument } | { ok: false; issues: z.ZodError } {
  const result = outcomeSchema.safeParse(value);
  return result.success ? { ok: true, outcome: result.data as OutcomeDocument } : { ok: false, issues: result.error };
}
