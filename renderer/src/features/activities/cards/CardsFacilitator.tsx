import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CardsActivity } from '@shared/activities/activitySchema';
import { readBoard, type BoardCard } from '@shared/activities/board';
import { mergeCards, revealCards, unmergeCard } from '@shared/activities/cards';
import { createCluster } from '@shared/activities/clusters';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { useToast } from '../../../ui/ToastProvider';
import { RefusalMessage } from '../RefusalMessage';
import { watched } from '../watchedRoots';
import { useDocValue } from '../useDocValue';
import { useStable } from '../useStable';
import { CappedList } from './CappedList';
import { ClusterSection } from './ClusterSection';
import { GroupsShownToggle } from './GroupsShownToggle';
import { FacilitatorCard } from './FacilitatorCard';

/** Cards drawn per group before "Show all": enough to sort a busy room, quick to draw. */
const boardCap = 120;

type CardsPanelProps = { doc: Y.Doc; partId: string; config: CardsActivity; actor: Actor };

/**
 * The facilitator's board: every card (held ones marked), reveal, merge duplicates, and named
 * groups that cards are dragged into or filed in with each card's Group menu.
 */
export function CardsFacilitator({ doc, partId, config: freshConfig, actor }: CardsPanelProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const board = useDocValue(doc, watched.board, (current) => readBoard(current, partId, actor), [partId, actor.deviceId, actor.role]);
  const config = useStable(freshConfig);
  const clusters = useStable(board.clusters.map((item) => item.cluster));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [clusterName, setClusterName] = useState('');
  const [refusal, setRefusal] = useState<Refusal>();

  const onSelect = useCallback((cardId: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(cardId);
      else next.delete(cardId);
      return next;
    });
  }, []);

  // Selections of cards that left the board (merged, deleted elsewhere) no longer count.
  const chosen = board.cards.filter((card) => selected.has(card.id));

  function merge() {
    // The oldest card keeps its place; the others become its trace.
    const [keep, ...rest] = chosen;
    if (!keep || rest.length === 0) return;
    const result = mergeCards(doc, keep.id, rest.map((card) => card.id));
    if (!result.ok) return setRefusal(result.refusal);
    setRefusal(undefined);
    setSelected(new Set());
    toast({ message: t('activities.cards.merged'), actionLabel: t('activities.undo'), onAction: () => rest.forEach((card) => unmergeCard(doc, card.id)) });
  }

  function addCluster(event: FormEvent) {
    event.preventDefault();
    const result = createCluster(doc, partId, clusterName, Date.now());
    if (!result.ok) return setRefusal(result.refusal);
    setRefusal(undefined);
    setClusterName('');
  }

  function reveal() {
    const count = revealCards(doc, partId);
    toast({ message: t('activities.cards.revealed', { count }) });
  }

  const renderCards = (cards: BoardCard[]) => (
    <CappedList
      items={cards}
      cap={boardCap}
      className="idea-list"
      render={(card) => <FacilitatorCard key={card.id} doc={doc} card={card} config={config} actor={actor} clusters={clusters} selected={selected.has(card.id)} onSelect={onSelect} />}
    />
  );

  return (
    <div className="activity cards-facilitator" data-testid="cards-board">
      <div className="board-toolbar">
        <p className="board-count">
          {t('activities.cards.count', { count: board.cards.length })}
          {board.heldCount > 0 ? <span className="badge badge-warning">{t('activities.cards.heldCount', { count: board.heldCount })}</span> : null}
        </p>
        <button type="button" className="button" disabled={board.heldCount === 0} onClick={reveal}>
          {t('activities.cards.revealAll')}
        </button>
        <div className="merge-bar" aria-live="polite">
          <span>{t('activities.cards.selected', { count: chosen.length })}</span>
          <button type="button" className="button" disabled={chosen.length < 2} title={t('activities.cards.mergeHint')} onClick={merge}>
            {t('activities.cards.merge')}
          </button>
          {chosen.length > 0 ? (
            <button type="button" className="button button-quiet" onClick={() => setSelected(new Set())}>
              {t('activities.cards.clearSelection')}
            </button>
          ) : null}
        </div>
        <GroupsShownToggle doc={doc} partId={partId} config={config} />
        <form className="cluster-create" onSubmit={addCluster}>
          <label className="visually-hidden" htmlFor={`new-cluster-${partId}`}>
            {t('activities.clusters.new')}
          </label>
          <input id={`new-cluster-${partId}`} placeholder={t('activities.clusters.new')} value={clusterName} onChange={(event) => setClusterName(event.target.value)} />
          <button type="submit" className="button">
            {t('activities.clusters.create')}
          </button>
        </form>
      </div>
      <RefusalMessage refusal={refusal} />
      {board.cards.length === 0 ? <p className="empty-state">{t('activities.cards.waiting')}</p> : null}
      <div className="cluster-grid">
        {board.clusters.map(({ cluster, cards }) => (
          <ClusterSection key={cluster.id} doc={doc} cluster={cluster} count={cards.length}>
            {renderCards(cards)}
          </ClusterSection>
        ))}
        {board.cards.length > 0 || board.clusters.length > 0 ? (
          <ClusterSection doc={doc} cluster={undefined} count={board.ungrouped.length}>
            {renderCards(board.ungrouped)}
          </ClusterSection>
        ) : null}
      </div>
    </div>
  );
}
