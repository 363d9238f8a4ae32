import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CardsActivity } from '@shared/activities/activitySchema';
import { readBoard, type Board, type BoardCard } from '@shared/activities/board';
import type { Actor } from '@shared/activities/outcome';
import { watched } from '../watchedRoots';
import { useDocValue } from '../useDocValue';
import { CardComposer } from './CardComposer';
import { CardEditForm } from './CardEditForm';
import { useRemoveCard } from './useRemoveCard';
import { CappedList } from './CappedList';
import { cardGroups } from './cardGroups';
import { CardView } from './CardView';

type CardsPanelProps = { doc: Y.Doc; partId: string; config: CardsActivity; actor: Actor };

/** A participant's brainstorm: write cards, fix or withdraw their own, and see the board. */
export function CardsParticipant({ doc, partId, config, actor }: CardsPanelProps) {
  const { t } = useTranslation();
  const board = useDocValue(doc, watched.board, (current) => readBoard(current, partId, actor), [partId, actor.deviceId, actor.role]);
  const mine = board.cards.filter((card) => card.mine);
  const others = board.cards.filter((card) => !card.mine);
  return (
    <div className="activity cards-participant">
      <CardComposer doc={doc} partId={partId} config={config} actor={actor} />
      {mine.length > 0 ? (
        <section aria-labelledby={`mine-${partId}`}>
          <h3 id={`mine-${partId}`}>{t('activities.cards.mine')}</h3>
          <ul className="idea-list" data-testid="my-cards">
            {mine.map((card) => (
              <OwnCard key={card.id} doc={doc} card={card} config={config} actor={actor} />
            ))}
          </ul>
        </section>
      ) : null}
      {config.groupsShown && board.clusters.length > 0 ? (
        <SharedGroups board={board} partId={partId} config={config} />
      ) : (
        <section aria-labelledby={`board-${partId}`}>
          <h3 id={`board-${partId}`}>{t('activities.cards.board')}</h3>
          {others.length === 0 ? (
            <p className="muted">{t('activities.cards.waiting')}</p>
          ) : (
            <CappedList items={others} cap={40} newest className="idea-list" render={(card) => <CardView key={card.id} card={card} config={config} />} />
          )}
        </section>
      )}
    </div>
  );
}

/** The facilitator's groups, once shown to the room: every card, the participant's own too, under its group. */
function SharedGroups({ board, partId, config }: { board: Board; partId: string; config: CardsActivity }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`groups-${partId}`} data-testid="shared-groups">
      <h3 id={`groups-${partId}`}>{t('activities.clusters.title')}</h3>
      {cardGroups(board, t('activities.cards.ungrouped')).map((group) => (
        <section key={group.id || 'ungrouped'} className="shared-group" aria-label={group.name || t('activities.cards.board')}>
          {group.name ? <h4>{group.name}</h4> : null}
          <CappedList items={group.cards} cap={40} newest className="idea-list" render={(card) => <CardView key={card.id} card={card} config={config} />} />
        </section>
      ))}
    </section>
  );
}

function OwnCard({ doc, card, config, actor }: { doc: Y.Doc; card: BoardCard; config: CardsActivity; actor: Actor }) {
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
  return (
    <CardView card={card} config={config}>
      <div className="card-actions">
        <button type="button" className="button button-small" aria-label={t('activities.cards.editLabel', { text: card.text })} onClick={() => setEditing(true)}>
          {t('activities.cards.edit')}
        </button>
        <button type="button" className="button button-small button-danger-quiet" aria-label={t('activities.cards.deleteLabel', { text: card.text })} onClick={remove}>
          {t('activities.cards.delete')}
        </button>
      </div>
    </CardView>
  );
}
