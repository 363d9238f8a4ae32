import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { QnaActivity } from '@shared/activities/activitySchema';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { askQuestion, readQuestions, setQuestionState, type Question } from '@shared/activities/questions';
import { MarkOutcomeButton } from '../../outcome/MarkOutcomeButton';
import { CardTextField } from '../cards/CardTextField';
import { watched } from '../watchedRoots';
import { useDocValue } from '../useDocValue';
import { QuestionItem } from './QuestionItem';

type QnaProps = { doc: Y.Doc; partId: string; config: QnaActivity; actor: Actor };

const room = { deviceId: '', role: 'participant' as const };

function useQuestions(doc: Y.Doc, partId: string, viewer: Pick<Actor, 'deviceId' | 'role'>) {
  return useDocValue(doc, watched.questions, (current) => readQuestions(current, partId, viewer), [partId, viewer.deviceId, viewer.role]);
}

/** A participant asks, and upvotes the questions they want answered too. */
export function QnaParticipant({ doc, partId, config, actor }: QnaProps) {
  const { t } = useTranslation();
  // Confirmed in a polite live region rather than a toast: what was sent appears on screen,
  // and a toast each time would pile up while someone sends several in a row.
  const [confirmed, setConfirmed] = useState(0);
  const list = useQuestions(doc, partId, actor);
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<Refusal>();

  function ask(event: FormEvent) {
    event.preventDefault();
    const result = askQuestion(doc, partId, text, actor, config, Date.now());
    if (!result.ok) return setRefusal(result.refusal);
    setRefusal(undefined);
    setText('');
    setConfirmed((count) => count + 1);
  }

  return (
    <div className="activity qna">
      <form className="card-composer" onSubmit={ask} noValidate data-testid="ask-form">
        <CardTextField label={t('activities.qna.ask')} value={text} limit={config.maxLength} refusal={refusal} onChange={setText} rows={2} />
        <p className="visually-hidden" role="status">
          {confirmed > 0 ? t('activities.qna.asked') : ''}
        </p>
        <button type="submit" className="button button-primary">
          {t('activities.qna.submit')}
        </button>
      </form>
      <QuestionList doc={doc} questions={[...list.open, ...list.answered]} deviceId={actor.deviceId} canUpvote />
    </div>
  );
}

/** The facilitator sees every question, marks answered ones and hides those off topic. */
export function QnaFacilitator({ doc, partId, actor }: QnaProps) {
  const { t } = useTranslation();
  const list = useQuestions(doc, partId, actor);
  const tools = (question: Question) => (
    <div className="card-actions">
      <button type="button" className="button button-small" onClick={() => setQuestionState(doc, question.id, { answered: !question.answered })}>
        {question.answered ? t('activities.qna.markOpen') : t('activities.qna.markAnswered')}
      </button>
      <MarkOutcomeButton doc={doc} kind="question" id={question.id} text={question.text} />
      <button type="button" className="button button-small button-danger-quiet" onClick={() => setQuestionState(doc, question.id, { hidden: !question.hidden })}>
        {question.hidden ? t('activities.qna.show') : t('activities.qna.hide')}
      </button>
    </div>
  );
  return (
    <div className="activity qna">
      <h3>{t('activities.qna.open')}</h3>
      <QuestionList doc={doc} questions={list.open} deviceId={actor.deviceId} tools={tools} />
      {list.answered.length > 0 ? (
        <>
          <h3>{t('activities.qna.answeredList')}</h3>
          <QuestionList doc={doc} questions={list.answered} deviceId={actor.deviceId} tools={tools} />
        </>
      ) : null}
      {list.hidden.length > 0 ? (
        <details className="hidden-questions">
          <summary>{t('activities.qna.hidden')}</summary>
          <QuestionList doc={doc} questions={list.hidden} deviceId={actor.deviceId} tools={tools} />
        </details>
      ) : null}
    </div>
  );
}

/** The room sees open questions, most wanted first. */
export function QnaProjector({ doc, partId }: QnaProps) {
  const list = useQuestions(doc, partId, room);
  return <QuestionList doc={doc} questions={list.open.slice(0, 8)} deviceId="" large />;
}

type QuestionListProps = { doc: Y.Doc; questions: Question[]; deviceId: string; canUpvote?: boolean; tools?: (question: Question) => ReactNode; large?: boolean };

function QuestionList({ doc, questions, deviceId, canUpvote = false, tools, large }: QuestionListProps) {
  const { t } = useTranslation();
  if (questions.length === 0) return <p className={large ? 'projector-empty' : 'muted'}>{t('activities.qna.empty')}</p>;
  return (
    <ul className="question-list" data-testid="questions">
      {questions.map((question) => (
        <QuestionItem key={question.id} doc={doc} question={question} deviceId={deviceId} canUpvote={canUpvote} large={large}>
          {tools?.(question)}
        </QuestionItem>
      ))}
    </ul>
  );
}
