import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, mergeCards } from '../../../shared/activities/cards';
import type { CardVoteInput } from '../../../shared/activities/cardVote';
import { cardVoteView, dotCard, undotCard } from '../../../shared/activities/cardVote';
import type { CardsActivity } from '../../../shared/activities/config';
import { defaultActivity } from '../../../shared/activities/config';
import type { Actor } from '../../../shared/activities/outcome';
import { placeDot, readBallots, tally } from '../../../shared/activities/votes';
import { readRun, setPollClosed } from '../../../shared/run/state';
import { syncDocs } from '../../fixtures/workshop';

const cardsConfig = defaultActivity('brainstorm') as CardsActivity;
const host: Actor = { deviceId: 'host', role: 'facilitator' };
const source = 'brainstorm-part';
const poll = 'vote-part';

function boardWith(doc: Y.Doc, texts: string[]): string[] {
  return texts.map((text, index) => {
    const result = addCard(doc, source, { text }, host, cardsConfig, index);
    if (!result.ok) throw new Error(result.refusal.code);
    return result.value;
  });
}

function input(doc: Y.Doc, rules: Partial<CardVoteInput['config']> = {}): CardVoteInput {
  return { pollId: poll, sourcePartId: source, config: { dots: 3, maxPerOption: 3, hiddenUntilClosed: false, ...rules }, run: readRun(doc) };
}

describe('dot budget', () => {
  it('each voter gets N dots and a dot beyond the budget is refused', () => {
    const doc = new Y.Doc();
    const [a, b] = boardWith(doc, ['A', 'B']) as [string, string];
    expect(dotCard(doc, input(doc), 'v1', a, 0)).toEqual({ ok: true, value: { left: 2 } });
    dotCard(doc, input(doc), 'v1', a, 0);
    dotCard(doc, input(doc), 'v1', b, 0);
    expect(dotCard(doc, input(doc), 'v1', b, 0)).toEqual({ ok: false, refusal: { code: 'votes.noDotsLeft', budget: 3 } });
    expect(cardVoteView(doc, input(doc), { deviceId: 'v1', role: 'participant' }).myDotsLeft).toBe(0);
  });

  it('when dots must be spread, a second dot on the same card is refused', () => {
    const doc = new Y.Doc();
    const [a] = boardWith(doc, ['A', 'B']) as [string, string];
    const spread = input(doc, { maxPerOption: 1 });
    expect(dotCard(doc, spread, 'v1', a, 0).ok).toBe(true);
    expect(dotCard(doc, spread, 'v1', a, 0)).toEqual({ ok: false, refusal: { code: 'votes.optionFull', limit: 1 } });
  });

  it('taking a dot back frees it for another card', () => {
    const doc = new Y.Doc();
    const [a, b] = boardWith(doc, ['A', 'B']) as [string, string];
    const one = input(doc, { dots: 1 });
    dotCard(doc, one, 'v1', a, 0);
    expect(undotCard(doc, one, 'v1', b, 0)).toMatchObject({ ok: false, refusal: { code: 'votes.noDotHere' } });
    undotCard(doc, one, 'v1', a, 0);
    expect(dotCard(doc, one, 'v1', b, 0).ok).toBe(true);
  });

  it('a closed vote takes no more dots', () => {
    const doc = new Y.Doc();
    const [a] = boardWith(doc, ['A']) as [string];
    setPollClosed(doc, poll, true, 0);
    expect(dotCard(doc, input(doc), 'v1', a, 0)).toEqual({ ok: false, refusal: { code: 'votes.closed' } });
  });

  it('a ballot written past the rules by a bad client counts only within them', () => {
    const doc = new Y.Doc();
    const [a, b] = boardWith(doc, ['A', 'B']) as [string, string];
    doc.getMap('votes').set(`${poll}/cheat`, { dots: [a, a, a, a, a, b, b], updatedAt: 0 });
    const view = cardVoteView(doc, input(doc, { maxPerOption: 2 }), host);
    expect(view.results.map((r) => [r.optionId, r.dots])).toEqual([
      [a, 2],
      [b, 1],
    ]);
  });
});

describe('results', () => {
  it('ranks cards by dots; ties share a rank and the next rank skips', () => {
    const ballots = new Map([
      ['v1', ['a', 'b']],
      ['v2', ['b', 'c']],
      ['v3', ['a', 'd']],
    ]);
    const ranked = tally(ballots, { rules: { dots: 3, maxPerOption: 3 } }, ['a', 'b', 'c', 'd', 'e']);
    expect(ranked.map((r) => [r.optionId, r.dots, r.rank])).toEqual([
      ['a', 2, 1],
      ['b', 2, 1],
      ['c', 1, 3],
      ['d', 1, 3],
      ['e', 0, 5],
    ]);
    expect(ranked[0]?.voters).toBe(2);
  });

  it('hidden results stay invisible to participants until the vote closes; the facilitator always sees them', () => {
    const doc = new Y.Doc();
    const [a] = boardWith(doc, ['A']) as [string];
    dotCard(doc, input(doc, { hiddenUntilClosed: true }), 'v1', a, 0);
    const participant = { deviceId: 'v2', role: 'participant' } as const;
    const open = cardVoteView(doc, input(doc, { hiddenUntilClosed: true }), participant);
    expect(open).toMatchObject({ resultsVisible: false, results: [], voterCount: 1 });
    expect(cardVoteView(doc, input(doc, { hiddenUntilClosed: true }), host).results[0]?.dots).toBe(1);
    setPollClosed(doc, poll, true, 0);
    expect(cardVoteView(doc, input(doc, { hiddenUntilClosed: true }), participant).results[0]).toMatchObject({ optionId: a, dots: 1 });
  });

  it('merging duplicates moves their dots to the kept card, never counting a voter twice past the cap', () => {
    const doc = new Y.Doc();
    const [keep, dup, other] = boardWith(doc, ['Data skills', 'Skills in data', 'Budget']) as [string, string, string];
    const spread = input(doc, { maxPerOption: 1 });
    dotCard(doc, spread, 'v1', keep, 0);
    dotCard(doc, spread, 'v1', dup, 0);
    dotCard(doc, spread, 'v2', dup, 0);
    dotCard(doc, spread, 'v3', other, 0);
    mergeCards(doc, keep, [dup]);
    const view = cardVoteView(doc, input(doc, { maxPerOption: 1 }), { deviceId: 'v1', role: 'participant' });
    expect(view.results.map((r) => [r.optionId, r.dots])).toEqual([
      [keep, 2],
      [other, 1],
    ]);
    // v1's two dots now sit on one card; with one dot per card, one of them is handed back.
    expect(view.myDotsLeft).toBe(2);
  });

  it('a deleted card drops out of the results and cannot be voted on', () => {
    const doc = new Y.Doc();
    const [a, b] = boardWith(doc, ['A', 'B']) as [string, string];
    dotCard(doc, input(doc), 'v1', a, 0);
    deleteCard(doc, a, host, 0);
    expect(cardVoteView(doc, input(doc), host).results.map((r) => r.optionId)).toEqual([b]);
    expect(dotCard(doc, input(doc), 'v1', a, 0)).toMatchObject({ ok: false, refusal: { code: 'votes.unknownOption' } });
  });
});

describe('voting on two laptops at once', () => {
  it('two voters voting concurrently on separate copies both count after syncing', () => {
    const room = new Y.Doc();
    const [a, b] = boardWith(room, ['A', 'B']) as [string, string];
    const laptop1 = new Y.Doc();
    const laptop2 = new Y.Doc();
    syncDocs(room, laptop1);
    syncDocs(room, laptop2);
    dotCard(laptop1, input(laptop1), 'v1', a, 0);
    dotCard(laptop1, input(laptop1), 'v1', b, 0);
    dotCard(laptop2, input(laptop2), 'v2', a, 0);
    syncDocs(laptop1, laptop2);
    syncDocs(laptop1, room);
    for (const doc of [room, laptop1, laptop2]) {
      expect(cardVoteView(doc, input(doc), host).results.map((r) => [r.optionId, r.dots])).toEqual([
        [a, 2],
        [b, 1],
      ]);
    }
  });

  it('the same voter on two devices offline cannot end up over budget', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    placeDot(one, poll, 'v1', 'x', { rules: { dots: 2, maxPerOption: 2 }, closed: false }, 1);
    placeDot(two, poll, 'v1', 'y', { rules: { dots: 2, maxPerOption: 2 }, closed: false }, 2);
    placeDot(two, poll, 'v1', 'y', { rules: { dots: 2, maxPerOption: 2 }, closed: false }, 2);
    syncDocs(one, two);
    const counted = tally(readBallots(one, poll).ballots, { rules: { dots: 2, maxPerOption: 2 } });
    expect(counted.reduce((sum, row) => sum + row.dots, 0)).toBeLessThanOrEqual(2);
    expect(tally(readBallots(two, poll).ballots, { rules: { dots: 2, maxPerOption: 2 } })).toEqual(counted);
  });
});
