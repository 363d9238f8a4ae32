import type * as Y from 'yjs';
import { plainValue } from '../access/plainValue';
import type { Actor, Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { randomId } from '../ids';
import { localEdit } from '../workshop/doc';
import type { Attachment } from './attachmentSchema';
import { attachmentKey, attachmentLimits, isUnsafeInName, attachmentPlainLimits, attachmentSchema, attachmentsRoot, attachmentTypes } from './attachmentSchema';
import { readSettings } from './settings';
import { readTeams } from './teams';

/**
 * Attaching, removing and reading a team's files (see ./attachmentSchema.ts). The same checks the
 * hub makes are made here first, so the person learns in their own words why a file was not
 * attached instead of seeing the hub refuse it.
 */
export type AttachmentRefusalCode =
  | 'hackathon.attachments.tooLarge'
  | 'hackathon.attachments.tooMany'
  | 'hackathon.attachments.wrongType'
  | 'hackathon.attachments.empty'
  | 'hackathon.attachments.notYours'
  | 'hackathon.notInTeam'
  | 'hackathon.judgingClosed';

export type NewFile = { name: string; type: string; bytes: Uint8Array };

/** Types by extension, for files the system reports without one or under an old name (Windows
 *  calls a CSV file "application/vnd.ms-excel"). */
const typeByExtension: Record<string, (typeof attachmentTypes)[number]> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  odp: 'application/vnd.oasis.opendocument.presentation',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** The stored type of a file, or undefined when it is not one that may be attached. */
export function attachmentType(declared: string, name: string): (typeof attachmentTypes)[number] | undefined {
  const known = attachmentTypes.find((type) => type === declared);
  if (known) return known;
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension ? typeByExtension[extension] : undefined;
}

/** A name safe to store and to save under: separators and control characters replaced, and a
 *  long name shortened in the middle so its extension survives. */
export function attachmentName(raw: string): string {
  const clean =
    Array.from(raw)
      .map((character) => (isUnsafeInName(character) ? '_' : character))
      .join('')
      .trim() || 'file';
  // Lengths in UTF-16 units, as the schema counts them; cut between characters, never inside one.
  if (clean.length <= attachmentLimits.name) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  let kept = '';
  for (const character of clean) {
    if (kept.length + character.length + 1 + extension.length > attachmentLimits.name) break;
    kept += character;
  }
  return `${kept}…${extension}`;
}

/** A team's files still attached, oldest first. Unreadable entries are left out. */
export function readAttachments(doc: Y.Doc, teamId: string): Attachment[] {
  const prefix = `${teamId}/`;
  const files: Attachment[] = [];
  doc.getMap<unknown>(attachmentsRoot).forEach((value, key) => {
    if (!key.startsWith(prefix)) return;
    const plain = plainValue(value, attachmentPlainLimits);
    const parsed = plain.ok ? attachmentSchema.safeParse(plain.value) : undefined;
    if (parsed?.success && parsed.data.deletedAt === undefined && parsed.data.teamId === teamId) files.push(parsed.data);
  });
  return files.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
}

export function addAttachment(doc: Y.Doc, teamId: string, file: NewFile, actor: Actor, now: number): Outcome<Attachment, AttachmentRefusalCode> {
  const name = attachmentName(file.name);
  const team = readTeams(doc).find((item) => item.id === teamId);
  if (!team || (actor.role !== 'facilitator' && !(actor.deviceId in team.members))) return refuse('hackathon.notInTeam');
  if (readSettings(doc).closed) return refuse('hackathon.judgingClosed');
  if (file.bytes.length === 0) return refuse('hackathon.attachments.empty', { name });
  if (file.bytes.length > attachmentLimits.bytes) return refuse('hackathon.attachments.tooLarge', { name, size: file.bytes.length, limit: attachmentLimits.bytes });
  const type = attachmentType(file.type, name);
  if (!type) return refuse('hackathon.attachments.wrongType', { name });
  if (readAttachments(doc, teamId).length >= attachmentLimits.perTeam) return refuse('hackathon.attachments.tooMany', { name, count: attachmentLimits.perTeam });
  const id = randomId();
  const record: Attachment = { id, teamId, name, type, size: file.bytes.length, bytes: file.bytes.slice(), addedBy: actor.deviceId, author: actor.name?.trim() ?? '', addedAt: now };
  doc.transact(() => doc.getMap<unknown>(attachmentsRoot).set(attachmentKey(teamId, id), record), localEdit);
  return accept(record);
}

/** Removes a file softly: its bytes leave the document, its record stays. Returns the file as it
 *  was, for the undo. */
export function removeAttachment(doc: Y.Doc, file: Attachment, actor: Actor, now: number): Outcome<Attachment, AttachmentRefusalCode> {
  if (actor.role !== 'facilitator' && file.addedBy !== actor.deviceId) return refuse('hackathon.attachments.notYours', { name: file.name });
  if (readSettings(doc).closed) return refuse('hackathon.judgingClosed');
  const removed: Attachment = { ...file, bytes: new Uint8Array(0), deletedAt: now, deletedBy: actor.deviceId };
  doc.transact(() => doc.getMap<unknown>(attachmentsRoot).set(attachmentKey(file.teamId, file.id), removed), localEdit);
  return accept(file);
}

/** Undoes a removal made from this device, with the bytes it kept. */
export function restoreAttachment(doc: Y.Doc, file: Attachment, actor: Actor): Outcome<Attachment, AttachmentRefusalCode> {
  if (readSettings(doc).closed) return refuse('hackathon.judgingClosed');
  if (readAttachments(doc, file.teamId).length >= attachmentLimits.perTeam) return refuse('hackathon.attachments.tooMany', { name: file.name, count: attachmentLimits.perTeam });
  if (actor.role !== 'facilitator' && file.addedBy !== actor.deviceId) return refuse('hackathon.attachments.notYours', { name: file.name });
  const { deletedAt: _deletedAt, deletedBy: _deletedBy, ...kept } = file;
  doc.transact(() => doc.getMap<unknown>(attachmentsRoot).set(attachmentKey(file.teamId, file.id), kept), localEdit);
  return accept(kept);
}
