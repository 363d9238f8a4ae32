import { attachmentLimits, attachmentPlainLimits, attachmentSchema, attachmentsRoot, type Attachment } from '../../hackathon/attachmentSchema';
import type { EntryChange } from '../entryChange';
import type { Lookups } from '../lookups';
import { plainValue } from '../plainValue';
import type { RefusalReason, Rule } from './rule';
import { contentKinds, parsedAfter, splitKey } from './rule';

/** What may never change once a file is attached: only `deletedAt`, `deletedBy` and the bytes
 *  (emptied on removal, given back on undo) move. */
const fixedFields = ['id', 'teamId', 'name', 'type', 'size', 'addedBy', 'author', 'addedAt'] as const;

/**
 * A team's attachments (root `attachments`, key `<teamId>/<attachmentId>`, each a JSON value
 * written whole): a member of the team adds a file as its author, within the team's count; the
 * author alone removes it, softly (the bytes go, the record stays), and may undo their own
 * removal. Nothing changes once judging is closed. The facilitator's writes are judged by the
 * general facilitator rule (soft removal only).
 */
export const attachmentsRule: Rule = (change, context) => {
  const parts = splitKey(change.key);
  if (!parts) return 'schema';
  const [teamId, id] = parts;
  if (change.removedExisting && !change.set) return 'removal';
  const kinds = contentKinds(change, { entry: 'json', field: [] });
  if (kinds) return kinds;
  const { lookups, writer } = context;
  if (lookups.settings().closed) return 'closed';
  const parsed = parsedAfter(context, attachmentSchema);
  if (!parsed.ok) return parsed.reason;
  const file = parsed.value;
  if (file.teamId !== teamId || file.id !== id) return 'schema';
  const member = lookups.teamMembers(teamId).has(writer.id);
  const before = previousOf(change);
  if (before === undefined) {
    if (!member) return 'not-member';
    if (file.addedBy !== writer.id || file.deletedAt !== undefined) return 'not-yours';
    return withinCount(lookups, teamId);
  }
  if (before === null) return 'not-yours';
  if (fixedFields.some((field) => file[field] !== before[field])) return 'field';
  if (before.addedBy !== writer.id) return 'not-yours';
  const removing = before.deletedAt === undefined && file.deletedAt !== undefined;
  if (removing) return file.deletedBy === writer.id ? undefined : 'not-yours';
  const restoring = before.deletedAt !== undefined && file.deletedAt === undefined;
  if (!restoring) return 'field';
  // Only a removal of one's own can be undone: the facilitator's removal stands.
  if (before.deletedBy !== writer.id) return 'not-yours';
  if (!member) return 'not-member';
  return withinCount(lookups, teamId);
};

/**
 * The entry's value before this update: undefined when it had none (a new file), null when it
 * had one that no reader accepts (only the facilitator may clear that away).
 */
function previousOf(change: EntryChange): Attachment | null | undefined {
  const replaced = change.touches.find((touch) => touch.path.length === 0 && touch.kind === 'delete' && !touch.fresh);
  if (!replaced) return undefined;
  const plain = plainValue(replaced.previous, attachmentPlainLimits);
  if (!plain.ok) return null;
  const parsed = attachmentSchema.safeParse(plain.value);
  return parsed.success ? parsed.data : null;
}

/** The team holds at most its count of files (removed ones do not count), the new one included. */
function withinCount(lookups: Lookups, teamId: string): RefusalReason | undefined {
  const prefix = `${teamId}/`;
  let kept = 0;
  // The root stays small (its entries are bounded by the room's quota), so a walk costs little.
  lookups.doc.getMap<unknown>(attachmentsRoot).forEach((value, key) => {
    if (key.startsWith(prefix) && typeof value === 'object' && value !== null && (value as { deletedAt?: unknown }).deletedAt === undefined) kept += 1;
  });
  return kept > attachmentLimits.perTeam ? 'too-large' : undefined;
}
