import { z } from 'zod';
import * as Y from 'yjs';
import { randomId } from '../ids';
import { localEdit } from '../workshop/doc';
import type { QnaActivity } from './activitySchema';
import type { Actor, Outcome, RecordProblem } from './outcome';
import { accept, refuse } from './outcome';
import { parseRecord, patchRecord, recordMap } from './records';

/**
 * Questions from the floor (root `questions`): a Y.Map from question id to a Y.Map with the
 * fields below plus `upvotes`, a nested Y.Map from device id to true. The asker creates the
 * nested map together with the question, so it is never created twice; afterwards each device
 * only writes its own key in it, so simultaneous upvotes all count.
 */
export const questionsRoot = 'questions';
const upvotesKey = 'upvotes';

export const questionSchema = z.looseObject({
  id: z.string().min(1),
  partId: z.string().min(1),
  text: z.string().max(2000),
  authorDevice: z.string().min(1),
  authorName: z.string().max(120).optional(),
  createdAt: z.number(),
  answered: z.boolean(),
  /** Hidden by the facilitator (off topic, abusive); kept so it can be shown again. */
  hidden: z.boolean(),
});
export type StoredQuestion = z.infer<typeof questionSchema>;
export type Question = StoredQuestion & { upvotes: number; upvotedByMe: boolean };

export type QuestionRefusalCode = 'questions.empty' | 'questions.tooLong' | 'questions.notFound';

export function askQuestion(doc: Y.Doc, partId: string, text: string, actor: Actor, config: QnaActivity, now: number): Outcome<string, QuestionRefusalCode> {
  const trimmed = text.trim();
  if (trimmed === '') return refuse('questions.empty');
  const length = Array.from(trimmed).length;
  if (length > config.maxLength) return refuse('questions.tooLong', { limit: config.maxLength, length });
  const id = randomId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    const fields: StoredQuestion = { id, partId, text: trimmed, authorDevice: actor.deviceId, createdAt: now, answered: false, hidden: false };
    const name = config.anonymous ? undefined : actor.name?.trim();
    if (name) fields.authorName = name;
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
    map.set(upvotesKey, new Y.Map<boolean>());
    doc.getMap<unknown>(questionsRoot).set(id, map);
  }, localEdit);
  return accept(id);
}

/** Adds this device's upvote, or takes it back if it was there. Returns the new state. */
export function toggleUpvote(doc: Y.Doc, questionId: string, deviceId: string): Outcome<{ upvoted: boolean }, QuestionRefusalCode> {
  const votes = recordMap(doc, questionsRoot, questionId)?.get(upvotesKey);
  if (!(votes instanceof Y.Map)) return refuse('questions.notFound', { questionId });
  const upvoted = votes.get(deviceId) !== true;
  doc.transact(() => (upvoted ? votes.set(deviceId, true) : votes.delete(deviceId)), localEdit);
  return accept({ upvoted });
}

/** Facilitator: mark answered (or not) and hide (or show again). */
export function setQuestionState(doc: Y.Doc, questionId: string, patch: { answered?: boolean; hidden?: boolean }): Outcome<undefined, QuestionRefusalCode> {
  const map = recordMap(doc, questionsRoot, questionId);
  if (!map) return refuse('questions.notFound', { questionId });
  doc.transact(() => patchRecord(map, patch), localEdit);
  return accept(undefined);
}

export type QuestionList = { open: Question[]; answered: Question[]; hidden: Question[]; problems: RecordProblem[] };

/**
 * A part's questions as a viewer sees them: open ones by upvotes (most first, then oldest
 * first), then answered ones in the same order. Hidden questions are listed for the facilitator
 * only.
 */
export function readQuestions(doc: Y.Doc, partId: string, viewer: Pick<Actor, 'deviceId' | 'role'>): QuestionList {
  const all: Question[] = [];
  const problems: RecordProblem[] = [];
  doc.getMap<unknown>(questionsRoot).forEach((value, key) => {
    if (!(value instanceof Y.Map)) {
      problems.push({ root: questionsRoot, key, issues: ['not a question'] });
      return;
    }
    const parsed = parseRecord(questionSchema, value);
    if (!parsed.ok) {
      problems.push({ root: questionsRoot, key, issues: parsed.issues });
      return;
    }
    if (parsed.value.partId !== partId) return;
    const votes = value.get(upvotesKey);
    let upvotes = 0;
    let upvotedByMe = false;
    if (votes instanceof Y.Map) {
      votes.forEach((on, device) => {
        if (on !== true) return;
        upvotes += 1;
        if (device === viewer.deviceId) upvotedByMe = true;
      });
    }
    all.push({ ...parsed.value, upvotes, upvotedByMe });
  });
  all.sort((a, b) => b.upvotes - a.upvotes || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const shown = all.filter((question) => !question.hidden);
  return {
    open: shown.filter((question) => !question.answered),
    answered: shown.filter((question) => question.answered),
    hidden: viewer.role === 'facilitator' ? all.filter((question) => question.hidden) : [],
    problems,
  };
}
