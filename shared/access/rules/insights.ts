import { insightSheetSchema } from '../../insights/answers';
import { isInsightAnswer, isInsightId } from '../../insights/catalogue';
import type { Rule } from './rule';
import { contentKinds, parsedAfter, splitKey } from './rule';

/** Ten insights answers (root `insights`, key `<partId>/<personId>`): one's own only, only in a
 *  part that runs the check and while it is open, answers 1 to 5 or "don't know" on the ten. */
export const insightsRule: Rule = (change, context) => {
  const parts = splitKey(change.key);
  if (!parts) return 'schema';
  const [partId, personId] = parts;
  if (personId !== context.writer.id) return 'not-yours';
  if (context.lookups.activity(partId)?.kind !== 'insights') return 'schema';
  if (context.lookups.pollClosed(partId)) return 'closed';
  if (change.removedExisting && !change.set) return 'removal';
  const kinds = contentKinds(change, { entry: 'json', field: [] });
  if (kinds) return kinds;
  const parsed = parsedAfter(context, insightSheetSchema);
  if (!parsed.ok) return parsed.reason;
  for (const [id, answer] of Object.entries(parsed.value.answers)) if (!isInsightId(id) || !isInsightAnswer(answer)) return 'schema';
  return undefined;
};
