import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { QnaActivity } from '../../../shared/activities/config';
import { defaultActivity } from '../../../shared/activities/config';
import type { Actor } from '../../../shared/activities/outcome';
import { askQuestion, readQuestions, setQuestionState, toggleUpvote } from '../../../shared/activities/questions';
import { syncDocs } from '../../fixtures/workshop';

const config = defaultActivity('qna') as QnaActivity;
const asker: Actor = { deviceId: 'd1', name: 'Lina', role: 'participant' };
const host: Actor = { deviceId: 'host', role: 'facilitator' };

function ask(doc: Y.Doc, text: string, at: number): string {
  const result = askQuestion(doc, 'qna', text, asker, config, at);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.value;
}

describe('questions from the floor', () => {
  it('refuses an empty question and one over the limit', () => {
    const doc = new Y.Doc();
    expect(askQuestion(doc, 'qna', ' ', asker, config, 0)).toMatchObject({ ok: false, refusal: { code: 'questions.empty' } });
    expect(askQuestion(doc, 'qna', 'q'.repeat(281), asker, config, 0)).toMatchObject({ ok: false, refusal: { code: 'questions.tooLong', limit: 280, length: 281 } });
  });

  it('upvotes are one per device and a second press takes the vote back', () => {
    const doc = new Y.Doc();
    const id = ask(doc, 'How do we fund this?', 0);
    toggleUpvote(doc, id, 'd2');
    toggleUpvote(doc, id, 'd3');
    expect(toggleUpvote(doc, id, 'd3')).toEqual({ ok: true, value: { upvoted: false } });
    const list = readQuestions(doc, 'qna', { deviceId: 'd2', role: 'participant' });
    expect(list.open[0]).toMatchObject({ upvotes: 1, upvotedByMe: true });
  });

  it('lists open questions by votes, then answered ones; hidden ones only for the facilitator', () => {
    const doc = new Y.Doc();
    const first = ask(doc, 'First', 1);
    const popular = ask(doc, 'Popular', 2);
    const done = ask(doc, 'Done', 3);
    const rude = ask(doc, 'Rude', 4);
    toggleUpvote(doc, popular, 'd2');
    toggleUpvote(doc, done, 'd2');
    toggleUpvote(doc, done, 'd3');
    setQuestionState(doc, done, { answered: true });
    setQuestionState(doc, rude, { hidden: true });
    const participant = readQuestions(doc, 'qna', asker);
    expect(participant.open.map((q) => q.id)).toEqual([popular, first]);
    expect(participant.answered.map((q) => q.id)).toEqual([done]);
    expect(participant.hidden).toEqual([]);
    expect(readQuestions(doc, 'qna', host).hidden.map((q) => q.id)).toEqual([rude]);
  });

  it('people upvoting the same question at the same moment on different laptops all count', () => {
    const room = new Y.Doc();
    const id = ask(room, 'Shared question', 0);
    const a = new Y.Doc();
    const b = new Y.Doc();
    syncDocs(room, a);
    syncDocs(room, b);
    toggleUpvote(a, id, 'da');
    toggleUpvote(b, id, 'db');
    syncDocs(a, b);
    expect(readQuestions(a, 'qna', host).open[0]?.upvotes).toBe(2);
    expect(readQuestions(b, 'qna', host).open[0]?.upvotes).toBe(2);
  });
});
