import type * as Y from 'yjs';
import type { Participant } from '../../attendance/schema';
import { participantSchema } from '../../attendance/schema';
import { readCoalitionSettings } from '../../coalition/settings';
import type { RefusalReason, Rule } from './rule';
import { contentKinds, parsedAfter } from './rule';

/**
 * The attendance register: a participant writes one row, their own, under their identity, and
 * may correct it later; everything else in the register is the facilitator's.
 *
 * The row's `coalition` field (shared/coalition/) is theirs too, so no one can sign someone else
 * up. When they change it, an interest must name only working groups the organiser set up, and
 * only while the organiser asks; a withdrawal they write is their own (`by: 'self'`). The consent
 * text and the groups themselves sit in the facilitator-only `coalition` root.
 */
export const registerRule: Rule = (change, context) => {
  if (change.key !== context.writer.id) return 'not-yours';
  if (change.removedExisting) return 'removal';
  const kinds = contentKinds(change, { entry: 'map', field: ['json'] });
  if (kinds) return kinds;
  const parsed = parsedAfter(context, participantSchema);
  if (!parsed.ok) return parsed.reason;
  if (parsed.value.id !== change.key || parsed.value.source !== 'self') return 'schema';
  const coalitionTouched = change.set || change.fields.has('coalition');
  return coalitionTouched ? coalitionReason(parsed.value.coalition, context.lookups.doc) : undefined;
};

function coalitionReason(interest: Participant['coalition'], doc: Y.Doc): RefusalReason | undefined {
  if (interest === undefined) return undefined;
  if (interest.state === 'withdrawn') return interest.by === 'self' ? undefined : 'schema';
  const settings = readCoalitionSettings(doc);
  if (!settings.open) return 'closed';
  const known = new Set(settings.workingGroups.map((group) => group.id));
  return interest.workingGroups.every((id) => known.has(id)) ? undefined : 'schema';
}
