import type * as Y from 'yjs';
import { randomId } from '../ids';
import { localEdit } from '../workshop/doc';
import type { Outcome, RecordProblem } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { patchRecord, readRecords, recordMap, writeRecord } from '../activities/records';
import type { AttendanceMode, Gender, Participant, StakeholderGroup } from './schema';
import { attendanceModes, emailPattern, genders, participantLimits, participantSchema, participantsRoot, stakeholderGroups } from './schema';

/** What a person (or the quick-add row) fills in. Empty strings mean "not given". */
export type ParticipantInput = {
  name: string;
  organisation?: string | undefined;
  group?: StakeholderGroup | undefined;
  gender?: Gender | undefined;
  country?: string | undefined;
  mode?: AttendanceMode | undefined;
  email?: string | undefined;
  emailConsent?: boolean | undefined;
};

export type ParticipantRefusalCode =
  | 'participants.nameMissing'
  | 'participants.nameTooLong'
  | 'participants.organisationTooLong'
  | 'participants.countryTooLong'
  | 'participants.badEmail'
  | 'participants.emailWithoutConsent'
  | 'participants.notFound';

// Pick, not Omit: Omit over a loose object's index signature would erase the named keys.
export type CheckedParticipant = Pick<Participant, 'name' | 'organisation' | 'group' | 'gender' | 'country' | 'mode' | 'email' | 'emailConsent'>;

/** Validates and tidies an entry; the refusal names the field to fix. */
export function checkParticipant(input: ParticipantInput): Outcome<CheckedParticipant, ParticipantRefusalCode> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') return refuse('participants.nameMissing');
  if (name.length > participantLimits.name) return refuse('participants.nameTooLong', { limit: participantLimits.name, length: name.length });
  const organisation = (input.organisation ?? '').trim();
  if (organisation.length > participantLimits.organisation) return refuse('participants.organisationTooLong', { limit: participantLimits.organisation });
  const country = (input.country ?? '').trim();
  if (country.length > participantLimits.country) return refuse('participants.countryTooLong', { limit: participantLimits.country });
  const email = (input.email ?? '').trim();
  const consent = input.emailConsent === true;
  if (email !== '' && (!emailPattern.test(email) || email.length > participantLimits.email)) return refuse('participants.badEmail', { email });
  if (email !== '' && !consent) return refuse('participants.emailWithoutConsent');
  const checked: CheckedParticipant = { name, organisation, country, emailConsent: consent };
  if (input.group && stakeholderGroups.includes(input.group)) checked.group = input.group;
  if (input.gender && genders.includes(input.gender)) checked.gender = input.gender;
  if (input.mode && attendanceModes.includes(input.mode)) checked.mode = input.mode;
  if (email !== '') checked.email = email;
  return accept(checked);
}

/**
 * Writes checked entries as new participants; callers transact. Returns the new ids. Entries
 * written together get createdAt one millisecond apart, so the register keeps their order (the
 * file's order, for an import) without a separate position field.
 */
export function writeParticipants(doc: Y.Doc, entries: readonly CheckedParticipant[], now: number, source: Participant['source']): string[] {
  return entries.map((entry, index) => {
    const id = randomId();
    writeRecord(doc, participantsRoot, id, { ...entry, id, createdAt: now + index, source });
    return id;
  });
}

/** Quick add during the session; returns the new id. */
export function addParticipant(doc: Y.Doc, input: ParticipantInput, now: number, source: Participant['source'] = 'quickAdd'): Outcome<string, ParticipantRefusalCode> {
  const checked = checkParticipant(input);
  if (!checked.ok) return checked;
  let id = '';
  doc.transact(() => {
    id = writeParticipants(doc, [checked.value], now, source)[0] ?? '';
  }, localEdit);
  return accept(id);
}

/**
 * A participant's own row, filed under the identity the hub gave them (so the hub can tell it
 * is theirs and refuse anyone else's writes to it): created on joining, corrected afterwards.
 */
export function registerSelf(doc: Y.Doc, personId: string, input: ParticipantInput, now: number): Outcome<string, ParticipantRefusalCode> {
  const checked = checkParticipant(input);
  if (!checked.ok) return checked;
  const existing = recordMap(doc, participantsRoot, personId);
  if (existing) {
    const updated = updateParticipant(doc, personId, input);
    return updated.ok ? accept(personId) : updated;
  }
  doc.transact(() => {
    writeRecord(doc, participantsRoot, personId, { ...checked.value, id: personId, createdAt: now, source: 'self' });
  }, localEdit);
  return accept(personId);
}

/** Replaces a participant's details with `input` (all fields: a cleared field is removed). */
export function updateParticipant(doc: Y.Doc, id: string, input: ParticipantInput): Outcome<undefined, ParticipantRefusalCode> {
  const map = recordMap(doc, participantsRoot, id);
  if (!map) return refuse('participants.notFound', { id });
  const checked = checkParticipant(input);
  if (!checked.ok) return checked;
  const { group, gender, mode, email, ...rest } = checked.value;
  doc.transact(() => patchRecord(map, { ...rest, group, gender, mode, email }), localEdit);
  return accept(undefined);
}

/** Soft delete, so a slip of the finger in a busy room can be undone with restoreParticipant. */
export function removeParticipant(doc: Y.Doc, id: string, now: number): Outcome<undefined, ParticipantRefusalCode> {
  const map = recordMap(doc, participantsRoot, id);
  if (!map) return refuse('participants.notFound', { id });
  doc.transact(() => patchRecord(map, { deletedAt: now }), localEdit);
  return accept(undefined);
}

export function restoreParticipant(doc: Y.Doc, id: string): Outcome<undefined, ParticipantRefusalCode> {
  const map = recordMap(doc, participantsRoot, id);
  if (!map) return refuse('participants.notFound', { id });
  doc.transact(() => patchRecord(map, { deletedAt: undefined }), localEdit);
  return accept(undefined);
}

/** The register in the order people were added; removed people only with `includeRemoved`. */
export function readParticipants(doc: Y.Doc, options: { includeRemoved?: boolean } = {}): { participants: Participant[]; problems: RecordProblem[] } {
  const { records, problems } = readRecords(doc, participantsRoot, participantSchema);
  const participants = records
    .filter((p) => options.includeRemoved || p.deletedAt === undefined)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return { participants, problems };
}

export type Tally<K extends string> = Record<K | 'notRecorded', number>;

export type AttendanceCounts = {
  total: number;
  byGroup: Tally<StakeholderGroup>;
  byGender: Tally<Gender>;
  byMode: Tally<AttendanceMode>;
};

function zeroes<K extends string>(keys: readonly K[]): Tally<K> {
  return Object.fromEntries([...keys, 'notRecorded'].map((key) => [key, 0])) as Tally<K>;
}

/** Live counts for the register and the outcome report; every category present, even at 0. */
export function attendanceCounts(participants: readonly Participant[]): AttendanceCounts {
  const counts: AttendanceCounts = { total: 0, byGroup: zeroes(stakeholderGroups), byGender: zeroes(genders), byMode: zeroes(attendanceModes) };
  for (const p of participants) {
    if (p.deletedAt !== undefined) continue;
    counts.total += 1;
    counts.byGroup[p.group ?? 'notRecorded'] += 1;
    counts.byGender[p.gender ?? 'notRecorded'] += 1;
    counts.byMode[p.mode ?? 'notRecorded'] += 1;
  }
  return counts;
}
