import type * as Y from 'yjs';
import { isFacilitatorRoot, isParticipantRoot, type participantRoots } from '../workshop/roots';
import { summariseEntry } from './entryChange';
import { agendaRoots, Lookups } from './lookups';
import { plainValue, type PlainLimits, type PlainResult } from './plainValue';
import { plainLimitsFor } from './rootLimits';
import { attachmentsRule } from './rules/attachments';
import { cardsRule } from './rules/cards';
import { insightsRule } from './rules/insights';
import { submissionsRule, scoresRule } from './rules/judging';
import { questionsRule } from './rules/questions';
import { registerRule } from './rules/register';
import { commentsRule, roadmapRule } from './rules/roadmap';
import type { RefusalReason, Rule, RuleContext } from './rules/rule';
import { teamsRule } from './rules/teams';
import { ratingsRule, votesRule } from './rules/votes';
import type { EntryTouches, RootTouches } from './touches';
import type { Writer } from './writer';
import { validators } from './validators';

export type { RefusalReason } from './rules/rule';

/**
 * Decides whether what an update did may stand, given who sent it. Participants and judges may
 * write only the roots listed here, each under its rule; every entry they touched must still be
 * valid afterwards. The facilitator may write anything except remove an entry from a
 * participant root outright: soft deletion (and undo) is the only way to take back what someone
 * contributed, unless the entry was unreadable to begin with.
 */
const rules: Record<(typeof participantRoots)[number], Rule> = {
  cards: cardsRule,
  votes: votesRule,
  ratings: ratingsRule,
  questions: questionsRule,
  participants: registerRule,
  teams: teamsRule,
  submissions: submissionsRule,
  scores: scoresRule,
  roadmap: roadmapRule,
  roadmapComments: commentsRule,
  insights: insightsRule,
  attachments: attachmentsRule,
};

export type Verdict = { ok: true } | { ok: false; reason: RefusalReason | 'unplaceable'; root?: string; key?: string };

export type JudgedEffect = { roots: ReadonlyMap<string, RootTouches>; unplaceable: boolean; overflow: boolean };

export function judgeEffect(effect: JudgedEffect, writer: Writer, doc: Y.Doc): Verdict {
  if (effect.overflow) return { ok: false, reason: 'too-large' };
  if (effect.unplaceable) return { ok: false, reason: 'unplaceable' };
  const lookups = new Lookups(doc, agendaRoots.some((root) => effect.roots.has(root)));
  for (const [root, touches] of effect.roots) {
    const verdict = writer.role === 'facilitator' ? judgeFacilitator(root, touches) : judgeParticipant(root, touches, writer, lookups, doc);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

function judgeParticipant(root: string, touches: RootTouches, writer: Writer, lookups: Lookups, doc: Y.Doc): Verdict {
  if (!isParticipantRoot(root)) return { ok: false, reason: isFacilitatorRoot(root) ? 'facilitator-root' : 'unknown-root', root };
  if (touches.keyless.length > 0) return { ok: false, reason: 'content', root };
  const rule = rules[root];
  for (const entry of touches.entries.values()) {
    const reason = rule(summariseEntry(entry), contextFor(entry, writer, lookups, doc)) ?? boundedValues(entry);
    if (reason) return { ok: false, reason, root, key: entry.key };
  }
  return { ok: true };
}

function judgeFacilitator(root: string, touches: RootTouches): Verdict {
  // Even the facilitator's values are held to the depth and size every client can decode: a
  // value nested thousands deep would overflow the stack of every browser that receives it.
  for (const entry of touches.entries.values()) {
    const reason = boundedValues(entry);
    if (reason) return { ok: false, reason, root, key: entry.key };
  }
  const keyless = boundedTouches(touches.keyless, plainLimitsFor(root));
  if (keyless) return { ok: false, reason: keyless, root };
  if (!isParticipantRoot(root)) return { ok: true };
  for (const entry of touches.entries.values()) {
    const change = summariseEntry(entry);
    if (!change.removedExisting || change.set) continue;
    const removed = entry.touches.find((touch) => touch.path.length === 0 && touch.kind === 'delete' && !touch.fresh);
    if (validators[root](removed?.previous)) return { ok: false, reason: 'removal', root, key: entry.key };
  }
  return { ok: true };
}

function contextFor(entry: EntryTouches, writer: Writer, lookups: Lookups, doc: Y.Doc): RuleContext {
  let after: PlainResult | undefined;
  return {
    writer,
    lookups,
    after: () => (after ??= plainValue(doc.getMap<unknown>(entry.root).get(entry.key), plainLimitsFor(entry.root))),
  };
}

/** Every JSON value written, even one that lost a conflict and so is not in the entry now, is
 *  held to the same depth and size as stored entries (it still travels to every peer). */
function boundedValues(entry: EntryTouches): RefusalReason | undefined {
  return boundedTouches(entry.touches, plainLimitsFor(entry.root));
}

function boundedTouches(touches: readonly EntryTouches['touches'][number][], limits: PlainLimits): RefusalReason | undefined {
  for (const touch of touches) {
    if (!touch.values) continue;
    const result = plainValue(touch.values, limits);
    if (!result.ok) return result.problem;
  }
  return undefined;
}
