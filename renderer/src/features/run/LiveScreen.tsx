import { useTranslation } from 'react-i18next';
import type { LiveScreen as LiveScreenName } from '../../app/router';
import { routeHref } from '../../app/router';
import { deviceId, displayName, personIdIn } from '../../app/identity';
import { SessionLanguage } from '../../i18n/SessionLanguage';
import { ConnectionContext } from '../../sync/connectionContext';
import { useWorkshopSync } from '../../sync/useWorkshopSync';
import { HubNotices } from '../lan/HubNotices';
import { RefusalNote } from '../lan/RefusalNote';
import { MyDetails } from '../lan/MyDetails';
import { AppVersion } from '../offline/AppVersion';
import { StatusPill } from '../lan/StatusPill';
import { useDesktopHub } from '../lan/useDesktopHub';
import { readRun } from '@shared/run/state';
import { useWorkshopDoc } from '../workshop/useWorkshopDoc';
import { lazyComponent } from '../../ui/lazyComponent';
import { ParticipantScreen } from './ParticipantScreen';

// A participant's phone downloads only its own view: the facilitator's controls and the
// projector (with their activity panels, schedule and run log) come when those are opened.
const RunScreen = lazyComponent(() => import('./RunScreen'), 'RunScreen', { className: 'page muted' });
const ProjectorScreen = lazyComponent(() => import('./ProjectorScreen'), 'ProjectorScreen', { className: 'page muted' });
const JoinQr = lazyComponent(() => import('../lan/JoinQr'), 'JoinQr', { loadingKey: null });

/** Starts fetching the facilitator's or the projector's screen with the live screen itself. */
export function preloadLiveScreen(screen: LiveScreenName): void {
  const lazy = screen === 'run' ? RunScreen : screen === 'projector' ? ProjectorScreen : undefined;
  lazy?.preload().catch(() => undefined);
}

type LiveScreenProps = { id: string; screen: LiveScreenName };

/** The screens used while a session runs: each loads the same document, so they stay in step. */
export function LiveScreen({ id, screen }: LiveScreenProps) {
  const { t } = useTranslation();
  const loaded = useWorkshopDoc(id);
  const ready = loaded.status === 'ready' ? loaded : undefined;
  // Presence says which part each person is on, so the facilitator sees who has followed.
  const partId = ready && screen !== 'projector' ? readRun(ready.doc).currentPartId : undefined;
  // The projector is a window on the wall, not a person: it connects without joining "who is here".
  const sync = useWorkshopSync(id, ready?.doc, { name: displayName(), deviceId: deviceId(), partId, unlisted: screen === 'projector' });
  useDesktopHub(sync.row);
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
  const pill = sync.status ? (
    <div className="live-status">
      <StatusPill status={sync.status} />
    </div>
  ) : null;
  const notices = sync.row?.role === 'facilitator' && screen === 'run' ? <HubNotices notices={sync.notices} /> : null;
  const row = sync.row;
  // The run controls are the facilitator's: a participant who opens them gets their own view.
  const view = screen === 'run' && row?.role === 'participant' ? 'participate' : screen;
  // The projector shows how to join while the workshop is open to new participants, unless the
  // facilitator hid it (the room has joined, or the wall is needed for something else).
  const joinLink = row?.role === 'facilitator' && row.open !== false && !row.projectorJoinHidden ? row.joinLinks?.[0] : undefined;
  const join = joinLink
    ? {
        joined: sync.presence.filter((person) => person.role === 'participant').length,
        content: (
          <>
            <JoinQr link={joinLink} label={t('lan.open.qr')} />
            {row?.code ? (
              <p className="join-code" data-testid="projector-join-code">
                {row.code}
              </p>
            ) : null}
          </>
        ),
      }
    : undefined;
  return (
    <ConnectionContext.Provider value={row ?? undefined}>
      {/* The status sits in the layout, above the screen: laid over it, it hid the workshop's
          title on phones and the run screen's buttons. */}
      <div className={`live-frame is-${view}`}>
      {pill}
      {notices}
      {view === 'participate' ? <RefusalNote workshopId={id} /> : null}
      {/* The wall speaks to the whole room, so it uses the workshop's session language. */}
      {screen === 'projector' ? (
        <SessionLanguage language={snapshot.meta?.language}>
          <ProjectorScreen doc={doc} snapshot={snapshot} join={join} />
        </SessionLanguage>
      ) : null}
      {view === 'participate' ? (
        <ParticipantScreen
          doc={doc}
          snapshot={snapshot}
          personId={personIdIn(row)}
          footer={
            <>
              {row?.participantId ? <MyDetails doc={doc} participantId={row.participantId} /> : null}
              <AppVersion />
            </>
          }
        />
      ) : null}
      {view === 'run' ? <RunScreen id={id} doc={doc} snapshot={snapshot} readOnly={readOnly} /> : null}
      </div>
    </ConnectionContext.Provider>
  );
}
