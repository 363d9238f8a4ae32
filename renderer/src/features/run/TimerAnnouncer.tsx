import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartTimer } from '@shared/run/schema';
import { timerWarningBetween, type TimerWarning } from '@shared/run/timerWarnings';
import { useNow } from './useNow';

type TimerAnnouncerProps = { partId: string | undefined; timer: PartTimer | undefined; plannedMinutes: number };

/**
 * Tells a screen reader, politely, when the current part has five minutes left, one minute left
 * and when its time is up: a blind participant cannot glance at the projector's clock. It checks
 * once a second on its own, so the screen around it does not re-render with the clock. The first
 * check after arriving (or after a part change) only sets the starting point, so a reload never
 * repeats a warning; the message stays until the next one, since a live region speaks only when
 * its text changes.
 */
export function TimerAnnouncer({ partId, timer, plannedMinutes }: TimerAnnouncerProps) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const last = useRef<{ partId: string | undefined; at: number } | undefined>(undefined);
  const [said, setSaid] = useState<{ warning: TimerWarning; partId: string } | undefined>();

  useEffect(() => {
    const previous = last.current;
    last.current = { partId, at: now };
    if (!partId || !previous || previous.partId !== partId) return;
    const warning = timerWarningBetween(timer, plannedMinutes, previous.at, now);
    if (warning) setSaid({ warning, partId });
  }, [partId, timer, plannedMinutes, now]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="timer-announcer">
      {said && said.partId === partId ? t(`run.timerWarning.${said.warning}`) : ''}
    </p>
  );
}
