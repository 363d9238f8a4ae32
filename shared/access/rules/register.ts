import { participantSchema } from '../../attendance/schema';
import type { Rule } from './rule';
import { contentKinds, parsedAfter } from './rule';

/**
 * The attendance register: a participant writes one row, their own, under their identity, and
 * may correct it later; everything else in the register is the facilitator's.
 */
export const registerRule: Rule = (change, context) => {
  if (change.key !== context.writer.id) return 'not-yours';
  if (change.removedExisting) return 'removal';
  const kinds = contentKinds(change, { entry: 'map', field: ['json'] });
  if (kinds) return kinds;
  const parsed = parsedAfter(context, participantSchema);
  if (!parsed.ok) return parsed.reason;
  return parsed.value.id === change.key && parsed.value.source === 'self' ? undefined : 'schema';
};
