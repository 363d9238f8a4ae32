import type * as Y from 'yjs';
import { localEdit } from '../workshop/doc';
import type { Outcome } from '../activities/outcome';
import { accept, refuse } from '../activities/outcome';
import { patchRecord, recordMap } from '../activities/records';
import { participantsRoot } from '../attendance/schema';
import type { CoalitionInterest, LiveInterest } from './schema';
import { coalitionInterestSchema } from './schema';
import { consentHash, readCoalitionSettings } from './settings';

/** What the person ticked. */
export type InterestChoice = { joinCoalition: boolean; workingGroups: readonly string[] };

/** The consent text exactly as it was on the person's screen when they ticked. */
export type ConsentShown = { text: string; version: number; language: string };

export type InterestRefusalCode = 'coalition.notAsked' | 'coalition.notRegistered' | 'coalition.unknownGroup';

/** The entry's interest when it is live; a withdrawal or a malformed value counts as none. */
export function liveInterest(entry: { coalition?: unknown }): LiveInterest | undefined {
  const parsed = coalitionInterestSchema.safeParse(entry.coalition);
  return parsed.success && parsed.data.state === 'interested' ? parsed.data : undefined;
}

/**
 * A participant's own choice, written to their own register entry. Ticking records the consent
 * (which words, their version and language, when); unticking everything withdraws it, which
 * replaces the interest with the time of the withdrawal. Saving the same choice again changes
 * nothing, so the time of the consent stays that of the first agreement.
 */
export function setCoalitionInterest(doc: Y.Doc, personId: string, choice: InterestChoice, shown: ConsentShown, now: number): Outcome<CoalitionInterest | undefined, InterestRefusalCode> {
  const map = recordMap(doc, participantsRoot, personId);
  if (!map) return refuse('coalition.notRegistered');
  const settings = readCoalitionSettings(doc);
  const known = new Set(settings.workingGroups.map((group) => group.id));
  const workingGroups = [...new Set(choice.workingGroups)];
  const unknown = workingGroups.find((id) => !known.has(id));
  if (unknown !== undefined) return refuse('coalition.unknownGroup', { id: unknown });
  const current = liveInterest({ coalition: map.get('coalition') });
  if (!choice.joinCoalition && workingGroups.length === 0) {
    return current ? withdraw(doc, map, 'self', now) : accept(undefined);
  }
  if (!settings.open) return refuse('coalition.notAsked');
  const hash = consentHash(shown.text);
  if (current && current.consent.hash === hash && current.joinCoalition === choice.joinCoalition && sameSet(current.workingGroups, workingGroups)) return accept(current);
  const interest: CoalitionInterest = {
    state: 'interested',
    joinCoalition: choice.joinCoalition,
    workingGroups,
    consent: { hash, version: shown.version, language: shown.language, at: now },
  };
  doc.transact(() => patchRecord(map, { coalition: interest }), localEdit);
  return accept(interest);
}

/** The facilitator takes a person off the list at their request. */
export function withdrawCoalitionInterest(doc: Y.Doc, personId: string, now: number): Outcome<CoalitionInterest | undefined, InterestRefusalCode> {
  const map = recordMap(doc, participantsRoot, personId);
  if (!map) return refuse('coalition.notRegistered');
  if (!liveInterest({ coalition: map.get('coalition') })) return accept(undefined);
  return withdraw(doc, map, 'facilitator', now);
}

function withdraw(doc: Y.Doc, map: Y.Map<unknown>, by: 'self' | 'facilitator', now: number): Outcome<CoalitionInterest, never> {
  const withdrawal: CoalitionInterest = { state: 'withdrawn', at: now, by };
  doc.transact(() => patchRecord(map, { coalition: withdrawal }), localEdit);
  return accept(withdrawal);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
