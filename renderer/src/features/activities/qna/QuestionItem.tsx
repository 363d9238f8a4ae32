import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@shared/activities/questions';
import { toggleUpvote } from '@shared/activities/questions';
import type * as Y from 'yjs';

type QuestionItemProps = { doc: Y.Doc; question: Question; deviceId: string; canUpvote: boolean; children?: ReactNode; large?: boolean };

/** A question with its upvotes. The upvote is a toggle button, so its pressed state is announced. */
export function QuestionItem({ doc, question, deviceId, canUpvote, children, large }: QuestionItemProps) {
  const { t } = useTranslation();
  return (
    <li className={`question${question.answered ? ' is-answered' : ''}${large ? ' is-large' : ''}`} data-testid="question">
      {canUpvote ? (
        <button type="button" className="button upvote" aria-pressed={question.upvotedByMe} aria-label={t('activities.qna.upvote', { text: question.text })} onClick={() => toggleUpvote(doc, question.id, deviceId)}>
          <span aria-hidden="true">▲</span>
          <span>{question.upvotes}</span>
        </button>
      ) : (
        <span className="upvote-count" data-testid="upvotes">
          {t('activities.qna.upvotes', { count: question.upvotes })}
        </span>
      )}
      <div className="question-body">
        <p className="question-text">{question.text}</p>
        <div className="idea-meta">
          {question.authorName ? <span>{t('activities.qna.by', { name: question.authorName })}</span> : null}
          {question.answered ? <span className="badge">{t('activities.qna.answered')}</span> : null}
          {canUpvote ? <span className="visually-hidden">{t('activities.qna.upvotes', { count: question.upvotes })}</span> : null}
        </div>
        {children}
      </div>
    </li>
  );
}
