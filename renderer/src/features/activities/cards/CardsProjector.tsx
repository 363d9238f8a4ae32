import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CardsActivity } from '@shared/activities/activitySchema';
import { readBoard } from '@shared/activities/board';
import type { Actor } from '@shared/activities/outcome';
import { watched } from '../watchedRoots';
import { useDocValue } from '../useDocValue';
import { CappedList } from './CappedList';
import { cardGroups } from './cardGroups';
import { CardView } from './CardView';

type CardsPanelProps = { doc: Y.Doc; partId: string; config: CardsActivity; actor: Actor };

// The room sees what any participant may see: held cards stay off the wall until revealed.
const room = { deviceId: '', role: 'participant' as const };

/** Cards on the wall as they arrive, grouped as the facilitator sorts them, newest last. */
export function CardsProjector({ doc, partId, config }: CardsPanelProps) {
  const { t } = useTranslation();
  const board = useDocValue(doc, watched.board, (current) => readBoard(current, partId, room), [partId]);
  if (board.cards.length === 0) return <p className="projector-empty">{t('activities.cards.waiting')}</p>;
  const groups = cardGroups(board, t('activities.cards.ungrouped'));
  return (
    <div className="activity cards-projector" data-testid="projector-cards">
      {groups.map((group) => (
        <section key={group.id || 'ungrouped'} className="projector-group" aria-label={group.name || t('activities.cards.board')}>
          {group.name ? <h3>{group.name}</h3> : null}
          <CappedList items={group.cards} cap={60} newest className="idea-list is-wall" render={(card) => <CardView key={card.id} card={card} config={config} large />} />
        </section>
      ))}
    </div>
  );
}
