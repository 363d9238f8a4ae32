import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnArrival } from '../../ui/useFocusOnArrival';
import type * as Y from 'yjs';
import type { WorkshopSnapshot } from '@shared/workshop/doc';
import { displayName } from '../../app/identity';
import { LanguageMenu } from '../../ui/LanguageMenu';
import { ParticipantActivity } from '../activities/ActivityPanels';
import { CurrentPart } from './CurrentPart';
import { PartAnnouncer } from './PartAnnouncer';
import { liveView } from './runModel';
import { TimerAnnouncer } from './TimerAnnouncer';
import './run.css';

/** `personId`: who this person writes as (see personIdIn). `footer`: what the person can do
 *  about themselves (their register entry), below the step. */
type ParticipantScreenProps = { doc: Y.Doc; snapshot: WorkshopSnapshot; personId: string; footer?: ReactNode };

/**
 * A participant's phone or laptop: only the step the facilitator is on, its question and what to
 * do in it. It follows the facilitator through the shared document. No countdown: the clock is
 * the facilitator's worry, and a ticking number on a phone distracts from the question; a screen
 * reader hears only the few warnings of TimerAnnouncer.
 */
export function ParticipantScreen({ doc, snapshot, personId, footer }: ParticipantScreenProps) {
  const { t } = useTranslation();
  const heading = useFocusOnArrival<HTMLHeadingElement>();
  // Nothing here depends on the clock, so the view re-renders only when the document changes.
  const view = liveView(doc, snapshot, Date.now());
  const { current } = view;
  const title = snapshot.meta?.title || t('workshop.untitled');
  const actor = { deviceId: personId, name: displayName(), role: 'participant' as const };

  return (
    <main id="main" tabIndex={-1} className="participant" data-testid="participant">
      <div className="participant-top">
        {/* The title is typed by people, in any script: its direction comes from its own text. */}
        <h1 ref={heading} tabIndex={-1} className="participant-session" dir="auto">
          {title}
        </h1>
        <LanguageMenu />
      </div>
      <PartAnnouncer view={view} />
      <TimerAnnouncer partId={current?.id} timer={current ? view.run.timers.get(current.id) : undefined} plannedMinutes={current?.minutes ?? 0} />
      {view.finished ? (
        <p className="participant-message" role="status" data-testid="participant-message">
          {t('run.participant.finished')}
        </p>
      ) : current && view.started ? (
        <>
          <CurrentPart part={current} index={view.currentIndex} count={view.parts.length} size="participant" />
          <section className="participant-activity" aria-label={t('run.activity')}>
            <ParticipantActivity key={current.id} doc={doc} part={current} actor={actor} />
          </section>
        </>
      ) : (
        <div className="participant-message" role="status" data-testid="participant-message">
          <p className="participant-wait-title">{t('run.participant.waitingTitle')}</p>
          <p>{t('run.participant.waiting')}</p>
        </div>
      )}
      {footer}
    </main>
  );
}
