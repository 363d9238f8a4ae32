import { z } from 'zod';
import { entryLimits, type PlainLimits } from '../access/plainValue';

/**
 * Files a team attaches to its pitch (root `attachments`, key `<teamId>/<attachmentId>`), stored
 * in the workshop document as bytes so every member, the facilitator and the judges can open
 * them on their own device. Each entry is one JSON value written whole by one person.
 *
 * The sizes follow from the hub's limits (electron/hub/options.ts): one file travels in one
 * participant frame (at most 2 MiB, so 1 MiB of file leaves ample room for the sync message
 * around it); a person may write 4 MiB to a room, about three files; and a whole room is capped
 * at 12 MiB so that a newcomer's first sync stays under the app's 16 MiB frame limit. A full
 * room refuses more, and the hub tells the facilitator (the `room-full` notice).
 */
export const attachmentsRoot = 'attachments';

export const attachmentLimits = {
  bytes: 1024 * 1024,
  perTeam: 3,
  name: 120,
} as const;

/**
 * What may be attached: documents, slides, spreadsheets, images and plain data. Nothing a
 * browser would run when opened (HTML, SVG, scripts, executables).
 */
export const attachmentTypes = [
  'application/pdf',
  'text/plain',
  'text/csv',
  'text/markdown',
  'application/json',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;

/** How stored attachments are copied to plain data: the usual limits, plus one file's bytes. */
export const attachmentPlainLimits: PlainLimits = { ...entryLimits, bytes: attachmentLimits.bytes };

/** No path separators or control characters: the name becomes a file name on someone's disk. */
const fileName = z.string().min(1).max(attachmentLimits.name).refine((name) => !Array.from(name).some(isUnsafeInName));

/** A character that must not be in a stored file name: a path separator or a control character. */
export function isUnsafeInName(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return character === '/' || character === '\\' || code < 0x20 || code === 0x7f;
}

export const attachmentSchema = z
  .looseObject({
    id: z.string().min(1).max(64),
    teamId: z.string().min(1).max(64),
    name: fileName,
    type: z.enum(attachmentTypes),
    size: z.number().int().min(1).max(attachmentLimits.bytes),
    /** The file itself; emptied when the file is removed, so a removal frees the room's space. */
    bytes: z.instanceof(Uint8Array),
    addedBy: z.string().min(1).max(64),
    /** The name the person who added it gave when joining, for "added by". */
    author: z.string().max(200),
    addedAt: z.number(),
    deletedAt: z.number().optional(),
    deletedBy: z.string().min(1).max(64).optional(),
  })
  .refine((file) => (file.deletedAt === undefined ? file.bytes.length === file.size && file.deletedBy === undefined : file.bytes.length === 0 && file.deletedBy !== undefined), {
    message: 'a kept file holds exactly its size in bytes; a removed one holds none and says who removed it',
  });
export type Attachment = z.infer<typeof attachmentSchema>;

/** The stored key of a team's attachment. */
export function attachmentKey(teamId: string, id: string): string {
  return `${teamId}/${id}`;
}
