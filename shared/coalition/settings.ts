import type * as Y from 'yjs';
import { digest } from 'lib0/hash/sha256';
import { toHexString } from 'lib0/buffer';
import { encodeUtf8 } from 'lib0/string';
import { randomId } from '../ids';
import { localEdit } from '../workshop/doc';
import type { Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { parseRecord } from '../activities/records';
import type { CoalitionSettings, WorkingGroup } from './schema';
import { coalitionLimits, coalitionRoot, coalitionSettingsKey, coalitionSettingsSchema, noCoalitionSettings } from './schema';

/** The organiser's choices for this workshop; the defaults (not asked) when none are stored. */
export function readCoalitionSettings(doc: Y.Doc): CoalitionSettings {
  const stored = doc.getMap<unknown>(coalitionRoot).get(coalitionSettingsKey);
  if (stored === undefined) return noCoalitionSettings;
  const parsed = parseRecord(coalitionSettingsSchema, stored);
  return parsed.ok ? parsed.value : noCoalitionSettings;
}

/** What the organiser fills in; working groups without an id are new. */
export type CoalitionSettingsInput = {
  open: boolean;
  consentText: string;
  workingGroups: readonly { id?: string | undefined; label: string }[];
};

export type CoalitionRefusalCode = 'coalition.consentTooLong' | 'coalition.tooManyGroups' | 'coalition.groupTooLong' | 'coalition.groupTwice';

/**
 * Stores the organiser's choices. Empty working-group rows are dropped; a group keeps its id
 * when renamed, so interest already given follows the new name. The version moves on only when
 * the consent text itself changes: a consent names the version of the words it was given to.
 */
export function saveCoalitionSettings(doc: Y.Doc, input: CoalitionSettingsInput, now: number): Outcome<CoalitionSettings, CoalitionRefusalCode> {
  const consentText = input.consentText.trim();
  if (Array.from(consentText).length > coalitionLimits.consentText) return refuse('coalition.consentTooLong', { limit: coalitionLimits.consentText });
  const workingGroups: WorkingGroup[] = [];
  for (const group of input.workingGroups) {
    const label = group.label.trim().replace(/\s+/g, ' ');
    if (label === '') continue;
    if (Array.from(label).length > coalitionLimits.workingGroupLabel) return refuse('coalition.groupTooLong', { limit: coalitionLimits.workingGroupLabel, label });
    if (workingGroups.some((kept) => kept.label.toLocaleLowerCase() === label.toLocaleLowerCase())) return refuse('coalition.groupTwice', { label });
    workingGroups.push({ id: group.id ?? randomId(), label });
  }
  if (workingGroups.length > coalitionLimits.workingGroups) return refuse('coalition.tooManyGroups', { limit: coalitionLimits.workingGroups });
  const previous = readCoalitionSettings(doc);
  const version = previous.consentText === consentText ? previous.version : previous.version + 1;
  const settings: CoalitionSettings = { open: input.open, consentText, workingGroups, version, updatedAt: now };
  doc.transact(() => doc.getMap<unknown>(coalitionRoot).set(coalitionSettingsKey, settings), localEdit);
  return accept(settings);
}

/** The words a participant is shown: the organiser's, or the default in the reader's language. */
export function consentTextShown(settings: CoalitionSettings, defaultText: string): string {
  return settings.consentText === '' ? defaultText : settings.consentText;
}

/**
 * A SHA-256 of the exact words shown, as hex: whoever keeps the texts can later tell which one a
 * person agreed to. It works on plain-http LAN pages, where `crypto.subtle` is missing.
 */
export function consentHash(text: string): string {
  return toHexString(digest(encodeUtf8(text)));
}

