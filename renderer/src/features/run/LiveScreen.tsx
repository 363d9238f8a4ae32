import { useTranslation } from 'react-i18next';
import type { LiveScreen as LiveScreenName } from '../../app/router';
import { routeHref } from '../../app/router';
import { useWorkshopDoc } from '../workshop/useWorkshopDoc';
import { ParticipantScreen } from './ParticipantScreen';
import { ProjectorScreen } from './ProjectorScreen';
import { RunScreen } from './RunScreen';

type LiveScreenProps = { id: string; screen: LiveScreenName };

/** The screens used while a session runs: each loads the same document, so they stay in step. */
export function LiveScreen({ id, screen }: LiveScreenProps) {
  const { t } = useTranslation();
  const loaded = useWorkshopDoc(id);
  if (loaded.status === 'loading') return <p className="page muted">{t('app.loading')}</p>;
  if (loaded.status !== 'ready') {
    return (
      <main id="main" tabIndex={-1} className="page narrow">
        <p className="notice notice-error" role="alert">
          {loaded.status === 'missing' ? t('workshop.notFound') : t('app.storageError', { message: loaded.message })}
        </p>
        {screen === 'run' ? (
          <a className="button" href={routeHref({ name: 'home' })}>
            {t('workshop.backHome')}
          </a>
        ) : null}
      </main>
    );
  }
  const { doc, snapshot, readOnly } = loaded;
  if (screen === 'projector') return <ProjectorScreen doc={doc} snapshot={snapshot} />;
  if (screen === 'participate') return <ParticipantScreen doc={doc} snapshot={snapshot} />;
  return <RunScreen id={id} doc={doc} snapshot={snapshot} readOnly={readOnly} />;
}
