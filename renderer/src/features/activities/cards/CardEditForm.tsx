import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CardsActivity } from '@shared/activities/activitySchema';
import type { BoardCard } from '@shared/activities/board';
import { editCard } from '@shared/activities/cards';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { CardTextField } from './CardTextField';

type CardEditFormProps = { doc: Y.Doc; card: BoardCard; config: CardsActivity; actor: Actor; onDone: () => void };

/** Editing a card in place: its author on their own card, the facilitator on any. */
export function CardEditForm({ doc, card, config, actor, onDone }: CardEditFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(card.text);
  const [refusal, setRefusal] = useState<Refusal>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = editCard(doc, card.id, { text }, actor, config, Date.now());
    if (result.ok) onDone();
    else setRefusal(result.refusal);
  }

  return (
    <form className="card-edit" onSubmit={submit} noValidate>
      <CardTextField label={t('activities.cards.editText')} value={text} limit={config.maxLength} refusal={refusal} onChange={setText} autoFocus rows={2} />
      <div className="card-actions">
        <button type="submit" className="button button-small button-primary">
          {t('activities.cards.save')}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          {t('activities.cards.cancel')}
        </button>
      </div>
    </form>
  );
}
