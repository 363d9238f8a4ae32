import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../app/router';
import { createProgramme } from '../../persistence/programmes';
import { ProgrammeNameForm } from './ProgrammeNameForm';
import { useProgrammes } from './useProgrammes';
import './programme.css';

/** The home screen's list of programmes (series of workshops), with a way to start one. */
export function ProgrammesSection() {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const [creating, setCreating] = useState(false);
  const rows = programmes.status === 'ready' ? programmes.value : [];
  return (
    <section className="programmes" aria-labelledby="programmes-heading">
      <div className="programmes-heading">
        <h2 id="programmes-heading">{t('programme.listHeading')}</h2>
        {creating ? null : (
          <button type="button" className="button button-small" onClick={() => setCreating(true)}>
            {t('programme.new')}
          </button>
        )}
      </div>
      {creating ? (
        <ProgrammeNameForm
          initial=""
          submitLabel={t('programme.create')}
          onCancel={() => setCreating(false)}
          onSubmit={async (name) => {
            const id = await createProgramme(name, Date.now());
            navigate({ name: 'programme', id });
          }}
        />
      ) : null}
      {programmes.status === 'error' ? (
        <p className="notice notice-error" role="alert">
          {t('programme.storageError', { message: programmes.message })}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="programme-list">
          {rows.map((programme) => (
            <li key={programme.id} data-testid="programme-link">
              <a href={routeHref({ name: 'programme', id: programme.id })}>{programme.name}</a>{' '}
              <span className="muted">{t('programme.workshopCount', { count: programme.workshopIds.length })}</span>
            </li>
          ))}
        </ul>
      ) : programmes.status === 'ready' && !creating ? (
        <p className="muted">{t('programme.none')}</p>
      ) : null}
    </section>
  );
}
