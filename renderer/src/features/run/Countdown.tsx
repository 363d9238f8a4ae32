import { useTranslation } from 'react-i18next';
import type { TimerView } from '@shared/run/timer';
import { formatCountdown } from './runModel';

type CountdownProps = { timer: TimerView | undefined; plannedMinutes: number; className?: string };

/**
 * The big clock: time left as m:ss, or +m:ss in the warning colour once the part runs over.
 * Before the part starts it shows the planned length. Screen readers get a label, not a
 * number that changes four times a second. An ended part shows no time at all: "9:53 left" beside
 * "Ended" reads as if the clock were still running.
 */
export function Countdown({ timer, plannedMinutes, className = '' }: CountdownProps) {
  const { t } = useTranslation();
  const remaining = timer && timer.status !== 'notStarted' ? timer.remainingMs : plannedMinutes * 60_000;
  const tone = !timer || timer.status === 'notStarted' ? 'idle' : timer.overtimeMs > 0 ? 'over' : timer.twoMinuteWarning ? 'warning' : timer.status;
  const stateLabel = timer ? t(`run.status.${timer.status}`) : t('run.status.notStarted');
  if (timer?.status === 'done') {
    return (
      <div className={`countdown countdown-done ${className}`} data-testid="countdown" data-status="done">
        <span className="countdown-state">{stateLabel}</span>
      </div>
    );
  }
  return (
    <div className={`countdown countdown-${tone} ${className}`} data-testid="countdown" data-status={timer?.status ?? 'notStarted'}>
      <span className="countdown-digits" data-testid="countdown-digits" aria-hidden="true">
        {formatCountdown(remaining)}
      </span>
      <span className="countdown-state">{stateLabel}</span>
      <span className="visually-hidden">
        {timer && timer.overtimeMs > 0
          ? t('run.countdownOverSr', { time: formatCountdown(remaining) })
          : t('run.countdownSr', { time: formatCountdown(remaining) })}
      </span>
    </div>
  );
}
