import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { randomId } from '@shared/ids';
import type { Actor, Refusal } from '@shared/activities/outcome';
import type { Criterion, Rubric } from '@shared/hackathon/schema';
import { setRubric, starterRubric, weightTotal } from '@shared/hackathon/settings';
import { RefusalMessage } from '../activities/RefusalMessage';

type Props = { doc: Y.Doc; rubric: Rubric | undefined; actor: Actor; readOnly: boolean };

/**
 * The rubric as a draft the facilitator saves in one go: weights are checked together (they
 * must add up to 100), so saving each field as it is typed would refuse every step on the way.
 * The running total is shown as they type.
 */
export function RubricEditor({ doc, rubric, actor, readOnly }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Rubric>(() => rubric ?? starterRubric(t));
  const [refusal, setRefusal] = useState<Refusal>();
  const [saved, setSaved] = useState(false);
  const total = weightTotal(draft.criteria.map((criterion) => ({ weight: Number.isFinite(criterion.weight) ? criterion.weight : 0 })));

  const change = (index: number, patch: Partial<Criterion>) => {
    setSaved(false);
    setDraft({ ...draft, criteria: draft.criteria.map((criterion, at) => (at === index ? { ...criterion, ...patch } : criterion)) });
  };
  function save() {
    const result = setRubric(doc, draft, actor);
    setRefusal(result.ok ? undefined : result.refusal);
    setSaved(result.ok);
  }

  return (
    <section className="hack-section" aria-labelledby="hack-rubric">
      <h2 id="hack-rubric">{t('hackathon.rubric.title')}</h2>
      {!rubric ? <p className="muted">{t('hackathon.rubric.none')}</p> : null}
      <table className="hack-table" data-testid="rubric-table">
        <thead>
          <tr>
            <th scope="col">{t('hackathon.rubric.criterion')}</th>
            <th scope="col">{t('hackathon.rubric.weight')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {draft.criteria.map((criterion, index) => (
            <tr key={criterion.id}>
              <td>
                <input aria-label={t('hackathon.rubric.criterion')} value={criterion.label} disabled={readOnly} onChange={(event) => change(index, { label: event.target.value })} />
              </td>
              <td>
                <input
                  aria-label={t('hackathon.rubric.weight') + ': ' + criterion.label}
                  inputMode="numeric"
                  className="hack-number"
                  value={Number.isFinite(criterion.weight) ? String(criterion.weight) : ''}
                  disabled={readOnly}
                  onChange={(event) => change(index, { weight: event.target.value.trim() === '' ? Number.NaN : Number(event.target.value) })}
                />
              </td>
              <td>
                <button type="button" className="button button-small button-danger-quiet" disabled={readOnly} onClick={() => setDraft({ ...draft, criteria: draft.criteria.filter((_, at) => at !== index) })}>
                  {t('hackathon.rubric.removeCriterion', { label: criterion.label })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={total === 100 ? 'muted' : 'field-error'} data-testid="weight-total" aria-live="polite">
        {total === 100 ? t('hackathon.rubric.totalOk') : t('hackathon.rubric.total', { total })}
      </p>
      <div className="hack-row">
        <label className="field">
          <span>{t('hackathon.rubric.scaleMin')}</span>
          <input className="hack-number" inputMode="numeric" value={String(draft.scale.min)} disabled={readOnly} onChange={(event) => setDraft({ ...draft, scale: { ...draft.scale, min: Number(event.target.value) } })} />
        </label>
        <label className="field">
          <span>{t('hackathon.rubric.scaleMax')}</span>
          <input className="hack-number" inputMode="numeric" value={String(draft.scale.max)} disabled={readOnly} onChange={(event) => setDraft({ ...draft, scale: { ...draft.scale, max: Number(event.target.value) } })} />
        </label>
      </div>
      <RefusalMessage refusal={refusal} />
      {saved ? <p role="status">{t('hackathon.rubric.saved')}</p> : null}
      {!readOnly ? (
        <div className="hack-row">
          <button type="button" className="button" onClick={() => setDraft({ ...draft, criteria: [...draft.criteria, { id: randomId(), label: '', weight: 0 }] })}>
            {t('hackathon.rubric.addCriterion')}
          </button>
          <button type="button" className="button button-primary" onClick={save}>
            {t('hackathon.rubric.save')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
