import { commentSchema, itemSchema, limits, roadmapRoot, versionSchema, commentsRoot } from '../../roadmap/schema';
import type { EntryChange } from '../entryChange';
import { fieldsOutside, isCreated } from '../entryChange';
import type { RefusalReason, Rule, RuleContext } from './rule';
import { characters, contentKinds, parsedAfter } from './rule';

/** What a participant may change on their own proposal until the facilitator decides on it. */
const proposalFields = new Set(['title', 'horizon', 'owner', 'challengeIds', 'position', 'deletedAt', 'description', 'history']);
/** What anyone may change on any item: its description is co-edited by the room, and every
 *  change logs a version. */
const roomFields = new Set(['description', 'history']);
/** Characters a description may hold: several pages, far from what a room writes in a day. */
const maxDescriptionChars = 50_000;

const descriptionContent = ['xmlElement', 'xmlText', 'string', 'format', 'embed', 'json'] as const;

/**
 * Roadmap items: a participant proposes items of their own (status `proposal`), edits them until
 * the facilitator accepts or merges them, co-edits any item's description, and logs versions in
 * its history under their own identity. Status, order across the board, merging and accepting
 * are the facilitator's.
 */
export const roadmapRule: Rule = (change, context) => {
  if (change.removedExisting) return 'removal';
  const kinds = contentKinds(change, { entry: 'map', field: ['json', 'xmlFragment', 'array'], nested: { description: descriptionContent, history: ['json'] } });
  if (kinds) return kinds;
  const parsed = parsedAfter(context, itemSchema);
  if (!parsed.ok) return parsed.reason;
  const item = parsed.value;
  const me = context.writer.id;
  if (item.id !== change.key) return 'schema';
  if (isCreated(change)) {
    if (item.authorDevice !== me) return 'not-yours';
    if (item.status !== 'proposal' || item.mergedInto !== undefined || item.deletedAt !== undefined) return 'field';
    if (context.lookups.activity(item.partId)?.kind !== 'roadmap') return 'schema';
  } else {
    const ownProposal = item.authorDevice === me && item.status === 'proposal' && !change.fields.has('status');
    if (fieldsOutside(change, ownProposal ? proposalFields : roomFields).length > 0) return item.authorDevice === me ? 'field' : 'not-yours';
  }
  if (characters(item.title.trim()) === 0 || characters(item.title) > limits.title) return 'schema';
  return checkDescription(change, context) ?? checkHistory(change, context);
};

/** A description may be created once and then edited by anyone, within its size. */
function checkDescription(change: EntryChange, context: RuleContext): RefusalReason | undefined {
  if (!change.fields.has('description') && !change.nested.has('description')) return undefined;
  if (change.touches.some((touch) => touch.path.length === 1 && touch.path[0] === 'description' && touch.kind === 'delete' && !touch.fresh)) return 'removal';
  const after = context.after();
  if (!after.ok) return after.problem;
  const description = (after.value as { description?: unknown }).description;
  if (description !== undefined && typeof description !== 'string') return 'schema';
  return (description?.length ?? 0) > maxDescriptionChars ? 'too-large' : undefined;
}

/** Versions are appended under the writer's own identity; old ones may only be trimmed away
 *  to keep the last `limits.history`. */
function checkHistory(change: EntryChange, context: RuleContext): RefusalReason | undefined {
  if (!change.fields.has('history') && !change.nested.has('history')) return undefined;
  if (change.touches.some((touch) => touch.path.length === 1 && touch.path[0] === 'history' && touch.kind === 'delete' && !touch.fresh)) return 'removal';
  let trimmed = false;
  for (const touch of change.nested.get('history') ?? []) {
    if (touch.path.length !== 2) return 'content';
    if (touch.kind === 'delete') {
      trimmed ||= !touch.fresh;
      continue;
    }
    for (const value of touch.values ?? []) {
      const version = versionSchema.safeParse(value);
      if (!version.success) return 'schema';
      if (version.data.byDevice !== context.writer.id) return 'not-yours';
    }
  }
  if (!trimmed) return undefined;
  const after = context.after();
  if (!after.ok) return after.problem;
  const history = (after.value as { history?: unknown }).history;
  return Array.isArray(history) && history.length === limits.history ? undefined : 'removal';
}

/** Who may change what on a comment once it exists: its author withdraws it, and the author of
 *  a thread's first comment resolves or reopens the thread. */
const authorCommentFields = new Set(['deletedAt', 'resolvedAt', 'resolvedBy']);

/**
 * Comments on roadmap items: anyone comments under their own identity on an item that exists;
 * afterwards only the author changes their comment (withdrawing it, or resolving the thread
 * they started).
 */
export const commentsRule: Rule = (change, context) => {
  if (change.removedExisting) return 'removal';
  const kinds = contentKinds(change, { entry: 'map', field: ['json'] });
  if (kinds) return kinds;
  const parsed = parsedAfter(context, commentSchema);
  if (!parsed.ok) return parsed.reason;
  const comment = parsed.value;
  const me = context.writer.id;
  if (comment.id !== change.key) return 'schema';
  if (comment.authorDevice !== me) return 'not-yours';
  if (comment.resolvedBy !== undefined && comment.resolvedBy !== me && change.fields.has('resolvedBy')) return 'not-yours';
  if (isCreated(change)) {
    if (comment.resolvedAt !== undefined || comment.deletedAt !== undefined) return 'field';
    if (!context.lookups.record(roadmapRoot, comment.itemId)) return 'schema';
    if (comment.threadId !== undefined && !context.lookups.record(commentsRoot, comment.threadId)) return 'schema';
    const length = characters(comment.text.trim());
    if (length === 0 || length > limits.comment) return 'schema';
    return undefined;
  }
  if (fieldsOutside(change, authorCommentFields).length > 0) return 'field';
  if ((change.fields.has('resolvedAt') || change.fields.has('resolvedBy')) && comment.threadId !== undefined) return 'field';
  return undefined;
};
