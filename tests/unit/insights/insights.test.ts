import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerInsight, insightsRoot, readInsightAnswers } from '../../../shared/insights/answers';
import { insightIds, insights } from '../../../shared/insights/catalogue';
import { insightProfile } from '../../../shared/insights/profile';

const open = { closed: false, now: 1 };

describe('the ten insights', () => {
  it('are three principles then seven steps', () => {
    expect(insights).toHaveLength(10);
    expect(insights.filter((insight) => insight.group === 'principle').map((insight) => insight.id)).toEqual(['leadership', 'data', 'workforce']);
    expect(insights.filter((insight) => insight.group === 'step')).toHaveLength(7);
  });
});

describe('answering the ten insights check', () => {
  it('keeps each person’s answers under their own key and lets them change or clear one', () => {
    const doc = new Y.Doc();
    expect(answerInsight(doc, 'part', 'amina', 'leadership', 4, open).ok).toBe(true);
    expect(answerInsight(doc, 'part', 'amina', 'data', 'dontKnow', open).ok).toBe(true);
    expect(answerInsight(doc, 'part', 'amina', 'leadership', 5, open).ok).toBe(true);
    expect(answerInsight(doc, 'part', 'amina', 'data', undefined, open).ok).toBe(true);
    expect([...doc.getMap(insightsRoot).keys()]).toEqual(['part/amina']);
    expect(readInsightAnswers(doc, 'part').byPerson.get('amina')).toEqual({ leadership: 5 });
    expect(readInsightAnswers(doc, 'other').byPerson.size).toBe(0);
  });

  it('refuses unknown insights, levels off the scale, and answers once the check is closed', () => {
    const doc = new Y.Doc();
    expect(answerInsight(doc, 'part', 'amina', 'blockchain', 3, open)).toMatchObject({ ok: false, refusal: { code: 'insights.unknownInsight' } });
    expect(answerInsight(doc, 'part', 'amina', 'data', 6, open)).toMatchObject({ ok: false, refusal: { code: 'insights.badAnswer' } });
    expect(answerInsight(doc, 'part', 'amina', 'data', 2.5, open)).toMatchObject({ ok: false, refusal: { code: 'insights.badAnswer' } });
    expect(answerInsight(doc, 'part', 'amina', 'data', 3, { closed: true, now: 2 })).toMatchObject({ ok: false, refusal: { code: 'insights.closed' } });
    expect(doc.getMap(insightsRoot).size).toBe(0);
  });

  it('reads a damaged sheet as a problem and skips stray answers in a readable one', () => {
    const doc = new Y.Doc();
    doc.getMap(insightsRoot).set('part/bo', 'not a sheet');
    doc.getMap(insightsRoot).set('part/cy', { answers: { data: 9, leadership: 2, made_up: 3 }, updatedAt: 1 });
    const read = readInsightAnswers(doc, 'part');
    expect(read.problems).toHaveLength(1);
    expect(read.byPerson.get('cy')).toEqual({ leadership: 2 });
  });
});

describe('the room’s profile', () => {
  it('gives the spread of levels per insight, with “don’t know” apart from the mean', () => {
    const doc = new Y.Doc();
    answerInsight(doc, 'part', 'a', 'leadership', 1, open);
    answerInsight(doc, 'part', 'b', 'leadership', 5, open);
    answerInsight(doc, 'part', 'c', 'leadership', 'dontKnow', open);
    answerInsight(doc, 'part', 'c', 'data', 3, open);
    const profile = insightProfile(readInsightAnswers(doc, 'part').byPerson);
    expect(profile.respondents).toBe(3);
    expect(profile.rows.map((row) => row.id)).toEqual([...insightIds]);
    const leadership = profile.rows[0]!;
    expect(leadership).toMatchObject({ counts: [1, 0, 0, 0, 1], dontKnow: 1, rated: 2, mean: 3 });
    expect(profile.rows[1]).toMatchObject({ counts: [0, 0, 1, 0, 0], dontKnow: 0, rated: 1, mean: 3 });
    expect(profile.rows[9]).toMatchObject({ rated: 0, dontKnow: 0, mean: undefined });
  });
});
