import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { WorkshopSnapshot } from '@shared/workshop/doc';
import { deviceId, displayName } from '../../app/identity';
import { ProjectorActivity } from '../activities/ActivityPanels';
import { Countdown } from './Countdown';
import { CurrentPart } from './CurrentPart';
import { liveView } from './runModel';
import { useNow } from './useNow';
import './run.css';

type ProjectorScreenProps = { doc: Y.Doc; snapshot: WorkshopSnapshot; joinCode?: ReactNode };

/**
 * What the room sees on the wall. No controls at all: it follows the run through the shared
 * document, so the facilitator never has to touch this window.
 */
export function ProjectorScreen({ doc, snapshot, joinCode }: ProjectorScreenProps) {
  const { t } = useTranslation();
  const now = useNow(500);
  const view = liveView(doc, snapshot, now);
  const { current } = view;
  const title = snapshot.meta?.title || t('workshop.untitled');
  const actor = { deviceId: deviceId(), name: displayName(), role: 'facilitator' as const };

  return (
    <main id="main" tabIndex={-1} className="projector" data-testid="projector">
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
      <JoinQrSlot>{joinCode}</JoinQrSlot>
    </main>
  );
}

/** The place kept for the join QR code (filled once participants can join over the LAN).
 *  Hidden while there is nothing to show, so an empty box never sits on the wall. */
function JoinQrSlot({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === undefined || children === null;
  return (
    <aside id="join-qr-slot" data-testid="join-qr-slot" className="join-qr-slot" aria-label={t('run.projector.join')} hidden={empty}>
      <p className="join-qr-label">{t('run.projector.join')}</p>
      {children}
    </aside>
  );
}
