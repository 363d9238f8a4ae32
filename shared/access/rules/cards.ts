import { cardSchema, checkCardText } from '../../activities/cards';
import { fieldsOutside, isCreated } from '../entryChange';
import type { Rule } from './rule';
import { contentKinds, parsedAfter } from './rule';

/** What a card's author may change on it; holding, filing and merging are the facilitator's. */
const authorFields = new Set(['text', 'category', 'editedAt', 'deletedAt']);
/** Fields a new card may not arrive with: they record the facilitator's later decisions. */
const decidedLater = ['clusterId', 'mergedInto', 'deletedAt', 'editedAt'] as const;

/**
 * Cards: a participant adds a card of their own to a brainstorm, as the activity allows it
 * (length, categories, held back when new cards are held), and afterwards edits or withdraws only
 * their own cards.
 */
export const cardsRule: Rule = (change, context) => {
  if (change.removedExisting) return 'removal';
  const kinds = contentKinds(change, { entry: 'map', field: ['json'] });
  if (kinds) return kinds;
  const parsed = parsedAfter(context, cardSchema);
  if (!parsed.ok) return parsed.reason;
  const card = parsed.value;
  if (card.id !== change.key) return 'schema';
  if (card.authorDevice !== context.writer.id) return 'not-yours';
  const activity = context.lookups.activity(card.partId);
  if (activity?.kind !== 'cards') return 'schema';
  if (isCreated(change)) {
    if (decidedLater.some((field) => card[field] !== undefined)) return 'field';
    if (activity.holdNew && !card.held) return 'field';
    if (activity.anonymous && card.authorName !== undefined) return 'field';
  } else if (fieldsOutside(change, authorFields).length > 0) {
    return 'field';
  }
  if (checkCardText(card.text, activity)) return 'schema';
  if (card.category !== undefined && card.category !== '' && !activity.categories.some((category) => category.id === card.category)) return 'schema';
  return undefined;
};
