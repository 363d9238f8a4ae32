import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { setCardCluster } from '@shared/activities/cards';
import type { Cluster } from '@shared/activities/clusters';
import { deleteCluster, renameCluster, restoreCluster } from '@shared/activities/clusters';
import type { Refusal } from '@shared/activities/outcome';
import { useToast } from '../../../ui/ToastProvider';
import { RefusalMessage } from '../RefusalMessage';

type ClusterSectionProps = {
  doc: Y.Doc;
  /** Undefined for the "Not grouped" pile, which cannot be renamed or deleted. */
  cluster: Cluster | undefined;
  count: number;
  children: ReactNode;
};

/** A group of cards on the facilitator's board, and a place to drop cards into it. */
export function ClusterSection({ doc, cluster, count, children }: ClusterSectionProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [over, setOver] = useState(false);
  const [renaming, setRenaming] = useState<string>();
  const [refusal, setRefusal] = useState<Refusal>();
  const title = cluster ? cluster.name : t('activities.cards.ungrouped');

  function drop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const cardId = event.dataTransfer.getData('text/plain');
    if (cardId) setCardCluster(doc, cardId, cluster?.id);
  }

  function saveName() {
    if (!cluster || renaming === undefined) return;
    const result = renameCluster(doc, cluster.id, renaming);
    if (!result.ok) return setRefusal(result.refusal);
    setRefusal(undefined);
    setRenaming(undefined);
  }

  function remove() {
    if (!cluster || !deleteCluster(doc, cluster.id, Date.now()).ok) return;
    toast({ message: t('activities.clusters.deleted', { name: cluster.name }), actionLabel: t('activities.undo'), onAction: () => restoreCluster(doc, cluster.id) });
  }

  return (
    <section
      className={`cluster${over ? ' is-drop-target' : ''}${cluster ? '' : ' is-ungrouped'}`}
      data-testid="cluster"
      aria-label={title}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <div className="cluster-head">
        {renaming !== undefined ? (
          <form
            className="cluster-rename"
            onSubmit={(event) => {
              event.preventDefault();
              saveName();
            }}
          >
            <input aria-label={t('activities.clusters.name')} value={renaming} onChange={(event) => setRenaming(event.target.value)} />
            <button type="submit" className="button button-small button-primary">
              {t('activities.cards.save')}
            </button>
            <button type="button" className="button button-small" onClick={() => setRenaming(undefined)}>
              {t('activities.cards.cancel')}
            </button>
          </form>
        ) : (
          <h4 className="cluster-title">
            {title} <span className="badge">{t('activities.cards.count', { count })}</span>
          </h4>
        )}
        {cluster && renaming === undefined ? (
          <div className="card-actions">
            <button type="button" className="button button-small" aria-label={t('activities.clusters.renameLabel', { name: cluster.name })} onClick={() => setRenaming(cluster.name)}>
              {t('activities.clusters.rename')}
            </button>
            <button type="button" className="button button-small button-danger-quiet" aria-label={t('activities.clusters.deleteLabel', { name: cluster.name })} onClick={remove}>
              {t('activities.clusters.delete')}
            </button>
          </div>
        ) : null}
      </div>
      <RefusalMessage refusal={refusal} />
      {count === 0 ? <p className="muted cluster-empty">{t('activities.clusters.dropHint')}</p> : null}
      {children}
    </section>
  );
}
