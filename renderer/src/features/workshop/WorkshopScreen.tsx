import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnArrival } from '../../ui/useFocusOnArrival';
import { deviceId, displayName } from '../../app/identity';
import { routeHref, workshopTabs, type WorkshopTab } from '../../app/router';
import { openRouteInNewWindow } from '../../platform/baraza';
import { AgendaEditor } from '../agenda/AgendaEditor';
import { AttendanceTab } from '../attendance/AttendanceTab';
import { ExportFileButton } from '../exchange/ExportFileButton';
import { DetailsForm } from '../details/DetailsForm';
import { HackathonTab } from '../hackathon/HackathonTab';
import { OutcomeTab } from '../outcome/OutcomeTab';
import { HubNotices } from '../lan/HubNotices';
import { OpenPanel } from '../lan/OpenPanel';
import { StatusPill } from '../lan/StatusPill';
import { useDesktopHub } from '../lan/useDesktopHub';
import { openParticipantView, openProjector } from '../run/openLiveWindow';
import { ConnectionContext } from '../../sync/connectionContext';
import { useWorkshopSync } from '../../sync/useWorkshopSync';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { UnreadableEntries } from './UnreadableEntries';
import { useUndo } from './useUndo';
import { useWorkshopDoc } from './useWorkshopDoc';
import { lazyComponent } from '../../ui/lazyComponent';

// Mermaid is large: the diagram tab and everything it needs load only when it is opened.
const AgendaDiagram = lazyComponent(() => import('../diagram/AgendaDiagram'), 'default', { loadingKey: 'diagram.loading' });

type WorkshopScreenProps = { id: string; tab: WorkshopTab };

export function WorkshopScreen({ id, tab }: WorkshopScreenProps) {
  const { t } = useTranslation();
  const heading = useFocusOnArrival<HTMLHeadingElement>();
  const loaded = useWorkshopDoc(id);
  const ready = loaded.status === 'ready' ? loaded : undefined;
  const sync = useWorkshopSync(id, ready?.doc, { name: displayName(), deviceId: deviceId() });
  // A participant's copy of the workshop is for reading: the agenda, details and run belong to
  // the facilitator (the hub refuses a participant's writes to them anyway).
  const participant = sync.row?.role === 'participant';
  const undo = useUndo(ready?.doc, ready !== undefined && !ready.readOnly && !participant);
  const [panelOpen, setPanelOpen] = useState(false);
  useDesktopHub(sync.row);

  if (loaded.status === 'loading') return <p className="page muted">{t('app.loading')}</p>;
  if (loaded.status === 'missing' || loaded.status === 'error') {
    return (
      <main id="main" tabIndex={-1} className="page narrow">
        <p className="notice notice-error" role="alert">
          {loaded.status === 'missing' ? t('workshop.notFound') : t('app.storageError', { message: loaded.message })}
        </p>
        <a className="button" href={routeHref({ name: 'home' })}>
          {t('workshop.backHome')}
        </a>
      </main>
    );
  }

  const { doc, snapshot } = loaded;
  const readOnly = loaded.readOnly || participant;
  const title = snapshot.meta?.title || t('workshop.untitled');
  const hackathon = snapshot.meta?.format === 'hackathon1' || snapshot.meta?.format === 'hackathon2';
  const tabs = workshopTabs.filter((name) => name !== 'hackathon' || hackathon);
  return (
    <ConnectionContext.Provider value={sync.row ?? undefined}>
      <div className="page">
        <header className="app-header workshop-header">
          <a className="back-link" href={routeHref({ name: 'home' })}>
            <span aria-hidden="true" className="flip-rtl">
              ←
            </span>{' '}
            {t('app.home')}
          </a>
          <div className="header-actions">
            <StatusPill status={sync.status} />
            <button type="button" className="button button-small" aria-expanded={panelOpen} onClick={() => setPanelOpen((value) => !value)} data-testid="open-to-participants">
              {participant ? t('lan.who.button') : t('lan.open.button')}
            </button>
            {participant ? (
              <a className="button button-small button-primary" href={routeHref({ name: 'participate', id })}>
                {t('workshopRun.participant')}
              </a>
            ) : (
              <FacilitatorActions id={id} tab={tab} undo={undo} />
            )}
            <ExportFileButton id={id} />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="workshop">
          <h1 ref={heading} tabIndex={-1} className="workshop-title" data-testid="workshop-title">
            {title}
          </h1>
          <nav className="tabs" aria-label={title}>
            {tabs.map((name) => (
              <a key={name} className="tab" href={routeHref({ name: 'workshop', id, tab: name })} aria-current={name === tab ? 'page' : undefined}>
                {t(`workshop.tabs.${name}`)}
              </a>
            ))}
          </nav>
          {panelOpen && sync.row !== null ? (
            <OpenPanel workshopId={id} doc={doc} parts={snapshot.parts} row={sync.row} presence={sync.presence} onClose={() => setPanelOpen(false)} />
          ) : null}
          {sync.row?.role === 'facilitator' ? <HubNotices notices={sync.notices} /> : null}
          {!participant ? <UnreadableEntries doc={doc} canRemove={!loaded.readOnly} /> : null}
          {loaded.readOnly ? <ReadOnlyNotice snapshot={snapshot} unreadableUpdates={loaded.unreadableUpdates} /> : null}
          {tab === 'agenda' ? <AgendaEditor doc={doc} snapshot={snapshot} readOnly={readOnly} /> : null}
          {tab === 'details' && snapshot.meta ? <DetailsForm doc={doc} meta={snapshot.meta} readOnly={readOnly} /> : null}
          {tab === 'attendance' ? <AttendanceTab doc={doc} readOnly={readOnly} /> : null}
          {tab === 'hackathon' && hackathon ? <HackathonTab doc={doc} title={title} readOnly={readOnly} /> : null}
          {tab === 'outcome' ? <OutcomeTab doc={doc} workshopTitle={title} readOnly={readOnly} language={snapshot.meta?.language} /> : null}
          {tab === 'diagram' ? (
            <AgendaDiagram snapshot={snapshot} />
          ) : null}
        </main>
      </div>
    </ConnectionContext.Provider>
  );
}

type FacilitatorActionsProps = { id: string; tab: WorkshopTab; undo: ReturnType<typeof useUndo> };

/** Undo, redo and the ways into the live session: the facilitator's, never a participant's. */
function FacilitatorActions({ id, tab, undo }: FacilitatorActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button-small" disabled={!undo.canUndo} title={t('workshop.undoHint')} onClick={undo.undo}>
        {t('workshop.undo')}
      </button>
      <button type="button" className="button button-small" disabled={!undo.canRedo} title={t('workshop.redoHint')} onClick={undo.redo}>
        {t('workshop.redo')}
      </button>
      <button type="button" className="button button-small" onClick={() => openRouteInNewWindow(routeHref({ name: 'workshop', id, tab }))}>
        {t('workshop.openWindow')}
      </button>
      <a className="button button-small button-primary" href={routeHref({ name: 'run', id })} data-testid="open-run">
        {t('workshopRun.run')}
      </a>
      <button type="button" className="button button-small" onClick={() => openProjector(id)}>
        {t('workshopRun.projector')}
      </button>
      <button type="button" className="button button-small" onClick={() => openParticipantView(id)}>
        {t('workshopRun.participant')}
      </button>
    </>
  );
}
