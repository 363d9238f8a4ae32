import { z } from 'zod';
import { horizons } from '../roadmap/horizons';

/**
 * Commitments followed up (root `commitments`, facilitator-only): the open actions of a
 * programme's earlier workshops, carried into a new workshop so the room can say how far each
 * got. Each entry is plain JSON under its stable id, which names the workshop and the item it
 * came from; the same commitment carried again into a later workshop keeps that id, so its
 * history can be followed across the series. Reviews are appended, never rewritten, and each
 * says who set the status and when.
 */
export const commitmentsRoot = 'commitments';

export const commitmentStatuses = ['done', 'inProgress', 'notStarted', 'dropped'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];
/** Done and dropped close a commitment: it is not offered to the next workshop. */
export const closedStatuses: ReadonlySet<CommitmentStatus> = new Set(['done', 'dropped']);

/** Where a commitment came from: an agreed roadmap item, or a line of the report's action plan. */
export const originKinds = ['roadmap', 'plan'] as const;
export type OriginKind = (typeof originKinds)[number];

export const commitmentLimits = {
  title: 4000,
  owner: 120,
  note: 280,
  /** Reviews kept per commitment in one workshop: a status set many times over a day. */
  reviews: 50,
  /** Commitments one workshop may carry, so a crafted file cannot make the screens crawl. */
  perWorkshop: 200,
} as const;

export const reviewSchema = z.looseObject({
  status: z.enum(commitmentStatuses),
  note: z.string().max(commitmentLimits.note),
  at: z.number(),
  byDevice: z.string().min(1).max(128),
  byName: z.string().max(120).optional(),
});
export type CommitmentReview = z.infer<typeof reviewSchema>;

export const originSchema = z.looseObject({
  workshopId: z.string().min(1).max(128),
  workshopTitle: z.string().max(200),
  workshopDate: z.string().max(10),
  kind: z.enum(originKinds),
  itemId: z.string().min(1).max(128),
});
export type CommitmentOrigin = z.infer<typeof originSchema>;

const commitmentShape = {
  id: z.string().min(1).max(300),
  origin: originSchema,
  title: z.string().min(1).max(commitmentLimits.title),
  owner: z.string().max(commitmentLimits.owner),
  horizon: z.enum(horizons).optional(),
  carriedAt: z.number(),
  reviews: z.array(reviewSchema).max(commitmentLimits.reviews),
};
/** Loose: fields a newer version adds are kept. */
export const commitmentSchema = z.looseObject(commitmentShape);
// The type comes from the closed shape: Omit<> over a loose object's index signature would
// erase every named key.
export type Commitment = z.infer<z.ZodObject<typeof commitmentShape>>;

/** The stable id: the origin workshop, the kind of item and the item's own id. */
export function commitmentId(origin: Pick<CommitmentOrigin, 'workshopId' | 'kind' | 'itemId'>): string {
  return `${origin.workshopId}/${origin.kind}/${origin.itemId}`;
}

/** The status a commitment stands at: its last review's, or undefined before any. */
export function latestReview(commitment: Pick<Commitment, 'reviews'>): CommitmentReview | undefined {
  return commitment.reviews[commitment.reviews.length - 1];
}
