import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { addChallenge, removeChallenge, type ChallengeInput } from '@shared/hackathon/challenges';
import { challengeFields, type Challenge } from '@shared/hackathon/schema';
import { RefusalMessage } from '../activities/RefusalMessage';

type Props = { doc: Y.Doc; challenges: readonly Challenge[]; actor: Actor; readOnly: boolean };

const empty: ChallengeInput = { title: '', problem: '', affected: '', data: '', constraints: '', owner: '' };

/** The facilitator writes challenge statements; teams pick from them. */
export function ChallengesEditor({ doc, challenges, actor, readOnly }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ChallengeInput>(empty);
  const [refusal, setRefusal] = useState<Refusal>();

  function add(event: FormEvent) {
    event.preventDefault();
    const result = addChallenge(doc, draft, actor, Date.now());
    if (!result.ok) return setRefusal(result.refusal);
    setRefusal(undefined);
    setDraft(empty);
  }

  return (
    <section className="hack-section" aria-labelledby="hack-challenges">
      <h2 id="hack-challenges">{t('hackathon.challenges.title')}</h2>
      {challenges.length === 0 ? <p className="muted">{t('hackathon.challenges.empty')}</p> : null}
      <ul className="hack-list" data-testid="challenge-list">
        {challenges.map((challenge) => (
          <li key={challenge.id} className="hack-card">
            <h3>{challenge.title}</h3>
            {challenge.owner ? <p className="muted">{t('hackathon.challenges.ownedBy', { owner: challenge.owner })}</p> : null}
            {challenge.problem ? <p>{challenge.problem}</p> : null}
            {!readOnly ? (
              <button type="button" className="button button-small button-danger-quiet" onClick={() => removeChallenge(doc, challenge.id, actor, Date.now())}>
                {t('hackathon.challenges.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {!readOnly ? (
        <form className="hack-form" onSubmit={add} noValidate>
          <label className="field">
            <span>{t('hackathon.challenges.fields.title')}</span>
            <input value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.target.value })} />
          </label>
          {challengeFields.map((field) => (
            <label key={field} className="field">
              <span>{t(`hackathon.challenges.fields.${field}`)}</span>
              {field === 'owner' ? (
                <input value={draft[field] ?? ''} onChange={(event) => setDraft({ ...draft, [field]: event.target.value })} />
              ) : (
                <textarea rows={2} value={draft[field] ?? ''} onChange={(event) => setDraft({ ...draft, [field]: event.target.value })} />
              )}
            </label>
          ))}
          <RefusalMessage refusal={refusal} />
          <button type="submit" className="button button-primary">
            {t('hackathon.challenges.add')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
