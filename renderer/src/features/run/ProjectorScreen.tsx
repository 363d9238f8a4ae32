import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readParticipants } from '@shared/attendance/register';
import { joinCardSize, type JoinCardSize } from '@shared/run/joinCard';
import type { WorkshopSnapshot } from '@shared/workshop/doc';
import { deviceId, displayName } from '../../app/identity';
import { ProjectorActivity } from '../activities/ActivityPanels';
import { Countdown } from './Countdown';
import { CurrentPart } from './CurrentPart';
import { liveView } from './runModel';
import { useNow } from './useNow';
import './run.css';

/** How to join, while the workshop takes new people and the facilitator has not hidden it:
 *  the QR code and short code, and how many participants are connected. */
export type ProjectorJoin = { content: ReactNode; joined: number };

type ProjectorScreenProps = { doc: Y.Doc; snapshot: WorkshopSnapshot; join?: ProjectorJoin | undefined };

/**
 * What the room sees on the wall. No controls at all: it follows the run through the shared
 * document, so the facilitator never has to touch this window. The join card has a column of
 * its own beside the content, never on top of it: a headline or a vote bar under a QR code is
 * lost to the room.
 */
export function ProjectorScreen({ doc, snapshot, join }: ProjectorScreenProps) {
  const { t } = useTranslation();
  const now = useNow(500);
  const view = liveView(doc, snapshot, now);
  const { current } = view;
  const title = snapshot.meta?.title || t('workshop.untitled');
  const actor = { deviceId: deviceId(), name: displayName(), role: 'facilitator' as const };

  // The people the facilitator expects: the register as filled before anyone joined by phone.
  const expected = join ? readParticipants(doc).participants.filter((person) => person.source !== 'self').length : 0;
  const size = join ? joinCardSize({ joined: join.joined, expected, started: view.started }) : undefined;

  return (
    <main id="main" tabIndex={-1} className="projector" data-testid="projector" data-join={size ?? 'none'}>
      {/* Focusable, so a long result that scrolls on a small wall can be scrolled from the keyboard. */}
      <div className="projector-body" tabIndex={0}>
        {current && !view.finished ? (
          <div className="projector-grid">
            <div className="projector-head">
              <CurrentPart part={current} index={view.currentIndex} count={view.parts.length} size="projector" />
              <Countdown timer={view.timer} plannedMinutes={current.minutes} className="countdown-projector" />
            </div>
            <div className="projector-activity">
              <ProjectorActivity doc={doc} part={current} actor={actor} />
            </div>
          </div>
        ) : (
          <div className="projector-idle">
            <p className="projector-session">{title}</p>
            <p className="projector-message" data-testid="projector-message">
              {view.finished ? t('run.projector.finished') : t('run.projector.waiting')}
            </p>
          </div>
        )}
      </div>
      <JoinQrSlot size={size}>{join?.content}</JoinQrSlot>
    </main>
  );
}

/** The side column for the join QR code (filled once participants can join over the LAN).
 *  Hidden while there is nothing to show, so an empty box never sits on the wall. */
function JoinQrSlot({ children, size }: { children: ReactNode; size: JoinCardSize | undefined }) {
  const { t } = useTranslation();
  return (
    <aside id="join-qr-slot" data-testid="join-qr-slot" className="join-qr-slot" data-size={size} aria-label={t('run.projector.join')} hidden={size === undefined}>
      <p className="join-qr-label">{t('run.projector.join')}</p>
      {children}
    </aside>
  );
}
