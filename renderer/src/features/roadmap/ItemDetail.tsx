import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Card } from '@shared/activities/cards';
import type { Actor, Refusal } from '@shared/activities/outcome';
import type { Thread } from '@shared/roadmap/comments';
import { descriptionOf, itemMap, recordDescription } from '@shared/roadmap/history';
import { horizons, horizonKey, type Horizon } from '@shared/roadmap/horizons';
import { acceptProposal, deleteItem, mergeItem, restoreItem, unmergeItem, updateItem, type ItemPatch } from '@shared/roadmap/items';
import { itemStatuses, type ItemStatus, type RoadmapItem } from '@shared/roadmap/schema';
import { awarenessOf } from '../../sync/liveConnections';
import { RefusalMessage } from '../activities/RefusalMessage';
import { Comments } from './Comments';
import { History } from './History';
import { lazyComponent } from '../../ui/lazyComponent';
import { MarkOutcomeButton } from '../outcome/MarkOutcomeButton';
import { useToast } from '../../ui/ToastProvider';

const DescriptionEditor = lazyComponent(() => import('./DescriptionEditor'), 'default', { loadingKey: 'roadmap.editorLoading' });

/**
 * The name and colour others see at this person's cursor: the ones "who is here" shows. The
 * editor writes this object back as the awareness `user`, so every presence field is kept in it.
 */
function caretUser(awareness: ReturnType<typeof awarenessOf>, fallbackName: string | undefined): { name: string; color: string } | undefined {
  if (!awareness) return undefined;
  const user = (awareness.getLocalState() as { user?: Record<string, unknown> } | null)?.user ?? {};
  const name = typeof user.name === 'string' && user.name !== '' ? user.name : (fallbackName ?? '');
  const color = typeof user.colour === 'string' ? user.colour : '#1565c0';
  return { ...user, name, color };
}

type ItemDetailProps = {
  doc: Y.Doc;
  item: RoadmapItem;
  others: readonly RoadmapItem[];
  threads: readonly Thread[];
  challenges: readonly Card[];
  actor: Actor;
  onClose: () => void;
};

/** Everything about one item: its fields, the co-edited description, links to challenges,
 *  comments, and (for the facilitator) accept, merge, delete and the version history. */
export function ItemDetail({ doc, item, others, threads, challenges, actor, onClose }: ItemDetailProps) {
  // Present only when the workshop is connected to a hub: then other people's cursors show.
  const awareness = awarenessOf(doc);
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal>();
  const [mergeInto, setMergeInto] = useState('');
  const [historyOpen, setHistoryOpen] = useState(false);
  const facilitator = actor.role === 'facilitator';
  const editable = facilitator || (item.status === 'proposal' && item.authorDevice === actor.deviceId);
  const map = itemMap(doc, item.id);
  const report = (outcome: { ok: true } | { ok: false; refusal: Refusal }) => setRefusal(outcome.ok ? undefined : outcome.refusal);
  const patch = (change: ItemPatch) => report(updateItem(doc, item.id, change, actor, Date.now()));
  const linked = new Set(item.challengeIds);
  const toast = useToast();
  // Deletes and merges are soft (see RemovedItems); the toast offers the way back at once.
  const merge = () => {
    const into = others.find((other) => other.id === mergeInto);
    const outcome = mergeItem(doc, item.id, mergeInto, actor);
    report(outcome);
    if (outcome.ok) toast({ message: t('roadmap.mergedToast', { title: item.title, into: into?.title ?? '' }), actionLabel: t('roadmap.undo'), onAction: () => unmergeItem(doc, item.id, actor) });
  };
  const remove = () => {
    const outcome = deleteItem(doc, item.id, actor, Date.now());
    report(outcome);
    if (outcome.ok) toast({ message: t('roadmap.deletedToast', { title: item.title }), actionLabel: t('roadmap.undo'), onAction: () => restoreItem(doc, item.id, actor) });
  };
  const article = useRef<HTMLElement>(null);
  // The detail opens below the board or the list; on a phone that is a long way down from the
  // card that was tapped, so it is brought into view whenever another item is opened.
  useEffect(() => {
    article.current?.scrollIntoView({ block: 'nearest' });
  }, [item.id]);

  return (
    <article ref={article} className="roadmap-detail" aria-label={item.title} data-testid="item-detail">
      <div className="roadmap-detail-head">
        <input key={`title-${item.title}`} className="roadmap-title-input" aria-label={t('roadmap.title')} defaultValue={item.title} readOnly={!editable} onBlur={(event) => event.target.value !== item.title && patch({ title: event.target.value })} onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()} />
        <button type="button" className="button button-small" onClick={onClose}>
          {t('roadmap.close')}
        </button>
      </div>
      <RefusalMessage refusal={refusal} />
      <div className="roadmap-fields">
        <label className="field">
          <span>{t('roadmap.horizonLabel')}</span>
          <select value={item.horizon} disabled={!editable} onChange={(event) => patch({ horizon: event.target.value as Horizon })}>
            {horizons.map((horizon) => (
              <option key={horizon} value={horizon}>
                {t(horizonKey(horizon))}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('roadmap.owner')}</span>
          <input key={`owner-${item.owner}`} defaultValue={item.owner} readOnly={!editable} onBlur={(event) => event.target.value !== item.owner && patch({ owner: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('roadmap.statusLabel')}</span>
          <select value={item.status} disabled={!facilitator} onChange={(event) => patch({ status: event.target.value as ItemStatus })}>
            {itemStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`roadmap.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field">
        <span>{t('roadmap.description')}</span>
        {map ? (
            <DescriptionEditor
              fragment={descriptionOf(map)}
              label={t('roadmap.descriptionOf', { title: item.title })}
              awareness={awareness}
              user={caretUser(awareness, actor.name)}
              onSettle={() => recordDescription(doc, item.id, actor, Date.now())}
            />
        ) : null}
      </div>
      {challenges.length > 0 ? (
        <fieldset className="roadmap-links" aria-describedby={editable ? undefined : `challenges-why-${item.id}`}>
          <legend>{t('roadmap.challenges')}</legend>
          {editable ? null : (
            <p className="muted" id={`challenges-why-${item.id}`} data-testid="challenges-why">
              {t('roadmap.challengesReadOnly')}
            </p>
          )}
          {challenges.map((card) => (
            <label key={card.id} className="check">
              <input type="checkbox" checked={linked.has(card.id)} disabled={!editable} onChange={(event) => patch({ challengeIds: event.target.checked ? [...item.challengeIds, card.id] : item.challengeIds.filter((id) => id !== card.id) })} />
              {card.text}
            </label>
          ))}
        </fieldset>
      ) : null}
      {facilitator ? (
        <div className="roadmap-actions">
          {item.status === 'proposal' ? (
            <button type="button" className="button button-primary" onClick={() => report(acceptProposal(doc, item.id, actor, Date.now()))}>
              {t('roadmap.accept')}
            </button>
          ) : null}
          <MarkOutcomeButton doc={doc} kind="roadmap" id={item.id} text={item.title} />
          <label className="roadmap-merge">
            <span>{t('roadmap.mergeInto')}</span>
            <select value={mergeInto} onChange={(event) => setMergeInto(event.target.value)}>
              <option value="">{t('roadmap.pickItem')}</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" disabled={!mergeInto} onClick={merge}>
            {t('roadmap.merge')}
          </button>
          <button type="button" className="button button-danger" onClick={remove}>
            {t('roadmap.delete')}
          </button>
        </div>
      ) : null}
      <Comments doc={doc} itemId={item.id} threads={threads} actor={actor} />
      {facilitator ? (
        // Drawn only while open: the log is re-read on every change to the roadmap.
        <details className="roadmap-history-box" open={historyOpen} onToggle={(event) => setHistoryOpen(event.currentTarget.open)}>
          <summary>{t('roadmap.history')}</summary>
          {historyOpen ? <History doc={doc} itemId={item.id} actor={actor} /> : null}
        </details>
      ) : null}
    </article>
  );
}
