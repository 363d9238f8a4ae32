import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { addComment, setThreadResolved, type Thread } from '@shared/roadmap/comments';
import { RefusalMessage } from '../activities/RefusalMessage';

/** Comment threads on one item: start a thread, reply, resolve or reopen. */
export function Comments({ doc, itemId, threads, actor }: { doc: Y.Doc; itemId: string; threads: readonly Thread[]; actor: Actor }) {
  const { t } = useTranslation();
  const [showResolved, setShowResolved] = useState(false);
  const open = threads.filter((thread) => !thread.resolved);
  const shown = showResolved ? threads : open;
  return (
    <section className="roadmap-comments" aria-label={t('roadmap.comments')}>
      <h4>{t('roadmap.commentsHeading', { count: open.length })}</h4>
      <ol className="comment-threads" data-testid="comment-threads">
        {shown.map((thread) => (
          <li key={thread.first.id} className={`comment-thread${thread.resolved ? ' is-resolved' : ''}`} data-testid="comment-thread">
            {[thread.first, ...thread.replies].map((comment) => (
              <p key={comment.id} className="comment" data-testid="comment">
                <strong>{comment.authorName || t('roadmap.someone')}</strong> {comment.text}
              </p>
            ))}
            <div className="comment-actions">
              {actor.role === 'facilitator' || thread.first.authorDevice === actor.deviceId ? (
                <button type="button" className="button button-small" onClick={() => setThreadResolved(doc, thread.first.id, !thread.resolved, actor, Date.now())}>
                  {thread.resolved ? t('roadmap.reopen') : t('roadmap.resolve')}
                </button>
              ) : null}
              {thread.resolved ? null : <CommentComposer doc={doc} itemId={itemId} actor={actor} threadId={thread.first.id} />}
            </div>
          </li>
        ))}
      </ol>
      {threads.length > open.length ? (
        <button type="button" className="link-button" onClick={() => setShowResolved(!showResolved)}>
          {showResolved ? t('roadmap.hideResolved') : t('roadmap.showResolved', { count: threads.length - open.length })}
        </button>
      ) : null}
      <CommentComposer doc={doc} itemId={itemId} actor={actor} />
    </section>
  );
}

function CommentComposer({ doc, itemId, actor, threadId }: { doc: Y.Doc; itemId: string; actor: Actor; threadId?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<Refusal>();
  const label = threadId ? t('roadmap.reply') : t('roadmap.newComment');
  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        const outcome = addComment(doc, itemId, text, actor, Date.now(), threadId);
        setRefusal(outcome.ok ? undefined : outcome.refusal);
        if (outcome.ok) setText('');
      }}
    >
      <label className="visually-hidden" htmlFor={`comment-${itemId}-${threadId ?? 'new'}`}>
        {label}
      </label>
      <input id={`comment-${itemId}-${threadId ?? 'new'}`} value={text} placeholder={label} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="button button-small">
        {threadId ? t('roadmap.sendReply') : t('roadmap.sendComment')}
      </button>
      <RefusalMessage refusal={refusal} />
    </form>
  );
}
