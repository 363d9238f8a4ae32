import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { finishRun } from '@shared/run/state';
import type { WorkshopSnapshot } from '@shared/workshop/doc';
import { deviceId, displayName } from '../../app/identity';
import { routeHref } from '../../app/router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FacilitatorActivity } from '../activities/ActivityPanels';
import { Countdown } from './Countdown';
import { CurrentPart } from './CurrentPart';
import { openParticipantView, openProjector } from './openLiveWindow';
import { RunControls } from './RunControls';
import { RunLog } from './RunLog';
import { clockOf, liveView } from './runModel';
import { SchedulePanel } from './SchedulePanel';
import { useNow } from './useNow';
import { UnreadableEntries } from '../workshop/UnreadableEntries';
import { TimerAnnouncer } from './TimerAnnouncer';
import { useSignals } from './useSignals';
import './run.css';

type RunScreenProps = { id: string; doc: Y.Doc; snapshot: WorkshopSnapshot; readOnly: boolean };

/** The facilitator's screen while the session runs. */
export function RunScreen({ id, doc, snapshot, readOnly }: RunScreenProps) {
  const { t } = useTranslation();
  const now = useNow();
  const view = liveView(doc, snapshot, now);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const { current, timer } = view;
  // Before the run starts the first part is shown, so the facilitator sees what Start begins.
  const shown = current ?? view.parts[0];
  const shownIndex = current ? view.currentIndex : 0;
  const signals = useSignals(current?.id, current ? view.run.timers.get(current.id) : undefined, current?.minutes ?? 0, now);
  const actor = { deviceId: deviceId(), name: displayName(), role: 'facilitator' as const };
  const title = snapshot.meta?.title || t('workshop.untitled');
  const upNext = current ? view.next : view.parts[1];

  return (
    <div className="page run-page">
      <header className="app-header">
        <a className="back-link" href={routeHref({ name: 'workshop', id, tab: 'agenda' })}>
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{' '}
          {title}
        </a>
        <div className="header-actions">
          <button type="button" className="button button-small" onClick={() => openProjector(id)}>
            {t('run.openProjector')}
          </button>
          <button type="button" className="button button-small" onClick={() => openParticipantView(id)}>
            {t('run.openParticipant')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="run-layout">
        <div className="run-main">
          <TimerAnnouncer partId={current?.id} timer={current ? view.run.timers.get(current.id) : undefined} plannedMinutes={current?.minutes ?? 0} />
          {readOnly ? <p className="notice notice-warning">{t('run.readOnly')}</p> : null}
          <UnreadableEntries doc={doc} canRemove={!readOnly} />
          {view.finished && view.run.finishedAt !== undefined ? (
            <div className="notice run-finished" role="status" data-testid="run-finished">
              <p>{t('run.finished', { time: clockOf(view.run.finishedAt) })}</p>
              {/* What comes next: the room's input is waiting in the outcome report. */}
              <p>
                {t('run.finishedNext')}{' '}
                <a className="button button-small button-primary" href={routeHref({ name: 'workshop', id, tab: 'outcome' })} data-testid="go-to-outcome">
                  {t('run.toOutcome')}
                </a>
              </p>
            </div>
          ) : null}
          {shown ? (
            <section className={`run-current${signals.active ? ` is-signal-${signals.active}` : ''}`} aria-label={t('run.currentPart')}>
              <CurrentPart part={shown} index={shownIndex} count={view.parts.length} size="run" />
              {view.finished ? null : <Countdown timer={current ? timer : undefined} plannedMinutes={shown.minutes} className="countdown-run" />}
              {/* Seen (and heard as a sound); screen readers hear the TimerAnnouncer instead. */}
              <p className="run-signal" data-testid="run-signal">
                {signals.active ? t(`run.signal.${signals.active}`) : ''}
              </p>
              {!readOnly ? <RunControls doc={doc} view={view} muted={signals.muted} onToggleMute={signals.toggleMute} /> : null}
              <p className="run-next" data-testid="run-next">
                {upNext ? t('run.next', { title: upNext.title || t('agenda.newPartTitle'), minutes: upNext.minutes }) : t('run.lastPart')}
              </p>
            </section>
          ) : (
            <p className="empty-state">{t('run.noParts')}</p>
          )}
          {current ? (
            <section className="run-activity" aria-label={t('run.activity')}>
              <FacilitatorActivity doc={doc} part={current} actor={actor} />
            </section>
          ) : null}
        </div>
        <aside className="run-side">
          <SchedulePanel view={view} meta={snapshot.meta} now={now} />
          <RunLog view={view} now={now} />
          {!readOnly && current && !view.finished ? (
            <button type="button" className="button button-danger-quiet" onClick={() => setConfirmFinish(true)}>
              {t('run.finish')}
            </button>
          ) : null}
        </aside>
      </main>
      {confirmFinish ? (
        <ConfirmDialog
          title={t('run.finishConfirm.title')}
          body={t('run.finishConfirm.body')}
          confirmLabel={t('run.finishConfirm.confirm')}
          cancelLabel={t('run.finishConfirm.cancel')}
          onConfirm={() => {
            finishRun(doc, Date.now());
            setConfirmFinish(false);
          }}
          onCancel={() => setConfirmFinish(false)}
        />
      ) : null}
    </div>
  );
}
