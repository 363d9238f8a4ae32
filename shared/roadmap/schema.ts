import { z } from 'zod';
import { horizons } from './horizons';

/**
 * The stored shapes of the roadmap, one definition each.
 * - Root `roadmap`: item id → Y.Map with the fields of itemSchema, plus `description` (a
 *   Y.XmlFragment the rich-text editor binds to) and `history` (a Y.Array of versions). Items
 *   are nested maps so that the facilitator moving an item and a participant fixing its title
 *   merge field by field.
 * - Root `roadmapComments`: comment id → Y.Map with the fields of commentSchema.
 * Priority votes use the `votes` root with the roadmap part's id as the poll.
 */
export const roadmapRoot = 'roadmap';
export const commentsRoot = 'roadmapComments';

/** `proposal` is a participant's suggestion the facilitator has not yet accepted or merged. */
export const itemStatuses = ['proposal', 'proposed', 'agreed', 'needsWork'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const limits = {
  title: 200,
  owner: 120,
  comment: 1000,
  links: 20,
  /** Versions kept per item: enough to undo a session's edits, small enough to sync quickly. */
  history: 30,
  /** Items an import may bring in at once. */
  importRows: 500,
} as const;

export const itemSchema = z.looseObject({
  id: z.string().min(1),
  partId: z.string().min(1),
  title: z.string().max(limits.title),
  horizon: z.enum(horizons),
  owner: z.string().max(limits.owner),
  /** Challenge cards (from the challenges-and-needs part) this item answers. */
  challengeIds: z.array(z.string().min(1).max(64)).max(limits.links),
  status: z.enum(itemStatuses),
  /** Order inside a column; fractional so two people moving items at once never collide. */
  position: z.number(),
  createdAt: z.number(),
  authorDevice: z.string().min(1),
  authorName: z.string().max(120).optional(),
  mergedInto: z.string().optional(),
  deletedAt: z.number().optional(),
});
export type RoadmapItem = z.infer<typeof itemSchema>;

export const commentSchema = z.looseObject({
  id: z.string().min(1),
  itemId: z.string().min(1),
  /** The first comment of the thread this one answers; absent on a thread's first comment. */
  threadId: z.string().optional(),
  text: z.string().max(limits.comment * 2),
  authorDevice: z.string().min(1),
  authorName: z.string().max(120).optional(),
  createdAt: z.number(),
  /** Set on a thread's first comment when the thread is resolved. */
  resolvedAt: z.number().optional(),
  resolvedBy: z.string().optional(),
  deletedAt: z.number().optional(),
});
export type RoadmapComment = z.infer<typeof commentSchema>;

/** Rich text as plain JSON, for snapshots of a description (see ./richText.ts). */
export type RichNode = { text: string; marks?: Record<string, unknown> } | { name: string; attrs?: Record<string, string>; children: RichNode[] };

const richNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.union([
    z.object({ text: z.string(), marks: z.record(z.string(), z.unknown()).optional() }),
    z.object({ name: z.string().min(1).max(40), attrs: z.record(z.string(), z.string()).optional(), children: z.array(richNodeSchema) }),
  ]),
);

/** The fields a version restores. */
export const versionedFields = ['title', 'horizon', 'owner', 'status', 'description'] as const;
export type VersionedField = (typeof versionedFields)[number];

export const versionSchema = z.looseObject({
  id: z.string().min(1),
  at: z.number(),
  byDevice: z.string().min(1),
  byName: z.string().max(120).optional(),
  /** What this change touched; `created` and `restored` mark the first and restoring versions. */
  changed: z.array(z.enum([...versionedFields, 'created', 'restored'])),
  restoredFrom: z.string().optional(),
  title: z.string().max(limits.title),
  horizon: z.enum(horizons),
  owner: z.string().max(limits.owner),
  status: z.enum(itemStatuses),
  description: z.array(richNodeSchema),
});
export type ItemVersion = z.infer<typeof versionSchema>;
