import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Presence } from '../../sync/presence';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/**
 * The people connected right now, from awareness: a dot in their colour, their name, their
 * role, and the part their screen shows. With `onExpel` (the facilitator's panel), each
 * participant can be removed from the workshop, after a confirmation.
 */
type WhoIsHereProps = { presence: Presence[]; partTitle?: (partId: string) => string | undefined; onExpel?: (person: Presence) => void };

export function WhoIsHere({ presence, partTitle, onExpel }: WhoIsHereProps) {
  const { t } = useTranslation();
  const [expelling, setExpelling] = useState<Presence>();
  return (
    <section className="who-is-here" aria-labelledby="who-is-here-title">
      <h3 id="who-is-here-title">{t('lan.who.title', { count: presence.length })}</h3>
      {presence.length <= 1 ? <p className="muted">{t('lan.who.nobody')}</p> : null}
      <ul data-testid="who-is-here">
        {presence.map((person) => (
          <li key={person.clientId}>
            <span className="presence-dot" style={{ background: person.colour }} aria-hidden="true" />
            <span className="presence-name">{person.name}</span>
            {person.self ? <span className="muted"> ({t('lan.who.you')})</span> : null}
            {person.role === 'facilitator' && !person.self ? <span className="muted"> ({t('lan.who.facilitator')})</span> : null}
            {person.partId && partTitle?.(person.partId) ? <span className="muted"> · {t('lan.who.onPart', { title: partTitle(person.partId) })}</span> : null}
            {onExpel && person.personId && person.role !== 'facilitator' && !person.self ? (
              <button type="button" className="button button-small button-danger-quiet" onClick={() => setExpelling(person)}>
                {t('lan.who.expel', { name: person.name })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {expelling && onExpel ? (
        <ConfirmDialog
          title={t('lan.who.expelTitle', { name: expelling.name })}
          body={t('lan.who.expelBody')}
          confirmLabel={t('lan.who.expelConfirm')}
          cancelLabel={t('lan.who.cancel')}
          onConfirm={() => {
            onExpel(expelling);
            setExpelling(undefined);
          }}
          onCancel={() => setExpelling(undefined)}
        />
      ) : null}
    </section>
  );
}
