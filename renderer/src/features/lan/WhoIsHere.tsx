import { useTranslation } from 'react-i18next';
import type { Presence } from '../../sync/presence';

/** The people connected right now, from awareness: a dot in their colour, their name, their
 *  role, and the part their screen shows. */
type WhoIsHereProps = { presence: Presence[]; partTitle?: (partId: string) => string | undefined };

export function WhoIsHere({ presence, partTitle }: WhoIsHereProps) {
  const { t } = useTranslation();
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
          </li>
        ))}
      </ul>
    </section>
  );
}
