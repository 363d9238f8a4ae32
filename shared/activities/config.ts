import type * as Y from 'yjs';
import { barriers } from '../competencies/framework';
import { localEdit, partsMap } from '../workshop/doc';
import type { PartKind } from '../workshop/partKinds';
import type { FormatId } from '../workshop/schema';
import type { ActivityConfig, CardCategory } from './activitySchema';
import { activityConfigSchema, cardLengthBounds } from './activitySchema';
import type { Outcome } from './outcome';
import { accept, refuse } from './outcome';

export * from './activitySchema';

/**
 * Defaults and storage of a part's activity. The shapes live in ./activitySchema.ts, which the
 * workshop schema imports; this file also writes to the document, so keeping the two apart
 * avoids an import cycle through ../workshop/doc.ts.
 */

/** The framework's three barriers, as card categories keyed for translation. */
export const barrierCategories: readonly CardCategory[] = barriers.map((barrier) => ({ id: barrier.id, key: barrier.key }));

/** Where a part sits, for defaults that depend on the format (the forum's challenges part). */
export type ActivityContext = { format?: FormatId | undefined };

export function defaultActivity(kind: PartKind, context: ActivityContext = {}): ActivityConfig {
  switch (kind) {
    case 'brainstorm':
      return {
        kind: 'cards',
        maxLength: cardLengthBounds.default,
        // In the three-part forum the brainstorm is "challenges and needs": sort by barrier.
        categories: context.format === 'forum3' ? barrierCategories.map((category) => ({ ...category })) : [],
        anonymous: true,
        holdNew: false,
      };
    case 'vote':
      return { kind: 'dots', dots: 3, maxPerOption: 3, hiddenUntilClosed: false, sourcePartId: '' };
    case 'competencies':
      return { kind: 'competencies', dots: 3, maxPerOption: 1, hiddenUntilClosed: false, prioritise: true, selfAssess: true, round: 'before' };
    case 'qna':
      return { kind: 'qna', maxLength: cardLengthBounds.default, anonymous: true };
    case 'discussion':
      // In a hackathon the discussion before the first sprint is where teams form.
      return context.format === 'hackathon1' || context.format === 'hackathon2' ? { kind: 'teams' } : { kind: 'none' };
    case 'sprint':
      return { kind: 'sprint' };
    case 'pitches':
      return { kind: 'submissions' };
    case 'judging':
      return { kind: 'judging' };
    case 'roadmap':
      // Three dots spread over three items: the room names its priorities, not one favourite.
      return { kind: 'roadmap', dots: 3, maxPerOption: 1, hiddenUntilClosed: false, granularity: 'halves', challengePartId: '' };
    default:
      return { kind: 'none' };
  }
}

/** The activity a part runs: its own when set and valid, the default for its kind otherwise. */
export function activityOf(part: { kind: PartKind; activity?: unknown }, context: ActivityContext = {}): ActivityConfig {
  const parsed = activityConfigSchema.safeParse(part.activity);
  return parsed.success ? parsed.data : defaultActivity(part.kind, context);
}

/** Fills in default activities on a freshly built agenda (e.g. from agendaFromFormat). */
export function withDefaultActivities<P extends { kind: PartKind; activity?: unknown }>(parts: readonly P[], context: ActivityContext = {}): (P & { activity: ActivityConfig })[] {
  return parts.map((part) => ({ ...part, activity: activityOf(part, context) }));
}

export type ActivityRefusalCode = 'activity.invalid' | 'activity.unknownPart';

/** Stores a part's activity after validating it; nothing is written when it is refused. */
export function setActivity(doc: Y.Doc, partId: string, config: ActivityConfig): Outcome<undefined, ActivityRefusalCode> {
  const parsed = activityConfigSchema.safeParse(config);
  if (!parsed.success) return refuse('activity.invalid', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
  const part = partsMap(doc).get(partId);
  if (!part) return refuse('activity.unknownPart', { partId });
  doc.transact(() => part.set('activity', parsed.data), localEdit);
  return accept(undefined);
}

/** The nearest cards part before `partId` in agenda order: what a dot vote votes on by default. */
export function voteSourcePart<P extends { id: string; kind: PartKind; activity?: unknown }>(parts: readonly P[], partId: string, context: ActivityContext = {}): P | undefined {
  const index = parts.findIndex((part) => part.id === partId);
  const own = index >= 0 ? activityOf(parts[index] as P, context) : undefined;
  if (own?.kind === 'dots' && own.sourcePartId) return parts.find((part) => part.id === own.sourcePartId);
  for (let i = index - 1; i >= 0; i--) {
    const candidate = parts[i] as P;
    if (activityOf(candidate, context).kind === 'cards') return candidate;
  }
  return undefined;
}
