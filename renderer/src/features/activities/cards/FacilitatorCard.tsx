import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CardsActivity } from '@shared/activities/activitySchema';
import type { BoardCard } from '@shared/activities/board';
import { setCardCluster, setCardHeld, unmergeCard } from '@shared/activities/cards';
import type { Cluster } from '@shared/activities/clusters';
import type { Actor } from '@shared/activities/outcome';
import { MarkOutcomeButton } from '../../outcome/MarkOutcomeButton';
import { sameJson } from '../useStable';
import { CardEditForm } from './CardEditForm';
import { useRemoveCard } from './useRemoveCard';
import { CardView } from './CardView';

type FacilitatorCardProps = {
  doc: Y.Doc;
  card: BoardCard;
  config: CardsActivity;
  actor: Actor;
  clusters: readonly Cluster[];
  selected: boolean;
  onSelect: (cardId: string, selected: boolean) => void;
};

/**
 * A card with the facilitator's tools: select it for a merge, file it in a group (the select is
 * the keyboard's way to do what dragging does), hold it back or reveal it, edit, delete, and
 * split off cards merged into it. Memoised: on a board of thousands only changed cards render.
 */
export const FacilitatorCard = memo(function FacilitatorCard({ doc, card, config, actor, clusters, selected, onSelect }: FacilitatorCardProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const removeCard = useRemoveCard(doc, actor);

  if (editing) {
    return (
      <li className="idea-card">
        <CardEditForm doc={doc} card={card} config={config} actor={actor} onDone={() => setEditing(false)} />
      </li>
    );
  }

  const remove = () => removeCard(card.id);

  const short = card.text.length > 60 ? `${card.text.slice(0, 60)}…` : card.text;
  return (
    <CardView card={card} config={config} draggable>
      {card.merged.length > 0 ? (
        <ul className="merged-trace">
          {card.merged.map((merged) => (
            <li key={merged.id}>
              <span>{merged.text}</span>
              <button type="button" className="button button-small button-quiet" onClick={() => unmergeCard(doc, merged.id)}>
                {t('activities.cards.unmerge')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="card-tools">
        <label className="card-select">
          <input type="checkbox" checked={selected} onChange={(event) => onSelect(card.id, event.target.checked)} />
          <span className="visually-hidden">{t('activities.cards.select', { text: short })}</span>
        </label>
        <select
          className="card-cluster"
          aria-label={t('activities.cards.moveToLabel', { text: short })}
          value={card.clusterId && clusters.some((cluster) => cluster.id === card.clusterId) ? card.clusterId : ''}
          onChange={(event) => setCardCluster(doc, card.id, event.target.value || undefined)}
        >
          <option value="">{t('activities.cards.ungrouped')}</option>
          {clusters.map((cluster) => (
            <option key={cluster.id} value={cluster.id}>
              {cluster.name}
            </option>
          ))}
        </select>
      </div>
      <div className="card-actions">
        <button type="button" className="button button-small" onClick={() => setCardHeld(doc, card.id, !card.held)}>
          {card.held ? t('activities.cards.letThrough') : t('activities.cards.hold')}
        </button>
        <MarkOutcomeButton doc={doc} kind="card" id={card.id} text={card.text} />
        <button type="button" className="button button-small" aria-label={t('activities.cards.editLabel', { text: short })} onClick={() => setEditing(true)}>
          {t('activities.cards.edit')}
        </button>
        <button type="button" className="button button-small button-danger-quiet" aria-label={t('activities.cards.deleteLabel', { text: short })} onClick={remove}>
          {t('activities.cards.delete')}
        </button>
      </div>
    </CardView>
  );
}, sameCard);

// Cards are read afresh on every change; only a card whose content changed needs to render.
function sameCard(a: FacilitatorCardProps, b: FacilitatorCardProps): boolean {
  return a.doc === b.doc && a.config === b.config && a.clusters === b.clusters && a.selected === b.selected && a.onSelect === b.onSelect && a.actor.deviceId === b.actor.deviceId && sameJson(a.card, b.card);
}
