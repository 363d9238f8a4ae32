import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CardsActivity } from '@shared/activities/activitySchema';
import { addCard } from '@shared/activities/cards';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { CardTextField } from './CardTextField';
import { useCategoryLabel } from './CardView';

type CardComposerProps = { doc: Y.Doc; partId: string; config: CardsActivity; actor: Actor };

/** Writing a new card: text with a live count, an optional category, and who will see the author. */
export function CardComposer({ doc, partId, config, actor }: CardComposerProps) {
  const { t } = useTranslation();
  // Confirmed in a polite live region rather than a toast: what was sent appears on screen,
  // and a toast each time would pile up while someone sends several in a row.
  const [confirmed, setConfirmed] = useState(0);
  const id = useId();
  const categoryLabel = useCategoryLabel(config);
  const [text, setText] = useState('');
  const [category, setCategory] = useState('');
  const [refusal, setRefusal] = useState<Refusal>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = addCard(doc, partId, { text, category }, actor, config, Date.now());
    if (!result.ok) {
      setRefusal(result.refusal);
      return;
    }
    setRefusal(undefined);
    setText('');
    setConfirmed((count) => count + 1);
  }

  const authorNote = config.anonymous ? t('activities.cards.anonymous') : actor.name ? t('activities.cards.named', { name: actor.name }) : t('activities.cards.namedNoName');
  return (
    <form className="card-composer" onSubmit={submit} data-testid="card-composer" noValidate>
      <CardTextField
        label={t('activities.cards.add')}
        hint={t('activities.cards.addHint')}
        value={text}
        limit={config.maxLength}
        refusal={refusal}
        onChange={(next) => {
          setText(next);
          if (refusal) setRefusal(undefined);
        }}
      />
      {config.categories.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('activities.cards.category')}</label>
          <select id={`${id}-category`} value={category} onChange={(event) => setCategory(event.target.value)}>
            <option value="">{t('activities.cards.noCategory')}</option>
            {config.categories.map((item) => (
              <option key={item.id} value={item.id}>
                {categoryLabel(item.id)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="field-hint">{authorNote}</p>
      <p className="visually-hidden" role="status">
        {confirmed > 0 ? t('activities.cards.added') : ''}
      </p>
      <button type="submit" className="button button-primary">
        {t('activities.cards.submit')}
      </button>
    </form>
  );
}
