import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { addItem, proposeItem } from '@shared/roadmap/items';
import { horizonKey, type Granularity, type Horizon, columnsFor } from '@shared/roadmap/horizons';
import { RefusalMessage } from '../activities/RefusalMessage';

/** A short form to add an item: the facilitator's goes on the roadmap, a participant's waits
 *  as a proposal until the facilitator accepts or merges it. */
export function ProposeItem({ doc, partId, actor, granularity }: { doc: Y.Doc; partId: string; actor: Actor; granularity: Granularity }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [horizon, setHorizon] = useState<Horizon>('later');
  const [refusal, setRefusal] = useState<Refusal>();
  const facilitator = actor.role === 'facilitator';
  return (
    <form
      className="roadmap-propose"
      data-testid="roadmap-propose"
      onSubmit={(event) => {
        event.preventDefault();
        const fields = { title, horizon };
        const outcome = facilitator ? addItem(doc, partId, fields, actor, Date.now()) : proposeItem(doc, partId, fields, actor, Date.now());
        setRefusal(outcome.ok ? undefined : outcome.refusal);
        if (outcome.ok) setTitle('');
      }}
    >
      <label className="field">
        <span>{facilitator ? t('roadmap.newItem') : t('roadmap.proposeLabel')}</span>
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="field">
        <span>{t('roadmap.horizonLabel')}</span>
        <select value={horizon} onChange={(event) => setHorizon(event.target.value as Horizon)}>
          {columnsFor(granularity).map((column) => (
            <option key={column} value={column}>
              {t(horizonKey(column))}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button-primary">
        {facilitator ? t('roadmap.add') : t('roadmap.propose')}
      </button>
      <RefusalMessage refusal={refusal} />
    </form>
  );
}
