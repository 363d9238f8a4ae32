import type { QuestionInput } from './inputs';
import type { OutcomeLabels } from './labels';
import { fillTemplate, joinList } from './labels';
import type { SourceRef } from './links';
import { oneLine, shorten } from './text';

/**
 * The suggested themes: first the questions the room most wanted answered and did not get to
 * (open, most upvoted), then subjects the other sections had no room for. One paragraph, as
 * the template asks; every question and subject named is linked.
 */
export type Leftover = { text: string; ref: SourceRef };

const questionsShown = 3;
const leftoversShown = 6;

export function themes(questions: readonly QuestionInput[], leftovers: readonly Leftover[], labels: OutcomeLabels): { text: string; links: SourceRef[] } {
  const open = questions
    .filter((question) => !question.answered && oneLine(question.text) !== '')
    .sort((a, b) => b.votes - a.votes || a.text.localeCompare(b.text))
    .slice(0, questionsShown);
  const subjects = leftovers.slice(0, leftoversShown);
  const sentences: string[] = [];
  if (open.length > 0) {
    const quoted = open.map((question) => fillTemplate(labels.draft.quoted, { text: shorten(oneLine(question.text), 140, labels.draft.ellipsis) }));
    sentences.push(fillTemplate(labels.draft.themesFromQuestions, { list: joinList(quoted, labels) }));
  }
  if (subjects.length > 0) sentences.push(fillTemplate(labels.draft.themesFromLeftovers, { list: joinList(subjects.map((subject) => shorten(subject.text, 80, labels.draft.ellipsis)), labels) }));
  if (sentences.length === 0) return { text: labels.draft.themesEmpty, links: [] };
  return {
    text: sentences.length === 2 ? fillTemplate(labels.draft.themesJoined, { first: sentences[0] as string, second: sentences[1] as string }) : (sentences[0] as string),
    links: [...open.map((question): SourceRef => ({ kind: 'question', id: question.id })), ...subjects.map((subject) => subject.ref)],
  };
}
