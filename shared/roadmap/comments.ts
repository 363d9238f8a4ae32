import type * as Y from 'yjs';
import { randomId } from '../ids';
import type { Actor, Outcome, RecordProblem } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { parseRecord, patchRecord, readRecords, recordMap, writeRecord } from '../activities/records';
import { textLength } from '../activities/cards';
import { localEdit } from '../workshop/doc';
import type { RoadmapComment, RoadmapItem } from './schema';
import { commentSchema, commentsRoot, limits } from './schema';
import { resolveItem } from './items';

/**
 * Comments on roadmap items, in threads: a thread starts with a comment on an item, replies
 * name that first comment as their `threadId`, and resolving marks the first comment. Anyone
 * may comment; the facilitator or the thread's author may resolve or reopen it; an author may
 * withdraw their own comment (a soft delete).
 */
export type CommentRefusalCode = 'comments.empty' | 'comments.tooLong' | 'comments.notFound' | 'comments.notAllowed';

export function addComment(doc: Y.Doc, itemId: string, text: string, actor: Actor, now: number, threadId?: string): Outcome<string, CommentRefusalCode> {
  const trimmed = text.trim();
  if (trimmed === '') return refuse('comments.empty');
  const length = textLength(trimmed);
  if (length > limits.comment) return refuse('comments.tooLong', { limit: limits.comment, length });
  if (threadId !== undefined && !recordMap(doc, commentsRoot, threadId)) return refuse('comments.notFound');
  const id = randomId();
  doc.transact(() => {
    writeRecord(doc, commentsRoot, id, {
      id,
      itemId,
      threadId,
      text: trimmed,
      authorDevice: actor.deviceId,
      authorName: actor.name?.trim() || undefined,
      createdAt: now,
    } satisfies RoadmapComment);
  }, localEdit);
  return accept(id);
}

function withComment(doc: Y.Doc, commentId: string, mayChange: (comment: RoadmapComment) => boolean, patch: Record<string, unknown>): Outcome<undefined, CommentRefusalCode> {
  const map = recordMap(doc, commentsRoot, commentId);
  const parsed = map ? parseRecord(commentSchema, map) : undefined;
  if (!map || !parsed?.ok) return refuse('comments.notFound');
  if (!mayChange(parsed.value)) return refuse('comments.notAllowed');
  doc.transact(() => patchRecord(map, patch), localEdit);
  return accept(undefined);
}

export function setThreadResolved(doc: Y.Doc, threadId: string, resolved: boolean, actor: Actor, now: number): Outcome<undefined, CommentRefusalCode> {
  return withComment(doc, threadId, (comment) => actor.role === 'facilitator' || comment.authorDevice === actor.deviceId, resolved ? { resolvedAt: now, resolvedBy: actor.deviceId } : { resolvedAt: undefined, resolvedBy: undefined });
}

export function deleteComment(doc: Y.Doc, commentId: string, actor: Actor, now: number): Outcome<undefined, CommentRefusalCode> {
  return withComment(doc, commentId, (comment) => actor.role === 'facilitator' || comment.authorDevice === actor.deviceId, { deletedAt: now });
}

export function readComments(doc: Y.Doc): { comments: RoadmapComment[]; problems: RecordProblem[] } {
  const { records, problems } = readRecords(doc, commentsRoot, commentSchema);
  records.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return { comments: records, problems };
}

export type Thread = { first: RoadmapComment; replies: RoadmapComment[]; resolved: boolean };

/**
 * Threads per item, with comments on merged items filed under the item they joined, so the
 * facilitator merging a proposal keeps the room's remarks on it. Withdrawn comments are left
 * out; a thread whose first comment was withdrawn is left out with its replies.
 */
export function threadsByItem(comments: readonly RoadmapComment[], items: ReadonlyMap<string, RoadmapItem>): Map<string, Thread[]> {
  const threads = new Map<string, Thread>();
  const byItem = new Map<string, Thread[]>();
  for (const comment of comments) {
    if (comment.deletedAt !== undefined || comment.threadId !== undefined) continue;
    const thread: Thread = { first: comment, replies: [], resolved: comment.resolvedAt !== undefined };
    threads.set(comment.id, thread);
    const itemId = resolveItem(items, comment.itemId);
    byItem.set(itemId, [...(byItem.get(itemId) ?? []), thread]);
  }
  for (const comment of comments) {
    if (comment.deletedAt !== undefined || comment.threadId === undefined) continue;
    threads.get(comment.threadId)?.replies.push(comment);
  }
  return byItem;
}
