import { questionSchema } from '../../activities/questions';
import { fieldsOutside, isCreated } from '../entryChange';
import type { RuleContext, Rule, RefusalReason } from './rule';
import { characters, contentKinds, parsedAfter } from './rule';
import type { EntryChange } from '../entryChange';

const upvotesOnly = new Set(['upvotes']);

/**
 * Questions from the floor: a participant asks their own question in a Q&A part, and afterwards
 * touches only their own upvote on any question (answering and hiding are the facilitator's).
 */
export const questionsRule: Rule = (change, context) => {
  if (change.removedExisting) return 'removal';
  const kinds = contentKinds(change, { entry: 'map', field: ['json', 'map'], nested: { upvotes: ['json'] } });
  if (kinds) return kinds;
  const upvotes = checkOwnUpvotes(change, context);
  if (upvotes) return upvotes;
  if (!isCreated(change)) return fieldsOutside(change, upvotesOnly).length > 0 || change.fields.size > 0 ? 'field' : undefined;
  const parsed = parsedAfter(context, questionSchema);
  if (!parsed.ok) return parsed.reason;
  const question = parsed.value;
  if (question.id !== change.key || question.answered || question.hidden) return 'schema';
  if (question.authorDevice !== context.writer.id) return 'not-yours';
  const activity = context.lookups.activity(question.partId);
  if (activity?.kind !== 'qna') return 'schema';
  if (activity.anonymous && question.authorName !== undefined) return 'field';
  const length = characters(question.text.trim());
  return length === 0 || length > activity.maxLength ? 'schema' : undefined;
};

/** Only one's own key in `upvotes`, and only `true` (or taken back). */
function checkOwnUpvotes(change: EntryChange, context: RuleContext): RefusalReason | undefined {
  for (const touch of change.nested.get('upvotes') ?? []) {
    if (touch.path.length !== 2 || touch.path[1] !== context.writer.id) return 'not-yours';
    if (touch.kind === 'insert' && touch.content === 'json' && (touch.values?.length !== 1 || touch.values[0] !== true)) return 'schema';
  }
  return undefined;
}
