import { z } from 'zod';
import type * as Y from 'yjs';
import { localEdit } from '../workshop/doc';
import type { DotRules } from './activitySchema';
import type { Outcome, RecordProblem } from './outcome';
import { accept, refuse } from './outcome';
import { parseRecord } from './records';

/**
 * Dot voting (root `votes`). Each voter's dots for one poll live under their own key
 * `<pollId>/<voterId>`, as one value that only that voter writes, so voters voting at the same
 * moment never touch the same entry. A poll is identified by its part id (a dot vote on a
 * brainstorm's cards, or the competency priorities); options are card ids or competency ids.
 *
 * The rules (budget, dots per option) are checked when writing and again when counting, so a
 * ballot that breaks them (an old client, a hostile peer, a merge of two cards) counts only as
 * far as the rules allow.
 */
export const votesRoot = 'votes';

export const ballotSchema = z.looseObject({
  /** One entry per dot, in the order placed; an option appears once per dot on it. */
  dots: z.array(z.string().min(1).max(64)).max(200),
  updatedAt: z.number(),
});
export type Ballot = z.infer<typeof ballotSchema>;

export function ballotKey(pollId: string, voterId: string): string {
  return `${pollId}/${voterId}`;
}

/** Every valid ballot of a poll, by voter id. */
export function readBallots(doc: Y.Doc, pollId: string): { ballots: Map<string, string[]>; problems: RecordProblem[] } {
  const prefix = `${pollId}/`;
  const ballots = new Map<string, string[]>();
  const problems: RecordProblem[] = [];
  doc.getMap<unknown>(votesRoot).forEach((value, key) => {
    if (!key.startsWith(prefix)) return;
    const parsed = parseRecord(ballotSchema, value);
    if (parsed.ok) ballots.set(key.slice(prefix.length), parsed.value.dots);
    else problems.push({ root: votesRoot, key, issues: parsed.issues });
  });
  return { ballots, problems };
}

/** Maps an option to the one that now stands for it (a merged card to the card it joined). */
export type ResolveOption = (optionId: string) => string;
const sameOption: ResolveOption = (id) => id;

/**
 * The dots of one ballot that count, per option, under the rules: dots are taken in the order
 * placed, each on the option that now stands for it, skipping any past the per-option cap or
 * the budget, or on an option no longer on offer.
 */
export function effectiveDots(dots: readonly string[], rules: Pick<DotRules, 'dots' | 'maxPerOption'>, resolve: ResolveOption = sameOption, isOption?: (id: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  let used = 0;
  for (const raw of dots) {
    if (used >= rules.dots) break;
    const option = resolve(raw);
    if (isOption && !isOption(option)) continue;
    const already = counts.get(option) ?? 0;
    if (already >= rules.maxPerOption) continue;
    counts.set(option, already + 1);
    used += 1;
  }
  return counts;
}

export type VoteRefusalCode = 'votes.closed' | 'votes.noDotsLeft' | 'votes.optionFull' | 'votes.unknownOption' | 'votes.noDotHere';

export type VoteContext = {
  rules: Pick<DotRules, 'dots' | 'maxPerOption'>;
  closed: boolean;
  resolve?: ResolveOption | undefined;
  /** Options that may be voted on (visible cards, competency ids); unchecked when absent. */
  isOption?: ((id: string) => boolean) | undefined;
};

/** What a voter has placed and has left, as counted. */
export function dotsLeft(dots: readonly string[], context: VoteContext): { used: Map<string, number>; left: number } {
  const used = effectiveDots(dots, context.rules, context.resolve, context.isOption);
  let total = 0;
  for (const count of used.values()) total += count;
  return { used, left: Math.max(0, context.rules.dots - total) };
}

function writeBallot(doc: Y.Doc, pollId: string, voterId: string, dots: string[], now: number): void {
  doc.transact(() => doc.getMap<unknown>(votesRoot).set(ballotKey(pollId, voterId), { dots, updatedAt: now } satisfies Ballot), localEdit);
}

function ownDots(doc: Y.Doc, pollId: string, voterId: string): string[] {
  const parsed = ballotSchema.safeParse(doc.getMap<unknown>(votesRoot).get(ballotKey(pollId, voterId)));
  return parsed.success ? parsed.data.dots : [];
}

/** Places one dot. Refused when the vote is closed, the budget is spent, or the option already
 *  holds as many of this voter's dots as allowed (one, when dots must be spread). */
export function placeDot(doc: Y.Doc, pollId: string, voterId: string, optionId: string, context: VoteContext, now: number): Outcome<{ left: number }, VoteRefusalCode> {
  if (context.closed) return refuse('votes.closed');
  const option = (context.resolve ?? sameOption)(optionId);
  if (context.isOption && !context.isOption(option)) return refuse('votes.unknownOption', { optionId });
  // Counted under the rules, so a dot freed by a merge (two dotted cards became one) can be spent
  // again; stored dots are kept as placed, so restoring or unmerging a card gives them back.
  const current = ownDots(doc, pollId, voterId);
  const { used, left } = dotsLeft(current, context);
  if (left <= 0) return refuse('votes.noDotsLeft', { budget: context.rules.dots });
  if ((used.get(option) ?? 0) >= context.rules.maxPerOption) return refuse('votes.optionFull', { limit: context.rules.maxPerOption });
  writeBallot(doc, pollId, voterId, [...current, option], now);
  return accept({ left: left - 1 });
}

/** Takes back one of this voter's dots from an option (the last one placed there). */
export function removeDot(doc: Y.Doc, pollId: string, voterId: string, optionId: string, context: Pick<VoteContext, 'closed' | 'resolve'>, now: number): Outcome<undefined, VoteRefusalCode> {
  if (context.closed) return refuse('votes.closed');
  const resolve = context.resolve ?? sameOption;
  const option = resolve(optionId);
  const current = ownDots(doc, pollId, voterId);
  const index = current.map(resolve).lastIndexOf(option);
  if (index < 0) return refuse('votes.noDotHere');
  writeBallot(doc, pollId, voterId, current.filter((_, i) => i !== index), now);
  return accept(undefined);
}

/** Removes all of a voter's dots from a poll. */
export function clearDots(doc: Y.Doc, pollId: string, voterId: string, now: number): void {
  writeBallot(doc, pollId, voterId, [], now);
}

export type RankedOption = {
  optionId: string;
  dots: number;
  /** People who put at least one dot on it. */
  voters: number;
  /** 1 is the top; options with equal dots share a rank, and the next rank skips (1, 1, 3). */
  rank: number;
};

/**
 * Counts a poll: options by dots, most first. `options` lists everything on offer so that
 * options nobody chose still appear (with 0); ties keep the order of `options`.
 */
export function tally(ballots: ReadonlyMap<string, readonly string[]>, context: Omit<VoteContext, 'closed'>, options?: readonly string[]): RankedOption[] {
  const totals = new Map<string, { dots: number; voters: number }>();
  for (const option of options ?? []) totals.set(option, { dots: 0, voters: 0 });
  const isOption = context.isOption ?? (options ? (id: string) => totals.has(id) : undefined);
  for (const dots of ballots.values()) {
    for (const [option, count] of effectiveDots(dots, context.rules, context.resolve, isOption)) {
      const total = totals.get(option) ?? { dots: 0, voters: 0 };
      totals.set(option, { dots: total.dots + count, voters: total.voters + 1 });
    }
  }
  const order = Array.from(totals.keys());
  const rows = Array.from(totals, ([optionId, total]) => ({ optionId, ...total }));
  rows.sort((a, b) => b.dots - a.dots || order.indexOf(a.optionId) - order.indexOf(b.optionId));
  let rank = 0;
  return rows.map((row, index) => {
    if (index === 0 || row.dots !== rows[index - 1]?.dots) rank = index + 1;
    return { ...row, rank };
  });
}

export type PollViewer = { deviceId: string; role: 'facilitator' | 'participant' };

export type PollView = {
  closed: boolean;
  /** False while a hidden vote is open and the viewer is a participant. */
  resultsVisible: boolean;
  /** Empty when results are not visible. */
  results: RankedOption[];
  /** How many people have placed at least one dot (always shown: it tells the room how far the
   *  vote has got without revealing the result). */
  voterCount: number;
  myDots: Map<string, number>;
  myDotsLeft: number;
};

/** Everything a given viewer may see of a poll. */
export function pollView(ballots: ReadonlyMap<string, readonly string[]>, viewer: PollViewer, context: VoteContext & Pick<DotRules, 'hiddenUntilClosed'>, options?: readonly string[]): PollView {
  const resultsVisible = viewer.role === 'facilitator' || !context.hiddenUntilClosed || context.closed;
  const results = tally(ballots, context, options);
  const voterCount = Array.from(ballots.values()).filter((dots) => effectiveDots(dots, context.rules, context.resolve, context.isOption).size > 0).length;
  const mine = dotsLeft(ballots.get(viewer.deviceId) ?? [], context);
  return {
    closed: context.closed,
    resultsVisible,
    results: resultsVisible ? results : [],
    voterCount,
    myDots: mine.used,
    myDotsLeft: mine.left,
  };
}
